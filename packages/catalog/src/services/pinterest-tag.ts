// Pinterest tag (pintrk): conversion and audience tag for Pinterest Ads. Writes its first-party
// cookies on the site's domain; Pinterest's own login cookies (_pinterest_sess, _routing_id) live
// on pinterest.com and are only read.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT } from '../phrases.ts'
import { PINTEREST_SOURCES } from '../recipients.ts'

export const pinterestTag: ServiceDefinition = {
  id: 'pinterest-tag',
  purposes: ['advertising'],
  name: { ja: 'Pinterestタグ', en: 'Pinterest tag' },
  recipient: { ja: 'Pinterest, Inc.', en: 'Pinterest, Inc.' },
  country: 'US',
  data: [
    { ja: 'Cookie ID（_epik、_derived_epik、_pin_unauth）', en: 'cookie IDs (_epik, _derived_epik, _pin_unauth)' },
    { ja: '閲覧したページのURLとリファラー', en: 'URL of the page viewed and its referrer' },
    { ja: '画面の高さと幅', en: 'screen height and width' },
    {
      ja: 'サイトが送信するイベント（ページ訪問、カート追加、購入）とその内容',
      en: 'events the site reports (page visit, add to cart, checkout) and their details',
    },
    {
      ja: 'ハッシュ化したメールアドレス（サイトが拡張マッチを使う場合）',
      en: 'hashed email address (when the site uses enhanced match)',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'Pinterest広告の効果を測定し、サイトを訪れた方にPinterestで広告を表示するため',
    en: 'to measure our Pinterest ads and to show our ads on Pinterest to people who visited the site',
  },
  recipientPurpose: {
    ja: 'Pinterest広告の配信・効果測定と、Pinterestの広告・おすすめのパーソナライズのため',
    en: 'to serve and measure Pinterest ads and to personalise ads and recommendations on Pinterest',
  },
  hosts: ['ct.pinterest.com', 's.pinimg.com/ct/'],
  cookies: ['_epik', '_derived_epik', '_pin_unauth'],
  privacyPolicyUrl: 'https://policy.pinterest.com/privacy-policy',
  optOutKind: 'personalisation',
}

/** Where each fact above came from. */
const TAG_COOKIES = 'https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies'
const POLICY_JA = 'https://policy.pinterest.com/ja/privacy-policy'
/** Pinterest's privacy policy in Tagalog, whose scope section names the companies with their addresses. */
const POLICY_TL = 'https://policy.pinterest.com/tl/privacy-policy'
/** Pinterest's own Adobe Commerce (Magento 2) extension, which writes the tag's base code. */
const MAGENTO_BASE_CODE =
  'https://github.com/pinterest/pinterest-magento2-extension/blob/07172cedeb59488b36452d52bce32c48aef97b25/view/frontend/templates/meta.phtml'
const TAG_DEVELOPERS = 'https://developers.pinterest.com/docs/api-features/pinterest-tag/'
const PRIVACY_SETTINGS = 'https://help.pinterest.com/en/article/your-privacy-and-data-settings'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    `Pinterest’s privacy policy (${POLICY_JA}, read 2026-12-05) is its global policy and names Pinterest Europe Ltd. and Pinterest, Inc. as joint controllers only for the EEA, Switzerland and the UK; its terms in Japanese (policy.pinterest.com/ja/terms-of-service) leave the contracting party to their section 13(e), which was not in the part read, so the company for people and sites in Japan is not stated in what was read.`,
  ),
  country: /* @__PURE__ */ source(
    POLICY_TL,
    '2026-12-05',
    'Patakaran Tungkol sa Privacy (read in Tagalog): Pinterest, Inc. is a US company with its registered office at 651 Brannan St., San Francisco, CA 94107, USA',
  ),
  hosts: /* @__PURE__ */ source(
    MAGENTO_BASE_CODE,
    '2026-12-05',
    'Pinterest Pixel Base Code: loads https://s.pinimg.com/ct/core.js, then pintrk("load", <tag id>) and pintrk("page"); the tag help page (' +
      TAG_COOKIES +
      ') has sites check the tag by filtering network requests for ct.pinterest',
  ),
  cookies: /* @__PURE__ */ source(
    TAG_COOKIES,
    '2026-12-04',
    '_epik is placed by the JavaScript tag, _derived_epik by the tag on enhanced match, _pin_unauth is a first-party cookie grouping actions of unidentified users; the tag creates and accesses cookies in a first-party context on the site domain',
  ),
  data: /* @__PURE__ */ source(
    TAG_COOKIES,
    '2026-12-04',
    'query parameters sent: tid, event, ed (event data), ad.loc (URL), ad.ref (referrer), ad.sh/sw (screen), pd.em (hashed email), tm, cb',
  ),
  purposes: /* @__PURE__ */ source(
    TAG_DEVELOPERS,
    '2026-12-05',
    'Track conversions with Pinterest Tag: tracks actions people take on the site after viewing an ad on Pinterest, to measure return on ad spend and create target audiences; Pinterest’s privacy settings (' +
      PRIVACY_SETTINGS +
      ') add that it uses off-Pinterest data to improve recommendations and ads',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    POLICY_JA,
    '2026-12-04',
    'プライバシーポリシー (the policy in Japanese; the address without /ja is its default language)',
  ),
  optOutKind: /* @__PURE__ */ source(
    PRIVACY_SETTINGS,
    '2026-12-05',
    'Your Privacy and Data Settings: “Use sites you visit” controls how Pinterest uses off-Pinterest data to improve recommendations and ads, and “Use partner info” how it uses partners’ info for personalized ads: settings of a Pinterest account on the use of the data',
  ),
  recipientAddress: PINTEREST_SOURCES.recipientAddress,
  recipientRepresentative: PINTEREST_SOURCES.recipientRepresentative,
}
