// Amazon Associates (Amazonアソシエイト) links and widgets. Facts from Amazon.co.jp's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, WIDGET_PAGE_URL } from '../phrases.ts'

export const amazonAssociates: ServiceDefinition = {
  id: 'amazon-associates',
  purposes: ['affiliate'],
  name: { ja: 'Amazonアソシエイト', en: 'Amazon Associates' },
  recipient: { ja: 'アマゾンジャパン合同会社', en: 'Amazon Japan G.K.' },
  country: 'JP',
  data: [
    { ja: 'アソシエイトID（tagパラメータ）', en: 'Associate ID (tag parameter)' },
    WIDGET_PAGE_URL,
    { ja: '表示・クリックした商品', en: 'products shown or clicked' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'Amazonの商品を紹介し、購入に応じた紹介料を受け取るため',
    en: 'to recommend products on Amazon and receive referral fees on purchases',
  },
  recipientPurpose: {
    ja: '成果の計測と紹介料の計算、Amazonのサービスの提供・改善と広告のため',
    en: 'to track referrals and calculate fees, and to provide and improve Amazon services and ads',
  },
  hosts: ['ws-fe.amazon-adsystem.com', 'ir-jp.amazon-adsystem.com'],
  privacyPolicyUrl: 'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909010',
  optOutUrl: 'https://www.amazon.co.jp/adprefs',
  optOutKind: 'personalisation',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: recipient, hosts, policy and opt-out URLs: no Amazon page on the Associates widgets was found.',
)

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Amazon’s Associates operating agreement (affiliate.amazon.co.jp/help/operating/agreement, read 2026-12-05 in its version of 2017-02-15) makes アマゾンジャパン合同会社 or its affiliates the programme’s party; its version of 2024-03-01 names the Amazon entity in a schedule not read here, and a copy (not on amazon.co.jp) of Amazon.co.jp’s privacy notice of 2017 names Amazon Services LLC (Reno, NV) as the controller of the personal information Amazon.co.jp collects: which one receives widget data is not settled.',
  ),
  country: pending,
  hosts: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
