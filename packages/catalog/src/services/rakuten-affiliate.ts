// Rakuten Affiliate (楽天アフィリエイト) links and widgets. Facts from Rakuten's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
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
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: hosts and cookies; recipient 楽天グループ株式会社 and privacy.rakuten.co.jp are confirmed from Rakuten’s privacy pages.',
)

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
