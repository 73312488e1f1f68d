// Moshimo Affiliate (もしもアフィリエイト) links and tags. Facts from Moshimo's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
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
  'Moshimo’s merchant sign-up page with its trading terms (read 2026-12-05) names 株式会社もしも but gives no address, representative, hosts or list of what is collected; no other Moshimo page stating this fact was found.',
)
/** もしもアフィリエイト取引規約, shown on Moshimo's merchant sign-up page. */
const MERCHANT_TERMS = 'https://secure.moshimo.com/af/merchant/account/register'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    MERCHANT_TERMS,
    '2026-12-05',
    'もしもアフィリエイト取引規約: the terms between 株式会社もしも and merchants for the もしもアフィリエイト it provides',
  ),
  country: pending,
  hosts: pending,
  data: pending,
  purposes: /* @__PURE__ */ source(
    MERCHANT_TERMS,
    '2026-12-05',
    'Article 1: media owners lead consumers from their own sites to merchant sites and are paid a reward for it',
  ),
  privacyPolicyUrl: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
