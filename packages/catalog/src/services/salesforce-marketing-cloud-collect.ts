// Salesforce Marketing Cloud Engagement's Collect Tracking Code (collect.js and the `_etmc` queue) for
// Einstein Recommendations and Personalization Builder: page, product and purchase views reported to
// <MID>.collect.igodigital.com, recommendations fetched from <client>.recs.igodigital.com.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL_TITLE, REFERRER } from '../phrases.ts'
import { SALESFORCE_SOURCES } from '../recipients.ts'

export const salesforceMarketingCloudCollect: ServiceDefinition = {
  id: 'salesforce-marketing-cloud-collect',
  purposes: ['personalization'],
  name: 'Salesforce Marketing Cloud Collect Tracking Code',
  recipient: { ja: '株式会社セールスフォース・ジャパン', en: 'Salesforce Japan Co., Ltd.' },
  country: 'JP',
  data: [
    {
      ja: 'サイトが送信するメールアドレスまたは購読者ID',
      en: 'email address or subscriber ID the site sends',
    },
    { ja: 'Salesforceが返すユーザーIDとセッションID', en: 'user ID and session ID Salesforce returns' },
    PAGE_URL_TITLE,
    REFERRER,
    { ja: '閲覧した商品・カテゴリと検索語', en: 'products and categories viewed and search terms' },
    {
      ja: '購入した商品・数量・価格と注文番号',
      en: 'items, quantities and prices purchased, and the order number',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '閲覧・購入の履歴に基づくおすすめ商品をサイトやメールで表示するため',
    en: 'to show product recommendations based on what visitors view and buy, on the site and in email',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により、閲覧・購入を訪問者ごとに記録し、おすすめを算出するため',
    en: 'to record views and purchases per visitor and compute recommendations on the site operator’s behalf',
  },
  hosts: ['igodigital.com'],
  privacyPolicyUrl: 'https://www.salesforce.com/jp/company/privacy/',
}

/** Where each fact above came from. */
const COLLECT_API = 'https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/pb-collect-tracking.htm'
const HELP = 'https://help.salesforce.com/s/articleView?language=en_US&type=5&id=mktg.'

export const sources: ServiceSources = {
  recipient: SALESFORCE_SOURCES.recipient,
  country: /* @__PURE__ */ unconfirmed('Follows the recipient; where Collect data is hosted was not read here.'),
  hosts: /* @__PURE__ */ source(
    COLLECT_API,
    '2026-12-04',
    'Einstein Recommendation Collect Tracking API: calls go to MID.collect.igodigital.com/c2/MID/track_page_view.json; Einstein Recommendations’ code loads {client_name}.recs.igodigital.com/a/v2/{client}/home/recommend.js (help mc_pb_get_code_details)',
  ),
  data: /* @__PURE__ */ source(
    COLLECT_API,
    '2026-12-04',
    'payload: page title, url, referrer, user_info.email (email or subscriber id), with the user_id and session_id returned by the first call; trackPageView sends item and search (help mc_ctc_track_page_view), trackConversion the cart’s items, quantities, prices and the order number (help mc_ctc_track_conversion); the IP address and user agent reach Salesforce with each request',
  ),
  purposes: /* @__PURE__ */ source(
    HELP + 'mc_ctc_track_conversion.htm',
    '2026-12-04',
    'Track Purchase Details: configure Collect Tracking Code to store details about a contact’s purchases from your website (Einstein and Analytics in Marketing Cloud Engagement)',
  ),
  privacyPolicyUrl: SALESFORCE_SOURCES.privacyPolicyUrl,
  recipientAddress: SALESFORCE_SOURCES.recipientAddress,
  recipientRepresentative: SALESFORCE_SOURCES.recipientRepresentative,
}
