// Moshimo Affiliate (もしもアフィリエイト) links and tags. Facts from Moshimo's public pages. The
// かんたんリンク code Moshimo hands out loads its script from dn.msmstatic.com/site/cardlink/.
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
  hosts: ['moshimo.com', 'dn.msmstatic.com'],
  privacyPolicyUrl: 'https://af.moshimo.com/af/shop/guide/privacy',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Moshimo’s merchant sign-up page with its trading terms (read 2026-12-05) names 株式会社もしも but gives no address, representative, hosts or list of what is collected; searches for its company profile (会社概要) and privacy policy (af.moshimo.com/af/shop/guide/privacy) found only third-party blog posts (one gives 東京都品川区東品川 and the parent 株式会社スクロール), no Moshimo page.',
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
  hosts: /* @__PURE__ */ unconfirmed(
    'No Moshimo page listing its hosts was found; the かんたんリンク code that Moshimo generates, as pasted into many public repositories, loads //dn.msmstatic.com/site/cardlink/bundle.js and links through af.moshimo.com, and the entry holds both (dn.msmstatic.com added 2026-12-05).',
  ),
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
