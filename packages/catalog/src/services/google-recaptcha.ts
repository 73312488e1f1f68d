// Google reCAPTCHA (v2 checkbox and invisible, v3 score): api.js from www.google.com/recaptcha/
// (or www.recaptcha.net) scores whether a visit is a person before a form is sent.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, BOT_CHECK_PURPOSE, BOT_CHECK_NECESSARY } from '../phrases.ts'
import { GOOGLE, GOOGLE_SOURCES } from '../recipients.ts'

export const googleRecaptcha: ServiceDefinition = {
  id: 'google-recaptcha',
  purposes: ['necessary'],
  name: 'Google reCAPTCHA',
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  recipientAddress: GOOGLE.address,
  recipientRepresentative: GOOGLE.representative,
  data: [
    IP_ADDRESS,
    USER_AGENT,
    PAGE_URL,
    {
      ja: 'Cookie（_GRECAPTCHA。google.com・recaptcha.net側で設定）',
      en: 'cookie _GRECAPTCHA (set on google.com or recaptcha.net)',
    },
    {
      ja: 'ブラウザ・端末のハードウェアとソフトウェアの情報',
      en: 'hardware and software information of the browser and device',
    },
  ],
  sitePurpose: BOT_CHECK_PURPOSE,
  recipientPurpose: {
    ja: 'アクセスのリスクを分析してサイトに結果を返すため、reCAPTCHAの改善とセキュリティのため',
    en: 'to analyse the risk of a visit and return the result to the site, and to improve reCAPTCHA and for security',
  },
  necessaryReason: BOT_CHECK_NECESSARY,
  // _GRECAPTCHA lives on google.com or recaptcha.net, not on the site: no first-party cookie to erase.
  hosts: ['www.google.com/recaptcha/', 'www.gstatic.com/recaptcha/', 'www.recaptcha.net/recaptcha/'],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
}

/** Where each fact above came from. */
const FAQ = 'https://cloud.google.com/recaptcha/docs/faq'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    FAQ,
    '2026-12-04',
    'www.google.com/recaptcha/ and www.recaptcha.net; api.js itself loads www.gstatic.com/recaptcha/releases/<version>/recaptcha__<lang>.js',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'The FAQ names the _GRECAPTCHA cookie (risk analysis); the hardware and software information comes from the reCAPTCHA terms of use as quoted elsewhere, and IP address, user agent and page URL from what any request carries; no Google page listing them was read here.',
  ),
  purposes: /* @__PURE__ */ source(FAQ, '2026-12-04', '_GRECAPTCHA is a necessary cookie set for risk analysis'),
  privacyPolicyUrl: /* @__PURE__ */ source(
    FAQ,
    '2026-12-04',
    'the text sites must show links policies.google.com/privacy',
  ),
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
