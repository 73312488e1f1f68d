// Salesforce Marketing Cloud Personalization (formerly Evergage, Interaction Studio): the JavaScript
// beacon cdn.evgnet.com/beacon/<account>/<dataset>/scripts/evergage.min.js with the Salesforce
// Interactions SDK, reporting to <account>.<instance>.evergage.com. Its identity cookies carry a
// suffix per account, dataset or domain hash; the SDK's own reference spells the identity cookie with
// one leading underscore in its older versions and two in its current one, so both are gated.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL } from '../phrases.ts'
import { SALESFORCE_SOURCES } from '../recipients.ts'

export const salesforceMarketingCloudPersonalization: ServiceDefinition = {
  id: 'salesforce-marketing-cloud-personalization',
  purposes: ['personalization'],
  name: 'Salesforce Marketing Cloud Personalization',
  recipient: { ja: '株式会社セールスフォース・ジャパン', en: 'Salesforce Japan Co., Ltd.' },
  country: 'JP',
  data: [
    {
      ja: '匿名の訪問者ID（Cookie _sfid_・__sfid_・_evga_・_evgn_）',
      en: 'anonymous visitor ID (cookies _sfid_, __sfid_, _evga_, _evgn_)',
    },
    { ja: 'サイトが送信するログイン中のユーザーID', en: 'signed-in user ID the site sends' },
    PAGE_URL,
    {
      ja: '閲覧した商品・コンテンツとサイト上の操作（クリック、カートへの追加、購入）',
      en: 'products and content viewed and actions on the site (clicks, add-to-cart, purchases)',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '訪問者の閲覧・行動に合わせてページの内容やおすすめを出し分けるため',
    en: 'to tailor page content and recommendations to what visitors browse and do',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により、行動を訪問者ごとに記録し、パーソナライズの判定を行うため',
    en: 'to record behaviour per visitor and decide personalisation on the site operator’s behalf',
  },
  hosts: ['cdn.evgnet.com/beacon/', 'evergage.com'],
  cookies: ['_sfid_*', '__sfid_*', '_evga_*', '_evgn_*'],
  privacyPolicyUrl: 'https://www.salesforce.com/jp/company/privacy/',
}

/** Where each fact above came from. */
const HELP = 'https://help.salesforce.com/'
const BEACON_URL = HELP + 's/articleView?id=005132531&language=ja&type=1'
const COOKIES = HELP + 'apex/HTViewHelpDoc?id=mktg.mc_pers_mcn_for_pers_sitemap_cookie_id_sdk_diffs.htm'
const WEB_SDK = HELP + 's/articleView?id=mktg.mc_pers_web_sdk_integration.htm&language=en_US&type=5'
/** The Salesforce Interactions SDK's Identity Management reference, current and as of API version 238. */
const SDK_IDENTITY =
  'https://developer.salesforce.com/docs/data/salesforce-interactions-sdk/guide/c360a-api-identity.md'
const SDK_IDENTITY_238 =
  'https://developer.salesforce.com/docs/atlas.en-us.238.0.c360a_api.meta/c360a_api/c360a_api_identity.htm'

export const sources: ServiceSources = {
  recipient: SALESFORCE_SOURCES.recipient,
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient; where Personalization data is hosted (the instance in <account>.<instance>.evergage.com) was not read here.',
  ),
  hosts: /* @__PURE__ */ source(
    BEACON_URL,
    '2026-12-04',
    'the JavaScript tag is //cdn.evgnet.com/beacon/{account}/{dataset}/scripts/evergage.min.js and the account’s endpoints are https://{account}.{instance}.evergage.com',
  ),
  cookies: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-05',
    'Cookie and Identity SDK Differences: the Marketing Cloud Personalization Web SDK uses _sfid_xxxx (primary identity), _evga_xxxx (visitor cookie, account/dataset specific) and _evgn_xxxx. The Interactions SDK’s Identity Management reference names the identity cookie, which holds a random anonymousId, __sfid_<domainHash>_ in its current version (' +
      SDK_IDENTITY +
      ') and _sfid_<domainHash> as of API 238 (' +
      SDK_IDENTITY_238 +
      '), both read 2026-12-05',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'Salesforce’s help says the beacon tracks the online behaviour of web users through a first-party cookie and the SDK tracks profile data and user interactions; the Personalization Sitemap guide (developer.salesforce.com/docs/marketing/personalization/guide/personalization-sitemap.html) names the known user ID or anonymous tracking ID, the page type and the catalog items or content a visitor interacts with, and the Salesforce Interactions SDK’s Event Structure page (developer.salesforce.com/docs/data/salesforce-interactions-sdk/guide/c360a-api-event-structure.html) has the SDK add to every event a source with the page URL, referrer, channel and locale, next to the interaction and user the site sets; no Salesforce page read on 2026-12-05 names the IP address or user agent as received.',
  ),
  purposes: /* @__PURE__ */ source(
    WEB_SDK,
    '2026-12-04',
    'Marketing Cloud Web Site Personalization: the JavaScript beacon monitors and tracks the online behavior of web users, placing a first-party cookie that sends data for that user back to Personalization',
  ),
  privacyPolicyUrl: SALESFORCE_SOURCES.privacyPolicyUrl,
  recipientAddress: SALESFORCE_SOURCES.recipientAddress,
  recipientRepresentative: SALESFORCE_SOURCES.recipientRepresentative,
}
