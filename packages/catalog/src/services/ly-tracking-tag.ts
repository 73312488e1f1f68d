// LY Corporation's tracking tag (計測タグ, 2025): lytag.js from tag.flvcdn.net, a global snippet on
// every page and event snippets, queued through lyDataLayer. It measures conversions and fills
// audience lists for Yahoo! JAPAN Ads display ads; it is a separate tag from ytag.js (yahoo-japan-ads)
// and from LINE Tag (line-tag), with its own cookies (_ly_*). Facts from LY's developer center and the
// GTM templates LY publishes on GitHub (yahoojp-marketing).
import type { ServiceDefinition } from '@sekisho/core'
import { LY_SOURCES } from '../recipients.ts'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, LY_ADDRESS, LY_REPRESENTATIVE } from '../phrases.ts'

export const lyTrackingTag: ServiceDefinition = {
  id: 'ly-tracking-tag',
  purposes: ['advertising'],
  name: { ja: 'LINEヤフー 計測タグ', en: 'LY Corporation tracking tag' },
  recipient: { ja: 'LINEヤフー株式会社', en: 'LY Corporation' },
  country: 'JP',
  data: [
    {
      ja: 'Cookie ID（サイトユーザーID _ly_su、広告クリックID _ly_c、補完用ID _ly_r）',
      en: 'cookie IDs (site user ID _ly_su, ad click ID _ly_c, complementary ID _ly_r)',
    },
    PAGE_URL,
    {
      ja: 'イベントの種類（ページビュー、商品・カートの閲覧、カートへの追加、検索、購入手続き、購入、申込、ログイン、予約、会員登録、支払い情報の入力、ほしい物リストへの追加）',
      en: 'type of event (page view, viewing listings, products or the cart, adding to the cart, search, checkout, purchase, lead, login, reservation, sign-up, payment details, adding to a wish list)',
    },
    {
      ja: 'イベントの金額・通貨、取引ID、商品ごとのID・カテゴリID・価格・数量、サイトが付けるラベル',
      en: 'value and currency of the event, transaction ID, each item’s ID, category ID, price and quantity, and the label the site sets',
    },
    {
      ja: 'メールアドレス・電話番号（サイトが設定した場合）',
      en: 'email address and phone number (when the site sets them)',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'Yahoo!広告 ディスプレイ広告の成果を測定し、サイトを訪れた方に広告を表示するため',
    en: 'to measure our Yahoo! JAPAN display ads and to show our ads to people who visited the site',
  },
  recipientPurpose: {
    ja: 'Yahoo!広告の配信・効果測定とオーディエンスリストの作成、LINEヤフーのサービスの提供・改善のため（サイトが止めない限り、訪問者のデータはLINEヤフーの提携企業にも送られます）',
    en: 'to serve and measure Yahoo! JAPAN Ads and build audience lists, and to provide and improve LY Corporation’s services (unless the site turns it off, visitor data is also passed to LY’s partner companies)',
  },
  hosts: ['tag.flvcdn.net'],
  cookies: ['_ly_su', '_ly_c', '_ly_r'],
  recipientAddress: LY_ADDRESS,
  recipientRepresentative: LY_REPRESENTATIVE,
  privacyPolicyUrl: 'https://www.lycorp.co.jp/ja/company/privacypolicy/',
  optOutUrl: 'https://btoptout.yahoo.co.jp/optout/index.html',
  optOutKind: 'personalisation',
}

/** Where each fact above came from; LY's identity from its filing (LY_SOURCES, as for yahoo-japan-ads and line-tag). */
/** LY's developer center for the tracking tag (ads-developers.yahoo.co.jp/ja/lytag/). */
const LYTAG_DOCS = 'https://ads-developers.yahoo.co.jp/ja/lytag/post/'
const OVERVIEW = LYTAG_DOCS + '30590623.html'
const PARAMETERS = LYTAG_DOCS + '30590635.html'
/** LY's own GTM templates (yahoojp-marketing on GitHub). */
const GLOBAL_SNIPPET =
  'https://github.com/yahoojp-marketing/gtm-template-tag-global-snippet/blob/5a4da6e03c87cb11c4a2585ee8b806c32b2b0f4e/template.tpl'
const EVENT_SNIPPET =
  'https://github.com/yahoojp-marketing/gtm-template-tag-event-snippet/blob/1d2ecc66604bc9620e3fa8069e13460d03cd505d/template.tpl'
const CAPI_TAG =
  'https://github.com/yahoojp-marketing/gtm-template-ly-conversion-api/blob/b02d8e2a678d30e18c555a8c73ce0304e59bdc5c/template.tpl'
/** Yahoo! JAPAN Ads Help: what advertisers using visit and action history must put in their privacy policy. */
const PRIVACY_POLICY_ITEMS = 'https://ads-help.yahoo.co.jp/yahooads/ydn/articledetail?lan=en&aid=585'

export const sources: ServiceSources = {
  recipient: LY_SOURCES.recipient,
  country: LY_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    GLOBAL_SNIPPET,
    '2026-12-05',
    `LY’s GTM template 計測タグ グローバルスニペット（LINEヤフー） (created 2025-06-26) injects https://tag.flvcdn.net/lytag.js, its only permitted script, and queues init and page_view commands in lyDataLayer; the event snippet template (${EVENT_SNIPPET}) loads the same script. The addresses lytag.js then sends events to are on no LY page or code read here`,
  ),
  cookies: /* @__PURE__ */ source(
    CAPI_TAG,
    '2026-12-05',
    `LY’s server-side GTM template for its Conversion API (keyed by the tracking tag’s tag ID) reads the site’s first-party cookies _ly_su (site user ID, unique within the site’s domain), _ly_c (click ID, which also arrives as the _ly_c URL parameter) and _ly_r (an ID that complements event measurement, from the yj_r URL parameter); the tag’s parameter page (${PARAMETERS}) says the global snippet keeps its identifier in a cookie on the site’s domain (useCookie, cookieDomain) or in localStorage (useLocalStorage), and LY’s GTM template turns both on by default. The localStorage key names are on no LY page or code read here, so the entry lists no storage`,
  ),
  data: /* @__PURE__ */ source(
    PARAMETERS,
    '2026-12-05',
    `パラメータについて: init takes email and phoneNumber; page_view takes label and isTest; event snippets take eventType (the event snippet template ${EVENT_SNIPPET} offers view_listing, view_product, view_cart, add_cart, search, check_out, purchase, generate_lead, login, reservation, sign_up, payment_info, add_wishlist), snippetId, transactionId, value, currency (JPY) and items (itemId, categoryId, price, quantity). Conversions can also be counted by the page URL the global snippet reports (スタートアップガイド, ${LYTAG_DOCS}30590626.html); IP address and user agent come with every request the browser makes`,
  ),
  purposes: /* @__PURE__ */ source(
    OVERVIEW,
    '2026-12-05',
    `概要: the tag measures what visitors do on the site to count conversions and add visitors to audience lists; as of June 2025 it serves Yahoo! JAPAN Ads display ads only. LY’s GTM templates add isExternalTransmission, on by default, which sends website visitors’ data to partner companies unless the site unticks it (${GLOBAL_SNIPPET})`,
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'The address of LY Corporation’s privacy policy that the Yahoo! JAPAN Ads entry gives; no tracking-tag page linking it was read here.',
  ),
  optOutUrl: /* @__PURE__ */ unconfirmed(
    'The Yahoo! JAPAN Ads opt-out page that the yahoo-japan-ads entry gives; no tracking-tag page linking it was read here.',
  ),
  optOutKind: /* @__PURE__ */ source(
    PRIVACY_POLICY_ITEMS,
    '2026-12-05',
    'Matters to be included in the Privacy Policy (display ads, for advertisers using visit and action history from their sites): the third party’s opt-out lets users halt the use of the cookie information and advertising ID collected on the site for its ad delivery',
  ),
  recipientAddress: LY_SOURCES.recipientAddress,
  recipientRepresentative: LY_SOURCES.recipientRepresentative,
}
