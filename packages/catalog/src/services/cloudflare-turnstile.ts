// Cloudflare Turnstile (a CAPTCHA alternative): a widget from challenges.cloudflare.com that runs
// small JavaScript challenges in the visitor's browser before a form is sent.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, BOT_CHECK_PURPOSE, BOT_CHECK_NECESSARY } from '../phrases.ts'

export const cloudflareTurnstile: ServiceDefinition = {
  id: 'cloudflare-turnstile',
  purposes: ['necessary'],
  name: 'Cloudflare Turnstile',
  recipient: { ja: 'Cloudflare, Inc.', en: 'Cloudflare, Inc.' },
  country: 'US',
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
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
}

/** Where each fact above came from. */
const TURNSTILE = 'https://developers.cloudflare.com/turnstile/'
const pending = /* @__PURE__ */ unconfirmed('No URL of Cloudflare’s documentation recorded for this fact yet.')

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
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
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'Cloudflare publishes a Turnstile Privacy Addendum (linked from the Turnstile reference); not read here.',
  ),
  recipientAddress: pending,
  recipientRepresentative: pending,
}
