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

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Pinterest, Inc. runs the service outside the EEA/UK (Pinterest Europe is the EEA controller); the part of the privacy policy naming the controller for Japan was not in what was read.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (United States); no Pinterest page stating it was read here.',
  ),
  hosts: /* @__PURE__ */ unconfirmed(
    'Pinterest’s tag help says to filter network requests for ct.pinterest; s.pinimg.com/ct/core.js is the script of the base code, which no Pinterest page read here shows.',
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
  purposes: /* @__PURE__ */ unconfirmed(
    'The tag help page lists the data sent but not its uses; the ads purposes follow Pinterest’s privacy policy, whose relevant section was not read here.',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    POLICY_JA,
    '2026-12-04',
    'プライバシーポリシー (the policy in Japanese; the address without /ja is its default language)',
  ),
  optOutKind: /* @__PURE__ */ unconfirmed(
    'Pinterest’s privacy settings (“Use sites you visit”) stop the use of off-Pinterest data for ads, not the tag’s sending; only for people with a Pinterest account.',
  ),
  recipientAddress: PINTEREST_SOURCES.recipientAddress,
  recipientRepresentative: PINTEREST_SOURCES.recipientRepresentative,
}
