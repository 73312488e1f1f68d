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

/** Where each fact above came from. */
const TRACKING_CODE = 'https://developers.hubspot.com/docs/api/events/tracking-code?hsLang=en'
const TRACKING_CODE_API =
  'https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/overview'
/** HubSpot's privacy policy in Japanese (last updated 2024-01-03); the English version is the default language. */
const POLICY_JA = 'https://legal.hubspot.com/jp/privacy-policy'
/** The knowledge-base article that lists the tracking code's cookies, as stored (en 2018 version, sv, fi, pl). */
const COOKIES_KB =
  'knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser (read 2026-12-05 in its English version of 2018 and its Swedish, Finnish and Polish versions of 2025)'
/** HubSpot's terms in Japanese that decide which HubSpot company a customer contracts with. */
const JURISDICTION_TERMS = 'legal.hubspot.com/jp/jurisdiction-specific-terms (version of 2022-11-15, read 2026-12-05)'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    `HubSpot’s jurisdiction-specific terms (${JURISDICTION_TERMS}) say the HubSpot company a customer contracts with follows the customer’s address, by a table, and have a section for Japan; the part read ends before the table, so whether a site in Japan contracts with HubSpot, Inc. is not confirmed. Its business-partner DPA in Japanese names HubSpot, Inc., but only for partners.`,
  ),
  country: /* @__PURE__ */ unconfirmed(
    `Follows the recipient (HubSpot, Inc., United States), which the jurisdiction-specific terms (${JURISDICTION_TERMS}) leave to a table not in the part read.`,
  ),
  hosts: /* @__PURE__ */ unconfirmed(
    'Of these hosts only js.hs-scripts.com is on a HubSpot page read here (the legacy tracking-code reference, developers.hubspot.com/docs/api-reference/legacy/tracking-code-v1/revoke-cookie-consent, read 2026-12-05); hs-analytics.net, hs-banner.com, hscollectedforms.net, hsadspixel.net, track.hubspot.com and forms.hubspot.com were seen only in sites’ own copies of the loader and in CSP notes of third parties.',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    `HubSpot’s tracking code API page (${TRACKING_CODE_API}, read 2026-12-04) names hubspotutk only. The knowledge-base article on the tracking code’s cookies (${COOKIES_KB}) was read only as far as its necessary cookies (__hs_opt_out, __hs_do_not_track, __hs_initial_opt_in, __hs_cookie_cat_pref, hs_ab_test, …); its analytics section, where __hstc, __hssc and __hssrc would be, is past the part read.`,
  ),
  data: /* @__PURE__ */ unconfirmed(
    `HubSpot’s tracking code API page (${TRACKING_CODE_API}, read 2026-12-05) names page views tied to the usertoken in hubspotutk, original source, and the email address when the site identifies a visitor; the IP address, referrer, device and form contents are on no HubSpot page read here.`,
  ),
  purposes: /* @__PURE__ */ source(
    TRACKING_CODE,
    '2026-12-04',
    'the tracking code tracks page views, identifies visitors and tracks events, tying them to contact records',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    POLICY_JA,
    '2026-12-05',
    'プライバシーポリシー, 最終更新日 2024年1月3日 (a translation; the English version at legal.hubspot.com/privacy-policy governs): applies to personal data HubSpot and its affiliates collect through their websites, products and services',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No HubSpot page giving HubSpot, Inc.’s address was read here: the privacy policy and terms were read only in their opening parts, which give none; HubSpot’s Forms 10-K and 10-Q of 2024 give Two Canal Park, Cambridge, Massachusetts 02141 as its principal executive offices, read only in copies outside sec.gov and HubSpot (ir.hubspot.com’s copy of the 10-K was read only in its opening XBRL data).',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed('No HubSpot page naming a representative was read here.'),
}
