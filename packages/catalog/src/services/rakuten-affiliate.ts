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
/** Where each fact above came from. */
const GUIDELINE = 'affiliate.rakuten.co.jp/guides/rate/index.html'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    RAKUTEN_FILING,
    '2026-12-04',
    'EDINET S100VHZ5, securities report filed 2025-03-28: 楽天グループ株式会社 / Rakuten Group, Inc.',
  ),
  country: /* @__PURE__ */ source(RAKUTEN_FILING, '2026-12-04', '本店 東京都'),
  hosts: /* @__PURE__ */ unconfirmed(
    `No Rakuten page or code read here names the hosts links and widgets load from: Rakuten Affiliate’s guideline (${GUIDELINE}, updated 2024-08-21) and help pages (affiliate.faq.rakuten.net) say only that the link HTML must be used unchanged; afl.rakuten.co.jp appears in others’ code (e.g. Firefox’s search manifest, pt.afl.rakuten.co.jp).`,
  ),
  data: /* @__PURE__ */ unconfirmed(
    `No Rakuten page read lists what a link click or widget sends; the help pages read (affiliate.faq.rakuten.net/detail/000009943) say a link URL carries no code identifying the partner, who is recognised through the Rakuten ID the link was made with, and the click-to-cart and 89-day validity is quoted from Rakuten’s help only on third-party blogs.`,
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    `Rakuten Affiliate’s guideline (${GUIDELINE}) sets the rules for paying 成果報酬 on purchases through affiliate links, which backs the commission part; no Rakuten page read here states Rakuten’s own further use (its services and ads) of the click data.`,
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'privacy.rakuten.co.jp is Rakuten Group’s privacy policy address; the page itself was not among the stored pages searched on 2026-12-05.',
  ),
  recipientAddress: /* @__PURE__ */ source(RAKUTEN_FILING, '2026-12-04', '本店 東京都世田谷区玉川一丁目14番1号'),
  recipientRepresentative: /* @__PURE__ */ source(RAKUTEN_FILING, '2026-12-04', '代表取締役会長兼社長 三木谷浩史'),
}
