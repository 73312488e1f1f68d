// LOGLY lift (article recommendations with native ads in the same widget): lift_widget.js from
// l.logly.co.jp, which asks l.logly.co.jp for the recommendations of the page and shows their images
// from cdn.logly.co.jp.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import {
  IP_ADDRESS,
  USER_AGENT,
  PAGE_URL,
  REFERRER,
  RECOMMENDATIONS_SHOWN_CLICKED,
  RECOMMENDATION_WIDGET_PURPOSE,
} from '../phrases.ts'

export const loglyLift: ServiceDefinition = {
  id: 'logly-lift',
  purposes: ['advertising'],
  name: 'LOGLY lift',
  recipient: { ja: 'ログリー株式会社', en: 'logly, Inc.' },
  country: 'JP',
  data: [PAGE_URL, REFERRER, RECOMMENDATIONS_SHOWN_CLICKED, IP_ADDRESS, USER_AGENT],
  sitePurpose: RECOMMENDATION_WIDGET_PURPOSE,
  recipientPurpose: {
    ja: 'おすすめ記事・広告の選択と配信、表示とクリックの計測のため',
    en: 'to choose and serve the recommended articles and ads, and to count views and clicks',
  },
  hosts: ['l.logly.co.jp', 'cdn.logly.co.jp'],
  privacyPolicyUrl: 'https://www.logly.co.jp/privacy.html',
  recipientAddress: { ja: '東京都渋谷区恵比寿一丁目19番15号', en: '1-19-15 Ebisu, Shibuya-ku, Tokyo, Japan' },
  recipientRepresentative: {
    ja: '代表取締役社長 吉永浩和',
    en: 'Hirokazu Yoshinaga, President and Representative Director',
  },
}

/** Where each fact above came from: logly's own SDK (Apache-2.0), AMP's logly integration, its terms and filing. */
const SDK_API =
  'https://github.com/logly/LiftSDK-iOS/blob/265cd3feb9eecdd9ff15e9813a453d61bea758b9/docs/LGDefaultApi.md'
const SDK_README = 'https://github.com/logly/LiftSDK-iOS/blob/05ddc18bf40d93195d04faea6da30334243ee4f0/README.md'
const AMP_LOGLY =
  'https://github.com/ampproject/amphtml/blob/7ec708ef0793bfe5837be94f0e74c15470aee5fe/ads/vendors/logly.js'
const AMP_CONFIG = 'https://github.com/ampproject/amphtml/blob/main/ads/_config.js'
const TERMS = 'https://lift.logly.co.jp/terms_of_service/for_publisher'
const FILING = 'https://financialreports.eu/filings/loglyinc/annual-report/2025/7248442'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    TERMS,
    '2026-12-05',
    '媒体向けLOGLY lift利用規約: ログリー株式会社 provides the service; English name logly,Inc. in its securities report (' +
      FILING +
      ')',
  ),
  country: /* @__PURE__ */ source(FILING, '2026-12-05', 'securities report filed 2025-06-26: 本店 東京都'),
  hosts: /* @__PURE__ */ source(
    AMP_LOGLY,
    '2026-12-05',
    'AMP’s logly integration loads https://l.logly.co.jp/lift_widget.js?adspot_id=…; logly’s SDK calls https://l.logly.co.jp/lift.json (' +
      SDK_API +
      '); AMP’s ad config preconnects to l.logly.co.jp and cdn.logly.co.jp (' +
      AMP_CONFIG +
      ')',
  ),
  data: /* @__PURE__ */ source(
    SDK_README,
    '2026-12-05',
    'requestByURL sends the page URL (url), the referrer (ref), adspot and widget ids; the widget calls each item’s beaconUrl when shown and ldUrl when clicked',
  ),
  purposes: /* @__PURE__ */ source(
    TERMS,
    '2026-12-05',
    'LOGLY lift is a recommendation and ad delivery service; logly delivers third parties’ ads to partner sites',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'The lift widget’s “Recommended by” credit links www.logly.co.jp/privacy.html in pages that show it; the page itself was not read here.',
  ),
  recipientAddress: /* @__PURE__ */ source(FILING, '2026-12-05', '本店の所在の場所 東京都渋谷区恵比寿一丁目19番15号'),
  recipientRepresentative: /* @__PURE__ */ source(FILING, '2026-12-05', '代表取締役社長 吉永 浩和'),
}
