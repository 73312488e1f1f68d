// Mixpanel JavaScript SDK (product analytics). It keeps its state under mp_<project token>_mixpanel,
// in a cookie or (persistence: 'localStorage') under the same key in localStorage, and the events it
// batches (on by default) in localStorage under __mpq_<token>_ev/_pp/_gr. __mp_opt_in_out_<token> is
// left alone: it records the visitor's own opt-out. Session replay, when a site turns it on, queues
// recordings in IndexedDB (mixpanelBrowserDb), which `storage` does not reach.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, DEVICE, UTM_PARAMETERS, UX_PURPOSE, ANALYSIS_FOR_OPERATOR } from '../phrases.ts'

export const mixpanel: ServiceDefinition = {
  id: 'mixpanel',
  purposes: ['analytics'],
  name: 'Mixpanel',
  recipient: { ja: 'Mixpanel, Inc.', en: 'Mixpanel, Inc.' },
  country: 'US',
  data: [
    { ja: 'Cookie ID（mp_で始まり_mixpanelで終わるもの）', en: 'cookie ID (name mp_<token>_mixpanel)' },
    { ja: 'サイトが送信するイベントとその属性', en: 'events the site sends, with their properties' },
    UTM_PARAMETERS,
    PAGE_URL,
    IP_ADDRESS,
    DEVICE,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: ANALYSIS_FOR_OPERATOR,
  hosts: ['mixpanel.com', 'cdn.mxpnl.com'],
  cookies: ['mp_*_mixpanel'],
  storage: ['mp_*_mixpanel', '__mpq_*'],
  privacyPolicyUrl: 'https://mixpanel.com/legal/privacy-policy/',
}

/** Where each fact above came from. */
const PERSISTENCE = 'https://app.unpkg.com/mixpanel-browser@2.67.0/files/src/mixpanel-persistence.js'
const RESIDENCY = 'https://developer.mixpanel.com/docs/privacy-security'
/** mixpanel-browser's own source as published on npm, version 2.83.0. */
const CORE = 'https://app.unpkg.com/mixpanel-browser@2.83.0/files/src/mixpanel-core.js'

/** Mixpanel's documentation as published from its own repository (docs.mixpanel.com/docs/what-is-mixpanel). */
const WHAT_IS =
  'https://github.com/mixpanel/docs/blob/04667ed01712e57f3f51bf1e16a3caa124802997/pages/docs/what-is-mixpanel.mdx'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    'https://mixpanel.com/legal/terms-of-use-prior-to-feb-2026',
    '2026-12-05',
    'Mixpanel’s master services agreement (the version in force before February 2026) is for application services provided by Mixpanel, Inc.',
  ),
  country: /* @__PURE__ */ source(
    RESIDENCY,
    '2026-12-04',
    'by default Mixpanel stores user data on its US servers (Google Cloud); EU residency on request',
  ),
  hosts: /* @__PURE__ */ source(
    CORE,
    '2026-12-05',
    `defaults api_host https://api-js.mixpanel.com, cdn https://cdn.mxpnl.com and lib_base_path https://cdn.mxpnl.com/libs/ (the snippet loads mixpanel-2-latest.min.js there); api-eu.mixpanel.com for EU residency per ${RESIDENCY}`,
  ),
  cookies: /* @__PURE__ */ source(
    PERSISTENCE,
    '2026-12-04',
    "mixpanel-browser's own source: name = 'mp_' + token + '_mixpanel' (or 'mp_' + persistence_name); the persistence option picks cookie or localStorage",
  ),
  storage: /* @__PURE__ */ source(
    CORE,
    '2026-12-05',
    `batch_requests is on by default and queues events, people and group updates in localStorage under '__mpq_' + token + '_ev', '_pp' and '_gr' (with :X, :Y, :Z lock keys, shared-lock.js); ${PERSISTENCE}: mp_<token>_mixpanel is the localStorage key when persistence is localStorage`,
  ),
  data: /* @__PURE__ */ source(
    PERSISTENCE,
    '2026-12-04',
    'stores super properties, campaign parameters and the distinct id under that name',
  ),
  purposes: /* @__PURE__ */ source(
    WHAT_IS,
    '2026-12-05',
    'What is Mixpanel: it tracks how users engage with a product (events, users and their properties) and lets the customer analyse that data in interactive reports',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'mixpanel.com/legal/privacy-policy/ is linked as Mixpanel’s privacy policy only on other companies’ pages and in copies of the policy (citp/privacy-policy-historical, 2019); Mixpanel’s own docs read (mixpanel/docs privacy/overview.md, gdpr-compliance.md) link its Privacy Hub (mixpanel.com/legal/privacy-hub/) instead, and the policy page itself was not among the stored pages.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No Mixpanel page read gives Mixpanel, Inc.’s address: the terms (terms-of-use-prior-to-feb-2026), transparency report and docs read here name the company only; the privacy policy was read only in third-party summaries (conductatlas.com), which give no address.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Mixpanel page naming a representative or officer of Mixpanel, Inc. was read here (terms, transparency report, docs).',
  ),
}
