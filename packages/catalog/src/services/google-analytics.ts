// Google Analytics 4 (gtag.js). Facts from Google's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL_TITLE, REFERRER, DEVICE_SCREEN } from '../phrases.ts'
import { GOOGLE, GOOGLE_SOURCES } from '../recipients.ts'

export const googleAnalytics: ServiceDefinition = {
  id: 'google-analytics',
  purposes: ['analytics'],
  name: 'Google Analytics',
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  recipientAddress: GOOGLE.address,
  recipientRepresentative: GOOGLE.representative,
  data: [
    { ja: 'Cookie ID（_ga、_ga_<コンテナID>）', en: 'cookie IDs (_ga, _ga_<container-id>)' },
    PAGE_URL_TITLE,
    REFERRER,
    IP_ADDRESS,
    DEVICE_SCREEN,
    { ja: '閲覧日時', en: 'date and time of visits' },
  ],
  sitePurpose: { ja: 'サイトの利用状況を分析し改善するため', en: 'to analyse and improve how the site is used' },
  recipientPurpose: {
    ja: '利用状況の統計をサイト運営者に提供するため、Googleのサービスの提供・改善のため',
    en: 'to report usage statistics to the site operator and to provide and improve Google services',
  },
  hosts: ['www.googletagmanager.com/gtag/js?id=G-', 'google-analytics.com', 'analytics.google.com'],
  // GA4 sets only these two; UA's _gid and _gat are not written by gtag.js with a G- id.
  cookies: ['_ga', '_ga_*'],
  retention: { ja: '最長14か月（設定による）', en: 'up to 14 months (configurable)' },
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
  optOutKind: 'transmission',
  checked: '2026-11-22',
}

/** Where each fact above came from. */
const COOKIES = 'https://support.google.com/analytics/answer/11397207'
const pending = /* @__PURE__ */ unconfirmed('No URL of Google’s documentation recorded for this fact yet.')

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: pending,
  cookies: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    '[GA4] Cookie usage on websites: _ga and _ga_<container-id>, 2 years',
  ),
  data: pending,
  purposes: pending,
  retention: pending,
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  optOutUrl: pending,
  optOutKind: /* @__PURE__ */ unconfirmed(
    'The add-on is described as keeping GA’s JavaScript from sending data; Google’s page not re-read here.',
  ),
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
