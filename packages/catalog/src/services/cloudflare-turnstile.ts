// Cloudflare Turnstile (a CAPTCHA alternative): a widget from challenges.cloudflare.com that runs
// small JavaScript challenges in the visitor's browser before a form is sent.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, BOT_CHECK_PURPOSE, BOT_CHECK_NECESSARY } from '../phrases.ts'
import { CLOUDFLARE, CLOUDFLARE_SOURCES } from '../recipients.ts'

export const cloudflareTurnstile: ServiceDefinition = {
  id: 'cloudflare-turnstile',
  purposes: ['necessary'],
  name: 'Cloudflare Turnstile',
  recipient: { ja: 'Cloudflare, Inc.', en: 'Cloudflare, Inc.' },
  country: 'US',
  recipientAddress: CLOUDFLARE.address,
  recipientRepresentative: CLOUDFLARE.representative,
  data: [
    IP_ADDRESS,
    USER_AGENT,
    PAGE_URL,
    {
      ja: 'ブラウザの動作環境を確かめる処理の結果（計算課題の解答、使えるWeb APIの有無）',
      en: 'results of checks on the browser environment (answers to computing puzzles, which web APIs are available)',
    },
  ],
  sitePurpose: BOT_CHECK_PURPOSE,
  recipientPurpose: {
    ja: 'アクセスが人によるものかを判定し、その結果をサイトに返すため',
    en: 'to judge whether a visit comes from a person and return the result to the site',
  },
  necessaryReason: BOT_CHECK_NECESSARY,
  hosts: ['challenges.cloudflare.com'],
  privacyPolicyUrl: 'https://www.cloudflare.com/turnstile-privacy-policy/',
}

/** Where each fact above came from. */
const TURNSTILE = 'https://developers.cloudflare.com/turnstile/'
const ADDENDUM = 'https://www.cloudflare.com/en-au/turnstile-privacy-policy'
const DOCS_ADDENDUM =
  'https://github.com/cloudflare/cloudflare-docs/blob/0c50ffa05a96c48067721cbe0c1d637885537479/src/content/docs/turnstile/reference/turnstile-privacy-addendum.mdx'
export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    ADDENDUM,
    '2026-12-05',
    'Turnstile Privacy Addendum (last updated 2025-06-18): Turnstile, developed by Cloudflare, Inc. (“Cloudflare”), processes Signals to tell human users from bots',
  ),
  country: CLOUDFLARE_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    'https://developers.cloudflare.com/turnstile/reference/content-security-policy',
    '2026-12-05',
    'script-src and frame-src https://challenges.cloudflare.com; in pre-clearance mode the widget also fetches /cdn-cgi/ on the site’s own domain to set cf_clearance',
  ),
  data: /* @__PURE__ */ source(
    TURNSTILE,
    '2026-12-04',
    'non-interactive JavaScript challenges: proof-of-work, proof-of-space, probing for web APIs',
  ),
  purposes: /* @__PURE__ */ source(TURNSTILE, '2026-12-04', 'a CAPTCHA alternative that tells visitors from bots'),
  privacyPolicyUrl: /* @__PURE__ */ source(
    DOCS_ADDENDUM,
    '2026-12-05',
    'Cloudflare’s Turnstile docs list the Turnstile Privacy Addendum at https://www.cloudflare.com/turnstile-privacy-policy/; the addendum supplements Cloudflare’s main Privacy Policy, which continues to apply where the addendum says nothing more specific',
  ),
  recipientAddress: CLOUDFLARE_SOURCES.recipientAddress,
  recipientRepresentative: CLOUDFLARE_SOURCES.recipientRepresentative,
}
