// HubSpot tracking code (analytics, forms, chat). Cookies checked against HubSpot's knowledge base
// ("What cookies does HubSpot set in a visitor's browser?"); its consent-banner cookies are left to HubSpot.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL_TITLE, REFERRER, DEVICE } from '../phrases.ts'

export const hubspot: ServiceDefinition = {
  id: 'hubspot',
  purposes: ['analytics'],
  name: 'HubSpot',
  recipient: { ja: 'HubSpot, Inc.', en: 'HubSpot, Inc.' },
  country: 'US',
  data: [
    { ja: 'Cookie ID（hubspotutk、__hstc、__hssc）', en: 'cookie IDs (hubspotutk, __hstc, __hssc)' },
    PAGE_URL_TITLE,
    REFERRER,
    { ja: 'フォームに入力した内容（送信した場合）', en: 'what was entered in forms (when submitted)' },
    IP_ADDRESS,
    DEVICE,
  ],
  sitePurpose: {
    ja: 'サイトの利用状況を分析し、お問い合わせいただいた方への対応に役立てるため',
    en: 'to analyse site use and to follow up on enquiries',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により分析結果と顧客管理機能を提供するため',
    en: 'to provide analytics and customer management to the site operator on its behalf',
  },
  hosts: [
    'hs-scripts.com',
    'hs-analytics.net',
    'hs-banner.com',
    'hscollectedforms.net',
    'hsadspixel.net',
    'track.hubspot.com',
    'forms.hubspot.com',
  ],
  cookies: ['hubspotutk', '__hstc', '__hssc', '__hssrc'],
  privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
  checked: '2026-11-27',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed('No URL of the vendor’s documentation recorded for this fact yet.')

const TRACKING_CODE = 'https://developers.hubspot.com/docs/api/events/tracking-code?hsLang=en'

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: pending,
  cookies: /* @__PURE__ */ unconfirmed(
    'HubSpot’s tracking code API page (developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/overview, read 2026-12-04) names hubspotutk only; __hstc, __hssc and __hssrc are not named on a HubSpot page read here.',
  ),
  data: pending,
  purposes: /* @__PURE__ */ source(
    TRACKING_CODE,
    '2026-12-04',
    'the tracking code tracks page views, identifies visitors and tracks events, tying them to contact records',
  ),
  privacyPolicyUrl: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
