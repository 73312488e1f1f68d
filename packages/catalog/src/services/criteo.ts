// Criteo OneTag (retargeting). Facts from Criteo's public privacy documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL } from '../phrases.ts'

export const criteo: ServiceDefinition = {
  id: 'criteo',
  purposes: ['advertising'],
  name: 'Criteo',
  recipient: { ja: 'Criteo SA', en: 'Criteo SA' },
  country: 'FR',
  data: [
    { ja: 'Cookie ID（cto_bundle）', en: 'cookie ID (cto_bundle)' },
    PAGE_URL,
    { ja: '閲覧・カートに入れた・購入した商品のID', en: 'IDs of products viewed, added to the cart or bought' },
    { ja: '購入の金額', en: 'value of purchases' },
    {
      ja: 'ハッシュ化したメールアドレス（サイトが送信する場合）',
      en: 'hashed email address (where the site sends it)',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'サイトで見た商品の広告を他のサイトで表示し、その効果を測定するため',
    en: 'to show ads for products viewed on our site on other sites, and to measure them',
  },
  recipientPurpose: {
    ja: '広告の配信・最適化・効果測定のため',
    en: 'to serve, optimise and measure ads',
  },
  hosts: ['criteo.com', 'criteo.net'],
  cookies: ['cto_*'],
  storage: ['cto_*'],
  privacyPolicyUrl: 'https://www.criteo.com/privacy/',
  optOutUrl: 'https://www.criteo.com/privacy/disable-criteo-services-on-internet-browsers/',
  optOutKind: 'personalisation',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: cookie names, hosts and the opt-out URL; criteo.com/privacy is Criteo’s own policy page and carries an opt-out.',
)

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: pending,
  cookies: pending,
  storage: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
