// Rakuten Affiliate (楽天アフィリエイト) links and widgets. Facts from Rakuten's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, WIDGET_PAGE_URL } from '../phrases.ts'

export const rakutenAffiliate: ServiceDefinition = {
  id: 'rakuten-affiliate',
  purposes: ['affiliate'],
  name: { ja: '楽天アフィリエイト', en: 'Rakuten Affiliate' },
  recipient: { ja: '楽天グループ株式会社', en: 'Rakuten Group, Inc.' },
  country: 'JP',
  data: [
    { ja: 'Cookie ID（楽天が設定したもの）', en: 'cookie ID (set by Rakuten)' },
    WIDGET_PAGE_URL,
    { ja: 'クリックした商品', en: 'product clicked' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '楽天市場の商品を紹介し、購入に応じた紹介料を受け取るため',
    en: 'to recommend products on Rakuten Ichiba and receive referral fees on purchases',
  },
  recipientPurpose: {
    ja: '成果の計測と報酬の計算、楽天のサービスの提供・改善と広告のため',
    en: 'to track conversions and calculate commissions, and to provide and improve Rakuten services and ads',
  },
  hosts: ['afl.rakuten.co.jp', 'affiliate.rakuten.co.jp'],
  privacyPolicyUrl: 'https://privacy.rakuten.co.jp/',
  recipientAddress: { ja: '東京都世田谷区玉川一丁目14番1号', en: '1-14-1 Tamagawa, Setagaya-ku, Tokyo, Japan' },
  recipientRepresentative: {
    ja: '代表取締役会長兼社長 三木谷浩史',
    en: 'Hiroshi Mikitani, Representative Director, Chairman and President',
  },
}

const RAKUTEN_FILING = 'https://bttb.jp/kabuu/dx.php?docid=S100VHZ5&type=EDINET'
/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: hosts and cookies; recipient 楽天グループ株式会社 and privacy.rakuten.co.jp are confirmed from Rakuten’s privacy pages.',
)

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    RAKUTEN_FILING,
    '2026-12-04',
    'EDINET S100VHZ5, securities report filed 2025-03-28: 楽天グループ株式会社 / Rakuten Group, Inc.',
  ),
  country: /* @__PURE__ */ source(RAKUTEN_FILING, '2026-12-04', '本店 東京都'),
  hosts: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  recipientAddress: /* @__PURE__ */ source(RAKUTEN_FILING, '2026-12-04', '本店 東京都世田谷区玉川一丁目14番1号'),
  recipientRepresentative: /* @__PURE__ */ source(RAKUTEN_FILING, '2026-12-04', '代表取締役会長兼社長 三木谷浩史'),
}
