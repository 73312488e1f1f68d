// SmartNews Ads: the advertiser's conversion tag (api.smartnews-ads.com/assets/conv.js) and the
// SmartNews Pixel with its events, all under smartnews-ads.com.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, CONVERSION_VALUE, DEVICE } from '../phrases.ts'

export const smartnewsAds: ServiceDefinition = {
  id: 'smartnews-ads',
  purposes: ['advertising'],
  name: { ja: 'SmartNews Ads（スマートニュース広告）', en: 'SmartNews Ads' },
  recipient: { ja: 'スマートニュース株式会社', en: 'SmartNews, Inc.' },
  country: 'JP',
  data: [
    PAGE_URL,
    {
      ja: 'サイトで起きたイベント（ページ閲覧、カート追加、購入）とその日時',
      en: 'events on the site (page view, add to cart, purchase) and their time',
    },
    CONVERSION_VALUE,
    DEVICE,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'SmartNews Adsに出した広告の効果を測定し、サイトを訪れた方にSmartNewsで広告を表示するため',
    en: 'to measure our ads on SmartNews and to show our ads in SmartNews to people who visited the site',
  },
  recipientPurpose: {
    ja: '広告効果の測定と、広告配信の最適化のため',
    en: 'to measure how the ads perform and to optimise their delivery',
  },
  hosts: ['smartnews-ads.com'],
  privacyPolicyUrl: 'https://ads.smartnews.com/bm/public/data-policy/v6.0/index.html',
  optOutUrl: 'https://www.smartnews-ads.com/optout/',
  optOutKind: 'personalisation',
}

/** Where each fact above came from: SmartNews Ads' help center, data policy and opt-out page, and its API spec. */
const CV_TAG_HELP = 'https://help-ads.smartnews.com/item-1144/'
const PIXEL_HELP = 'https://help-ads.smartnews.com/en/item-3056/'
const API_SPEC =
  'https://github.com/smartnews/smartnews-ads-advertising-api-spec/blob/177772d8858779ddd4d055eeca796e8309fa33b1/smartnews-ads-conversion-api.md'
const DATA_POLICY = 'https://ads.smartnews.com/bm/public/data-policy/v6.0/index.html'
const OPT_OUT = 'https://www.smartnews-ads.com/optout/'
const GROUP_POLICY = 'https://business.smartnews.com/ja-jp/personal-information-protection-policy'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    GROUP_POLICY,
    '2026-12-05',
    'personal information protection policy: SmartNews, Inc. and its subsidiaries; the ja form is the company’s Japanese name',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'The SmartNews pages read here give no address; JP follows from the company form 株式会社 and the service being run from Japan, not from a page stating where it is.',
  ),
  hosts: /* @__PURE__ */ source(
    CV_TAG_HELP,
    '2026-12-05',
    'sample conversion tag loads //api.smartnews-ads.com/assets/conv.js; SmartNews’s Conversion API spec (' +
      API_SPEC +
      ') names log.smartnews-ads.com; sites’ Pixel base codes load cdn.smartnews-ads.com/i/pixel.js, under the same domain',
  ),
  data: /* @__PURE__ */ source(
    DATA_POLICY,
    '2026-12-05',
    'SmartNews Ads data policy (JP): with the Pixel tag it collects date and time, URL, device identifiers and browser information; events and their values from the Pixel help (' +
      PIXEL_HELP +
      ', 22 standard events such as Add to Cart and Purchase); an IP address reaches any server the browser calls',
  ),
  purposes: /* @__PURE__ */ source(
    DATA_POLICY,
    '2026-12-05',
    'measurement features used by advertisers for measuring ad effectiveness and optimising ad delivery',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(DATA_POLICY, '2026-12-05', 'SmartNews Ads data policy v6.0'),
  optOutUrl: /* @__PURE__ */ source(OPT_OUT, '2026-12-05', '行動ターゲティングの無効化について'),
  optOutKind: /* @__PURE__ */ source(
    OPT_OUT,
    '2026-12-05',
    'the 無効化 button turns off behavioural-targeting ads, not the measurement',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No SmartNews page giving its address was read here (searched 2026-12-05 for its 会社概要); a head office in Shibuya-ku, Tokyo (いちご神宮前ビル, 神宮前6-25-16, from a 2015 office interview) appears only in press and office-design articles.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No SmartNews page naming its representative was read here; 鈴木健 as founder and CEO (代表取締役) appears only in press interviews.',
  ),
}
