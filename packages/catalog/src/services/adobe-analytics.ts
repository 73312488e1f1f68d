// Adobe Analytics with the Experience Cloud ID service (AppMeasurement / Web SDK). Identity and
// Web SDK cookies (AMCV_, kndctr_, s_ecid, demdex) checked against Adobe Experience League.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL_TITLE, REFERRER, DEVICE_SCREEN } from '../phrases.ts'
import { ADOBE, ADOBE_SOURCES } from '../recipients.ts'

export const adobeAnalytics: ServiceDefinition = {
  id: 'adobe-analytics',
  purposes: ['analytics'],
  name: 'Adobe Analytics',
  recipient: ADOBE.recipient,
  country: ADOBE.country,
  data: [
    { ja: 'Cookie ID（AMCV_で始まるもの、s_ecid）', en: 'cookie IDs (names starting with AMCV_, s_ecid)' },
    PAGE_URL_TITLE,
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
  // com.adobe.alloy.getTld: the Web SDK's probe for the top-level domain, deleted as soon as it is set.
  cookies: ['AMCV_*', 'AMCVS_*', 's_ecid', 's_vi', 's_cc', 's_sq', 's_fid', 'kndctr_*', 'com.adobe.alloy.getTld'],
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
  optOutUrl: 'https://www.adobe.com/privacy/opt-out.html',
  optOutKind: 'personalisation',
  checked: '2026-11-27',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed('No URL of the vendor’s documentation recorded for this fact yet.')

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
      ') names AMCV_<org id>@AdobeOrg (visitor id) and AMCVS_<org id>@AdobeOrg (session flag) on the site’s domain; the Web SDK list (' +
      WEB_SDK_COOKIES +
      ', read 2026-12-05) adds kndctr_<orgId>_identity, _cluster, _consent, _consent_check and _personalization, and com.adobe.alloy.getTld',
  ),
  data: pending,
  purposes: /* @__PURE__ */ source(
    AA_COOKIES,
    '2026-12-05',
    'Analytics uses its cookies to tell new visitors apart, analyse clickstream data and track activity on the site over time, such as responses to campaigns',
  ),
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: pending,
  recipientAddress: ADOBE_SOURCES.recipientAddress,
  recipientRepresentative: ADOBE_SOURCES.recipientRepresentative,
}
