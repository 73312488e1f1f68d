// Moshimo Affiliate (もしもアフィリエイト) links and tags. Facts from Moshimo's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
import {
  IP_ADDRESS,
  USER_AGENT,
  ORDER_NUMBER,
  CLICK_ID,
  PURCHASE_VALUE,
  AFFILIATE_NETWORK_PURPOSE,
} from '../phrases.ts'

export const moshimoAffiliate: ServiceDefinition = {
  id: 'moshimo-affiliate',
  purposes: ['affiliate'],
  name: { ja: 'もしもアフィリエイト', en: 'Moshimo Affiliate' },
  recipient: { ja: '株式会社もしも', en: 'Moshimo Inc.' },
  country: 'JP',
  data: [
    CLICK_ID,
    { ja: 'リンクを表示・クリックしたページのURL', en: 'URL of the page where the link was shown or clicked' },
    ORDER_NUMBER,
    PURCHASE_VALUE,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '紹介した商品の購入・申込を計測し、紹介料を受け取るため',
    en: 'to count purchases and sign-ups from products we recommend and receive referral fees',
  },
  recipientPurpose: AFFILIATE_NETWORK_PURPOSE,
  hosts: ['moshimo.com'],
  privacyPolicyUrl: 'https://af.moshimo.com/af/shop/guide/privacy',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: hosts and the policy URL; recipient 株式会社もしも is confirmed by the Moshimo Affiliate merchant terms.',
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
