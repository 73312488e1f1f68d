// Adobe Analytics with the Experience Cloud ID service (AppMeasurement / Web SDK). Identity and
// Web SDK cookies (AMCV_, kndctr_, s_ecid, demdex) checked against Adobe Experience League.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
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
  cookies: ['AMCV_*', 'AMCVS_*', 's_ecid', 's_cc', 's_sq', 's_fid', 'kndctr_*', 'com.adobe.alloy.getTld'],
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
  optOutUrl: 'https://www.adobe.com/privacy/opt-out.html',
  optOutKind: 'personalisation',
  checked: '2026-11-27',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed('No URL of the vendor’s documentation recorded for this fact yet.')

const WEB_SDK_COOKIES =
  'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/web-sdk'

export const sources: ServiceSources = {
  recipient: ADOBE_SOURCES.recipient,
  country: ADOBE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Adobe’s trackingServer page (experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackingserver.html, read 2026-12-05) gives [rsid].data.adobedc.net as the default, and its Web SDK cookie list the demdex cookie of Audience Manager (demdex.net); omtrdc.net and 2o7.net are on no Adobe page read here.',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'Adobe’s Web SDK cookie list (' +
      WEB_SDK_COOKIES +
      ', read 2026-12-05) gives AMCV_###@AdobeOrg, kndctr_<orgId>_identity, _cluster, _consent, _consent_check and _personalization, s_ecid and com.adobe.alloy.getTld; s_cc, s_sq, s_fid and AMCVS_ (AppMeasurement and the Visitor ID service) are on no Adobe page read here.',
  ),
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: pending,
  recipientAddress: ADOBE_SOURCES.recipientAddress,
  recipientRepresentative: ADOBE_SOURCES.recipientRepresentative,
}
