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
/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: the cookie name _a8_s and the policy URL; statics.a8.net/a8sales/a8sales.js and the a8 click parameter are confirmed by A8.net’s tracking guide.',
)

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
  cookies: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  recipientAddress: /* @__PURE__ */ source(FAN_FILING, '2026-12-04', '本店 東京都渋谷区渋谷一丁目1番8号'),
  recipientRepresentative: /* @__PURE__ */ source(FAN_FILING, '2026-12-04', '代表取締役社長 二宮幸司'),
}
