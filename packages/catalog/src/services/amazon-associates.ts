// Amazon Associates (Amazonアソシエイト) links and widgets. Facts from Amazon.co.jp's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
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

/** Where each fact above came from. Looked for again on 2026-12-05 in the stored copies of Amazon's pages. */
const AD_PRIVACY = 'https://advertising.amazon.com/ja-jp/resources/ad-policy/eu-data-protection-and-privacy'
const ASSOCIATE_PAGES =
  'Amazon’s Associates pages read (affiliate.amazon.co.jp: operating agreement of 2017-02-15 and 2024-03-01, programme policies with the fee schedule, participation requirements, PA-API licence)'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Amazon’s Associates operating agreement (affiliate.amazon.co.jp/help/operating/agreement, read 2026-12-05 in its version of 2017-02-15) makes アマゾンジャパン合同会社 or its affiliates the programme’s party; its version of 2024-03-01 names the Amazon entity in a schedule not read here, and a copy (not on amazon.co.jp) of Amazon.co.jp’s privacy notice of 2017 names Amazon Services LLC (Reno, NV) as the controller of the personal information Amazon.co.jp collects: which one receives widget data is not settled.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient, which is not settled (アマゾンジャパン合同会社 in Japan, or Amazon Services LLC in the United States as a 2017 copy of Amazon.co.jp’s privacy notice says).',
  ),
  hosts: /* @__PURE__ */ unconfirmed(
    ASSOCIATE_PAGES +
      ' speak of special links and widgets but name no host; ws-fe.amazon-adsystem.com/widgets/q (product images with MarketPlace=JP and the tag) appears only in third-party code, and older codes in third-party packages load their 1-pixel image from www.assoc-amazon.jp/e/ir, not ir-jp.amazon-adsystem.com: no Amazon page read names either.',
  ),
  data: /* @__PURE__ */ unconfirmed(
    ASSOCIATE_PAGES +
      ': the fee schedule pays on qualifying purchases made after a customer follows a special link on the Associate’s site, which ties the link to the Associate, but no page read lists what the widgets or links send (IP address, user agent, page URL). Amazon’s Associates FAQ on Japan’s external-transmission rules (affiliate.amazon.co.jp/help/node/topic/GREND2BKKE3NKP4C) asks whether visitors’ devices send Amazon data from Associates’ sites, but its stored text ends before the answer.',
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    ASSOCIATE_PAGES +
      ': they support the tracking of referrals and the calculation of fees; that Amazon uses the data to provide and improve its services and ads is in its privacy notice, not read on amazon.co.jp here.',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'amazon.co.jp/gp/help/customer/display.html?nodeId=201909010 was not read here; the only stored copy of Amazon.co.jp’s privacy notice found (of 2017-05-30, under nodeId 643000) is on a domain not Amazon’s.',
  ),
  optOutUrl: /* @__PURE__ */ unconfirmed(
    'Amazon Ads’ page on data protection (' +
      AD_PRIVACY +
      ') sends users to the “Amazon広告設定ページ” without giving its address; amazon.co.jp/adprefs was not read here.',
  ),
  optOutKind: /* @__PURE__ */ source(
    AD_PRIVACY,
    '2026-12-05',
    'users can turn off interest-based ads on the Amazon ad preferences page (or YourOnlineChoices): the choice is about interest-based advertising',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'Not given: the recipient is not settled, and no Amazon page read here gives アマゾンジャパン合同会社’s address.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'Not given: the recipient is not settled, and no Amazon page read here names a representative.',
  ),
}
