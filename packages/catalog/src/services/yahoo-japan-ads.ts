// Yahoo! JAPAN Ads: search ads conversion, display ads conversion and site retargeting, with the
// site general tag (ytag.js). Facts from Yahoo! JAPAN Ads Help.
import type { ServiceDefinition } from '@sekisho/core'
import { LY_SOURCES } from '../recipients.ts'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import {
  IP_ADDRESS,
  USER_AGENT,
  PAGE_URL,
  REFERRER,
  CONVERSION_VALUE,
  LY_ADDRESS,
  LY_REPRESENTATIVE,
} from '../phrases.ts'

export const yahooJapanAds: ServiceDefinition = {
  id: 'yahoo-japan-ads',
  purposes: ['advertising'],
  name: { ja: 'Yahoo!広告', en: 'Yahoo! JAPAN Ads' },
  recipient: { ja: 'LINEヤフー株式会社', en: 'LY Corporation' },
  country: 'JP',
  data: [
    {
      ja: 'Cookie ID（_ycl_yjad、_ycl_aw・_ycl_<接頭辞>_aw、_ts_yjad、_yjsu_yjad）',
      en: 'cookie IDs (_ycl_yjad, _ycl_aw or _ycl_<prefix>_aw, _ts_yjad, _yjsu_yjad)',
    },
    { ja: '広告クリックID（yclid、yj_r）', en: 'ad click IDs (yclid, yj_r)' },
    PAGE_URL,
    REFERRER,
    CONVERSION_VALUE,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '検索広告・ディスプレイ広告の効果を測定し、サイトを訪れた方にYahoo! JAPANと提携サイトで広告を表示するため',
    en: 'to measure our search and display ads and to show our ads on Yahoo! JAPAN and partner sites to people who visited the site',
  },
  recipientPurpose: {
    ja: 'Yahoo!広告の配信・効果測定、LINEヤフーのサービスの提供・改善のため',
    en: 'to serve and measure Yahoo! JAPAN Ads, and to provide and improve LY Corporation’s services',
  },
  hosts: [
    's.yimg.jp/images/listing/tool/cv/',
    'b90.yahoo.co.jp',
    'b91.yahoo.co.jp',
    'b92.yahoo.co.jp',
    'b97.yahoo.co.jp',
  ],
  // ytag.js: _ycl_yjad (display ads click id), _ycl_aw or _ycl_<prefix>_aw (search ads click id,
  // prefix from ycl_cookie_prefix), _ts_yjad (first visit time), _ycl_t_<random> (5-second probe for
  // the cookie domain); with ycl_use_non_cookie_storage the click ids also go to localStorage.
  // _yjsu_yjad and _yjr_yjad: first-party cookies LY's Conversion API tag reads from the site's domain.
  cookies: ['_ycl_yjad', '_ycl_aw', '_ycl_*_aw', '_ycl_t_*', '_ts_yjad', '_yjsu_yjad', '_yjr_yjad'],
  storage: ['_ycl_yjad', '_ycl_aw', '_ycl_*_aw'],
  recipientAddress: LY_ADDRESS,
  recipientRepresentative: LY_REPRESENTATIVE,
  privacyPolicyUrl: 'https://www.lycorp.co.jp/ja/company/privacypolicy/',
  optOutUrl: 'https://btoptout.yahoo.co.jp/optout/index.html',
  optOutKind: 'personalisation',
}

/** Where each fact above came from. */
const YTAG = 'https://s.yimg.jp/images/listing/tool/cv/ytag.js'
const SITE_GENERAL_TAG = 'https://ads-help.yahoo.co.jp/yahooads/ss/articledetail?lan=ja&aid=47048'
/** Yahoo! JAPAN Ads Help: what advertisers using visit and action history must put in their privacy policy. */
const PRIVACY_POLICY_ITEMS = 'https://ads-help.yahoo.co.jp/yahooads/ydn/articledetail?lan=en&aid=585'
const pending = /* @__PURE__ */ unconfirmed('No URL of LY Corporation’s documentation recorded for this fact yet.')
/** LY's own documentation repositories on GitHub (yahoojp-marketing). */
const LY_GITHUB = 'https://github.com/yahoojp-marketing/'
const CAPI_TAG =
  LY_GITHUB +
  'ads-data-management-api-documents/blob/0d598717fee784ffc16d184a5f39689ff212aa9b/docs_ja/conversion-api-tag.md'
const RETARGETING_LIST =
  LY_GITHUB +
  'sponsored-search-api-documents/blob/c559a45dba8c12349b355ed53b85ab5906e2aeff/docs/en/api_reference/services/RetargetingListService.md'

export const sources: ServiceSources = {
  recipient: LY_SOURCES.recipient,
  country: LY_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    's.yimg.jp/…/cv/ytag.js and b90.yahoo.co.jp are in ytag.js; b97.yahoo.co.jp is in LY’s Search Ads API reference (' +
      RETARGETING_LIST +
      ', read 2026-12-05: the target-list tag snippet loads s.yimg.jp/images/listing/tool/cv/conversion.js, with a noscript image from b97.yahoo.co.jp/pagead/conversion/); b91 (conversion images) and b92 (/js/s_retargeting.js) appear only in sites’ copies of LY’s older tags, and in a stored API sample whose repository and commit were not pinned.',
  ),
  cookies: /* @__PURE__ */ source(
    YTAG,
    '2026-12-04',
    'ytag.js writes _ycl_yjad, _ycl_aw / _ycl_<prefix>_aw, _ycl_t_<random> and _ts_yjad; LY’s Conversion API tag documentation (' +
      CAPI_TAG +
      ', read 2026-12-05) reads the first-party cookies _ycl_yjad, _yjr_yjad and _yjsu_yjad from the site’s domain. Correction on that reading: yjr_yjad without the underscore is the Conversion API parameter that carries the _yjr_yjad cookie’s value, not a cookie, and was removed',
  ),
  storage: /* @__PURE__ */ source(
    YTAG,
    '2026-12-04',
    'setNonCookieStorage: the click-id cookie names, when ycl_use_non_cookie_storage is set',
  ),
  data: pending,
  purposes: /* @__PURE__ */ source(
    SITE_GENERAL_TAG,
    '2026-12-04',
    'サイトジェネラルタグについて: creates the first-party cookie and runs the conversion measurement and site retargeting tags',
  ),
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: /* @__PURE__ */ source(
    PRIVACY_POLICY_ITEMS,
    '2026-12-05',
    'Matters to be included in the Privacy Policy: the third party’s opt-out lets users halt the use of the cookie information and advertising ID collected on the site for its ad delivery (LY’s notice to advertisers of 2023-09-20 on lycbiz.com says the same: the opt-out stops the use of the visit and action history for ad delivery)',
  ),
  recipientAddress: LY_SOURCES.recipientAddress,
  recipientRepresentative: LY_SOURCES.recipientRepresentative,
}
