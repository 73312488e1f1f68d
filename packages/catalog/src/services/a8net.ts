// A8.net affiliate tags (a8sales / ITP-compatible measurement tag). Facts from FAN Communications' public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import {
  IP_ADDRESS,
  USER_AGENT,
  ORDER_NUMBER,
  CONVERSION_PAGE_URL,
  PURCHASE_VALUE_PRODUCTS,
  AFFILIATE_NETWORK_PURPOSE,
  AFFILIATE_PUBLISHER_PURPOSE,
} from '../phrases.ts'

export const a8net: ServiceDefinition = {
  id: 'a8net',
  purposes: ['affiliate'],
  name: 'A8.net',
  recipient: { ja: '株式会社ファンコミュニケーションズ', en: 'FAN Communications, Inc.' },
  country: 'JP',
  data: [
    { ja: '広告クリックID（a8パラメータ、Cookie _a8_s）', en: 'ad click ID (a8 parameter, cookie _a8_s)' },
    CONVERSION_PAGE_URL,
    ORDER_NUMBER,
    PURCHASE_VALUE_PRODUCTS,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: AFFILIATE_PUBLISHER_PURPOSE,
  recipientPurpose: AFFILIATE_NETWORK_PURPOSE,
  hosts: ['a8.net'],
  cookies: ['_a8_s'],
  privacyPolicyUrl: 'https://www.fancs.com/privacypolicy',
  recipientAddress: { ja: '東京都渋谷区渋谷一丁目1番8号', en: '1-1-8 Shibuya, Shibuya-ku, Tokyo, Japan' },
  recipientRepresentative: {
    ja: '代表取締役社長 二宮幸司',
    en: 'Koji Ninomiya, President and Representative Director',
  },
}

const FAN_FILING = 'https://bttb.jp/kabuu/dx.php?docid=S100VFL0&type=EDINET'
/** A8.net's tracking set-up guide for advertisers, on document.a8.net. */
const TRACKING_GUIDE = 'https://document.a8.net/ec/trackingGuide-ja.html'
/** Where each fact above came from. */

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    FAN_FILING,
    '2026-12-04',
    'EDINET S100VFL0, securities report filed 2025-03-26: 株式会社ファンコミュニケーションズ / FAN Communications, Inc.',
  ),
  country: /* @__PURE__ */ source(FAN_FILING, '2026-12-04', '本店 東京都'),
  hosts: /* @__PURE__ */ source(
    TRACKING_GUIDE,
    '2026-12-05',
    'the landing and conversion pages load //statics.a8.net/a8sales/a8sales.js (and a8crossDomain.js across domains); the tag notifies A8 of the conversion',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'A8.net’s tracking guide (document.a8.net/ec/trackingGuide-ja.html) and JS tracking spec (document.a8.net/a8docs/a8-tracking/js-tracking/a8-js-tracking.html) say the a8 click identifier is kept in a first-party cookie on the advertiser’s domain, without naming it; the name _a8_s is on no FAN Communications page or code read here.',
  ),
  data: /* @__PURE__ */ source(
    TRACKING_GUIDE,
    '2026-12-05',
    'the click identifier ?a8=… added to the landing URL is saved as a cookie; on the conversion page a8sales() sends it with pid, order_number (注文番号), currency, items (code, price, quantity) and total_price to A8 (the cookie’s name is the cookies fact)',
  ),
  purposes: /* @__PURE__ */ source(
    TRACKING_GUIDE,
    '2026-12-05',
    'A8.netトラッキング設定について: when the page set as a conversion is shown, the click identifier kept in the cookie and the tag’s data are reported to A8 as a 成果 (conversion) of the ad',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'FAN Communications’ behavioural targeting policy (fancs.com/en/btapolicy, revised 2022-11-01) refers to its Privacy Policy by URL, but the link was not in the stored text; fancs.com/privacypolicy itself was not among the stored pages (only FAN Communications Global’s policy on fancsglobal.com, another company).',
  ),
  recipientAddress: /* @__PURE__ */ source(FAN_FILING, '2026-12-04', '本店 東京都渋谷区渋谷一丁目1番8号'),
  recipientRepresentative: /* @__PURE__ */ source(FAN_FILING, '2026-12-04', '代表取締役社長 二宮幸司'),
}
