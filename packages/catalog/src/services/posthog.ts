// PostHog JavaScript Web SDK (product analytics, session replay, feature flags). It keeps its state
// under ph_<project key>_posthog, by default in a cookie and in localStorage, with flags and surveys
// split off under ph_<key>_posthog__<group>; the window id and session properties sit in
// sessionStorage under ph_<key>_…, and replay's unsent buffer under ph_replay_pending_buffer_….
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, DEVICE, CLICKS_SCROLLING, UX_PURPOSE } from '../phrases.ts'

export const posthog: ServiceDefinition = {
  id: 'posthog',
  purposes: ['analytics'],
  name: 'PostHog',
  recipient: { ja: 'PostHog, Inc.', en: 'PostHog, Inc.' },
  country: 'US',
  recipientAddress: {
    ja: 'アメリカ合衆国 カリフォルニア州 サンフランシスコ 2261 Market Street #4008, 94114',
    en: '2261 Market Street #4008, San Francisco, CA 94114, United States',
  },
  data: [
    {
      ja: 'Cookie・localStorageに保存する識別子とセッションID（ph_で始まり_posthogで終わるもの）',
      en: 'identifier and session ID kept in a cookie and localStorage (name ph_<key>_posthog)',
    },
    PAGE_URL,
    CLICKS_SCROLLING,
    { ja: 'サイトが送信するイベントとその属性', en: 'events the site sends, with their properties' },
    IP_ADDRESS,
    DEVICE,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: {
    ja: '利用状況の分析結果と機能フラグの判定をサイト運営者に提供するため',
    en: 'to provide usage analysis and feature-flag decisions to the site operator',
  },
  hosts: ['i.posthog.com'],
  cookies: ['ph_*_posthog'],
  storage: [
    'ph_*_posthog*',
    'ph_*_window_id',
    'ph_*_primary_window_exists',
    'ph_*_session_registered_properties',
    'ph_replay_pending_buffer_*',
  ],
  privacyPolicyUrl: 'https://posthog.com/privacy',
}

/** Where each fact above came from. */
const PERSISTENCE = 'https://posthog.com/docs/libraries/js/persistence.md'
/** posthog-js's own code as published on npm, version 1.449.2. */
const CODE = 'https://app.unpkg.com/posthog-js@1.449.2/files/lib/src/'
const SNIPPET = 'https://posthog.com/docs/web-analytics/installation/web.md'
const GETTING_STARTED =
  'https://raw.githubusercontent.com/posthog/posthog-js/b000f22b277d2687b71d4b87de3592b42e6894b3/packages/browser/docs/getting-started.md'

/** PostHog's website repository: the source of posthog.com/privacy (version of June 2022) and its handbook. */
const PRIVACY =
  'https://github.com/PostHog/posthog.com/blob/145e86de7ff849e19bfb9d1b1a05485442aac83d/contents/privacy.md'
const SECURITY =
  'https://github.com/PostHog/posthog.com/blob/050a845c470f206b93222a74ed5733ebaaf534f0/contents/handbook/company/security.md'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-05',
    'the websites and hosted services are offered by PostHog Inc (formerly Hiberly Inc) and its affiliates; for PostHog Cloud, PostHog is the customer’s data processor (' +
      SECURITY +
      ')',
  ),
  country: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-05',
    'PostHog is a global business headquartered in the United States, with a UK affiliate (Hiberly Ltd); the handbook’s security page adds that customers choose to host data on AWS in the EU (Germany) or the US',
  ),
  hosts: /* @__PURE__ */ source(
    SNIPPET,
    '2026-12-04',
    'the snippet loads api_host with .i.posthog.com replaced by -assets.i.posthog.com + /static/array.js; ' +
      GETTING_STARTED +
      ' sets api_host https://us.i.posthog.com',
  ),
  cookies: /* @__PURE__ */ source(
    PERSISTENCE,
    '2026-12-04',
    'the cookie PostHog sets is ph_<project_api_key>_posthog, expiring after 365 days',
  ),
  storage: /* @__PURE__ */ source(
    CODE + 'posthog-persistence.js',
    '2026-12-05',
    'ph_<token>_posthog, its groups <name>__flags and <name>__surveys and <name>_cookie_identity_change_pending; sessionid.js: ph_<token>_window_id and ph_<token>_primary_window_exists; posthog-core.js: ph_<token>_session_registered_properties; extensions/replay/external/lazy-loaded-session-recorder.js: ph_replay_pending_buffer_<JSON of name and token>; ' +
      PERSISTENCE +
      ': default persistence localStorage+cookie',
  ),
  data: /* @__PURE__ */ source(
    PERSISTENCE,
    '2026-12-04',
    'stores distinct_id, session and device ID, feature flags and super properties',
  ),
  purposes: /* @__PURE__ */ source(
    SECURITY,
    '2026-12-05',
    'handbook, Security & Privacy: for PostHog Cloud PostHog acts as data processor and the customer as controller; it receives the data customers collect from end users and lets them understand usage of their products, and does not access it unless a customer instructs it',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    SECURITY,
    '2026-12-05',
    'the handbook links PostHog’s Privacy Policy as /privacy on posthog.com; its text is contents/privacy.md (' +
      PRIVACY +
      ')',
  ),
  recipientAddress: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-05',
    'Contacting PostHog about your privacy: the data controller for the websites is PostHog Inc, 2261 Market Street #4008, San Francisco, CA 94114',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'PostHog’s privacy policy names no representative but an EU and UK representative reached at privacy@posthog.com, and its handbook names a DPO (Charles Cook); James Hawkins appears as “Co-CEO” only on a preview deployment of posthog.com’s community profiles, so there is more than one CEO and no PostHog page naming the legal representative was read.',
  ),
}
