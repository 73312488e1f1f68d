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
  retention: {
    ja: '2か月または14か月（設定による。Analytics 360のイベントデータは最長50か月）',
    en: '2 or 14 months as set (up to 50 months for Analytics 360 event data)',
  },
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
  optOutKind: 'transmission',
  checked: '2026-11-22',
}

/** Where each fact above came from. */
const COOKIES = 'https://support.google.com/analytics/answer/11397207'
const RETENTION = 'https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1beta/DataRetentionSettings'
const OPT_OUT = 'https://developers.google.com/analytics/devguides/collection/analyticsjs/user-opt-out'
const GTAG = 'https://developers.google.com/analytics/devguides/collection/gtagjs'
const MEASUREMENT_PROTOCOL = 'https://developers.google.com/analytics/devguides/collection/protocol/ga4/reference'
const DATA_SHARING = 'https://support.google.com/analytics/answer/9024351?hl=pl'
/** [GA4] Data collection (read in Japanese) and [GA4] Automatically collected events (read in Chinese). */
const DATA_COLLECTION = 'https://support.google.com/analytics/answer/11593727?hl=ja'
const AUTO_EVENTS = 'https://support.google.com/analytics/answer/9234069?hl=zh-Hans'
/** Google's developer guide on Tag Manager and a Content Security Policy (hosts per tag). */
const CSP = 'https://developers.google.com/tag-platform/security/guides/csp'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'www.googletagmanager.com/gtag/js?id= is Google’s snippet (' +
      GTAG +
      ') and www.google-analytics.com and region1.google-analytics.com are the Measurement Protocol’s endpoints (' +
      MEASUREMENT_PROTOCOL +
      '); analytics.google.com, where gtag.js sends its hits, is named on no Google page read here: Google’s CSP guide (' +
      CSP +
      ', read 2026-12-05) has a Google Analytics 4 section, but the stored text reached only its opening on the container tag; sites’ CSP changes (GitLab’s) quote that section as *.google-analytics.com, *.analytics.google.com, *.googletagmanager.com.',
  ),
  cookies: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    '[GA4] Cookie usage on websites: _ga and _ga_<container-id>, 2 years',
  ),
  data: /* @__PURE__ */ source(
    DATA_COLLECTION,
    '2026-12-05',
    '[GA4] データ収集: by default Analytics collects user counts, session statistics, approximate location and browser and device information, and keeps the client ID in the first-party cookie _ga; the automatically collected events page (' +
      AUTO_EVENTS +
      ') lists the parameters sent with every web event: language, page_location, page_referrer, page_title, screen_resolution; Google’s IP-anonymisation help (support.google.com/analytics/answer/2763052, read in Russian) says the tag’s hits reach Analytics with the IP address, from which the location is derived',
  ),
  purposes: /* @__PURE__ */ source(
    DATA_SHARING,
    '2026-12-05',
    'Analytics data-sharing settings (read in Polish): with “Google products and services” on, Google may access and analyse the shared data to improve its products and services; the reports themselves go to the site operator',
  ),
  retention: /* @__PURE__ */ source(
    RETENTION,
    '2026-12-05',
    'Admin API DataRetentionSettings: event- and user-level data kept TWO_MONTHS or FOURTEEN_MONTHS; 26, 38 and 50 months only for 360 properties and event data',
  ),
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  optOutUrl: /* @__PURE__ */ unconfirmed(
    'Google’s opt-out guide (' +
      OPT_OUT +
      ', read 2026-12-05) names the Google Analytics opt-out browser add-on but its stored text gives no address; tools.google.com/dlpage/gaoptout was seen only in sites’ privacy pages and Homebrew’s cask for the add-on, not on a Google page read here.',
  ),
  optOutKind: /* @__PURE__ */ source(
    OPT_OUT,
    '2026-12-05',
    'to opt out of Google Analytics measurement on all sites, install the Google Analytics opt-out browser add-on: the measurement itself stops',
  ),
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
