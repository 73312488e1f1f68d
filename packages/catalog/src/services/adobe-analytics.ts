// Adobe Analytics with the Experience Cloud ID service (AppMeasurement / Web SDK). Identity and
// Web SDK cookies (AMCV_, kndctr_, s_ecid, demdex) checked against Adobe Experience League.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, REFERRER, DEVICE_SCREEN } from '../phrases.ts'
import { ADOBE, ADOBE_SOURCES } from '../recipients.ts'

export const adobeAnalytics: ServiceDefinition = {
  id: 'adobe-analytics',
  purposes: ['analytics'],
  name: 'Adobe Analytics',
  recipient: ADOBE.recipient,
  country: ADOBE.country,
  data: [
    { ja: 'Cookie ID（AMCV_で始まるもの、s_ecid）', en: 'cookie IDs (names starting with AMCV_, s_ecid)' },
    { ja: '閲覧したページのURLとページ名', en: 'URL and name of pages viewed' },
    REFERRER,
    { ja: 'リンクのクリック', en: 'link clicks' },
    IP_ADDRESS,
    DEVICE_SCREEN,
  ],
  sitePurpose: { ja: 'サイトの利用状況を分析し改善するため', en: 'to analyse and improve how the site is used' },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により利用状況の統計を提供するため',
    en: 'to report usage statistics to the site operator on its behalf',
  },
  hosts: ['omtrdc.net', '2o7.net', 'demdex.net', 'adobedc.net'],
  // com.adobe.alloy.getTld (Web SDK) and s_ac (AppMeasurement): probes for the cookie domain, deleted as soon as set.
  cookies: [
    'AMCV_*',
    'AMCVS_*',
    's_ecid',
    's_vi',
    's_cc',
    's_sq',
    's_fid',
    's_ac',
    'kndctr_*',
    'com.adobe.alloy.getTld',
  ],
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
  optOutUrl: 'https://www.adobe.com/privacy/opt-out.html',
  optOutKind: 'use',
  checked: '2026-11-27',
}

/** Adobe Analytics' implementation and admin guides on GitHub (AdobeDocs/analytics.en). */
const AA_DOCS = 'https://github.com/AdobeDocs/analytics.en/blob/'
const QUERY_PARAMETERS =
  AA_DOCS + '7dc97ad5225baf56c829efc8c21b07154bdd8ff9/help/implement/validate/query-parameters.md'
const ACCOUNT_SETTINGS =
  AA_DOCS +
  'c1eb8050511a4ca6bab6800afa2fcbdeefc74f93/help/admin/admin/c-manage-report-suites/c-edit-report-suites/general/general-acct-settings-admin.md'
const GDPR_FAQ = AA_DOCS + '02d0baee99ad2ea5966788f036644d3e3780016e/help/admin/admin/c-data-governance/gdpr-faq.md'
const OPT_OUT_LINKS = AA_DOCS + '6c4dc079cdc8b37bf47dcd9d3c41e7114cbae824/help/implement/js/opt-out.md'

/** Adobe's Experience League sources on GitHub: the Analytics cookie list and the ID service's cookies. */
const AA_COOKIES =
  'https://github.com/AdobeDocs/core-services.en/blob/0e21af546724242ccc8e2571a8e0ad6b4b5260f3/help/interface/data-collection/cookies/analytics.md'
const ID_SERVICE_COOKIES =
  'https://github.com/AdobeDocs/id-service.en/blob/00b9e703d6e4d9dee9a74ec20b6599193806700f/help/introduction/cookies.md'
const WEB_SDK_COOKIES =
  'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/web-sdk'

export const sources: ServiceSources = {
  recipient: ADOBE_SOURCES.recipient,
  country: ADOBE_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    AA_COOKIES,
    '2026-12-05',
    'Adobe’s Analytics cookie list: s_vi is first-party or third-party on *.omtrdc.net, and third-party cookies are set on omtrdc.net or 2o7.net; its trackingServer page (experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackingserver.html, read 2026-12-05) gives [rsid].data.adobedc.net as the default, and the ID service’s cookie page (' +
      ID_SERVICE_COOKIES +
      ') the demdex cookie on the third-party demdex.net domain',
  ),
  cookies: /* @__PURE__ */ source(
    AA_COOKIES,
    '2026-12-05',
    'Adobe Analytics cookies, first-party: s_ecid, s_vi (visitor id, 2 years; first-party with a CNAME tracking server, added to the cookies on this reading), s_cc (cookies enabled, session), s_sq (Activity Map, session), s_fid (fallback visitor id, 2 years); the ID service’s page (' +
      ID_SERVICE_COOKIES +
      ') names AMCV_<org id>@AdobeOrg (visitor id) and AMCVS_<org id>@AdobeOrg (session flag) on the site’s domain; s_ac (first-party, deleted immediately: finds the domain for AppMeasurement cookies) is in the same Analytics list (added on this reading); the Web SDK list (' +
      WEB_SDK_COOKIES +
      ', read 2026-12-05) adds kndctr_<orgId>_identity, _cluster, _consent, _consent_check and _personalization, and com.adobe.alloy.getTld',
  ),
  data: /* @__PURE__ */ source(
    QUERY_PARAMETERS,
    '2026-12-05',
    'Data collection query parameters: aid and mid (Analytics and Experience Cloud visitor IDs), g (page URL), pageName, r (referrer), pe, pev1 and pev2 (custom, download and exit links), s (screen resolution), bw and bh (browser size), c (colour depth); the General Account Settings page (' +
      ACCOUNT_SETTINGS +
      ', read 2026-12-05) shows the IP address of each hit is received, kept unless the report suite removes its last octet or obfuscates it',
  ),
  purposes: /* @__PURE__ */ source(
    AA_COOKIES,
    '2026-12-05',
    'Analytics uses its cookies to tell new visitors apart, analyse clickstream data and track activity on the site over time, such as responses to campaigns',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'Adobe’s docs on GitHub link the Adobe Privacy Policy as www.adobe.com/privacy/policy.html for all Adobe products (Adobe Campaign’s privacy page, read 2026-12-05, in a stored copy without repository and commit), but no Analytics page stating it was pinned here; the Japanese policy read for the recipient is adobe.com/jp/privacy/policy-linkfree.html.',
  ),
  optOutUrl: /* @__PURE__ */ source(
    GDPR_FAQ,
    '2026-12-05',
    'Data Privacy FAQ: the site, as data controller, implements an opt-out mechanism (https://www.adobe.com/privacy/opt-out.html#customeruse) that lets its visitors opt out of future Adobe Experience Cloud data collection; the Analytics opt-out itself is also at <trackingServer>/optout.html (' +
      OPT_OUT_LINKS +
      ')',
  ),
  optOutKind: /* @__PURE__ */ source(
    OPT_OUT_LINKS,
    '2026-12-05',
    'after the opt-out cookie is set, AppMeasurement still sends its requests, and Adobe neither processes nor reports the visitor’s data: the recipient’s use stops, not the transmission (not “personalisation”, as this entry said before)',
  ),
  recipientAddress: ADOBE_SOURCES.recipientAddress,
  recipientRepresentative: ADOBE_SOURCES.recipientRepresentative,
}
