// Sprocket (web customer-experience tool: pop-ups timed to what the visitor does) by Sprocket Inc.:
// the Sprocket tag loads sprocket-jssdk.js from assets.v2.sprocket.bz with the site's config from
// assets.sprocket.bz, keeps a guest id and a user id in first-party cookies and localStorage
// (_sprocket_, _spr_*), and measures page views, scrolling and clicks. The site may add data-linkage
// tags that send member, login, purchase and cart data. Sprocket also keeps keys in the localStorage
// of its own origin (sprocket, s_<service id>, navigation.*), which the site cannot remove.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER, DEVICE, CLICKS_SCROLLING } from '../phrases.ts'

export const sprocket: ServiceDefinition = {
  id: 'sprocket',
  purposes: ['personalization'],
  name: 'Sprocket',
  recipient: { ja: '株式会社Sprocket', en: 'Sprocket Inc.' },
  country: 'JP',
  data: [
    {
      ja: 'Cookie・ローカルストレージに保存するゲストID・ユーザーID（_sprocket_、_spr_.uid）',
      en: 'guest ID and user ID kept in cookies and localStorage (_sprocket_, _spr_.uid)',
    },
    PAGE_URL,
    CLICKS_SCROLLING,
    REFERRER,
    { ja: '来訪回数と経過時間', en: 'number of visits and time elapsed' },
    DEVICE,
    {
      ja: 'サイトがデータ連携タグで送る会員情報（会員ID、会員登録日時、性別、誕生日、国、都道府県、保有ポイント数、当月失効ポイント数、会員グループ、メール送信の可否、LINE連携の有無、累計購入回数・金額、初回・最終購入日）とログイン状態',
      en: 'member details the site sends with data-linkage tags (member ID, registration date, gender, birthday, country, prefecture, points held, points expiring this month, member group, whether email may be sent, whether LINE is linked, number and total of past purchases, first and last purchase dates) and login state',
    },
    {
      ja: 'サイトがデータ連携タグで送る購入・カートの内容（注文ID、合計金額、消費税額、送料、送料無料かどうか、商品ごとのID・商品名・価格・数量・カテゴリ・ブランド）',
      en: 'purchase and cart contents the site sends with data-linkage tags (order ID, total, consumption tax, shipping fee, whether shipping is free, and each item’s ID, name, price, quantity, category and brand)',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '閲覧状況に合わせたご案内（ポップアップ）を表示し、サイトを使いやすく改善するため',
    en: 'to show guidance (pop-ups) suited to how the site is being used, and to make the site easier to use',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により、行動データの分析とポップアップ表示の機能を提供するため',
    en: 'to provide behaviour analysis and pop-up messaging to the site operator on its behalf',
  },
  hosts: ['sprocket.bz'],
  cookies: ['_spr_*', '_sprocket_'],
  storage: ['_spr_*', '_sprocket_'],
  privacyPolicyUrl: 'https://www.sprocket.bz/terms-of-use.html',
  recipientRepresentative: { ja: 'CEO 深田浩嗣', en: '深田浩嗣, CEO' },
}

/** Where each fact above came from: Sprocket's own GTM container, help center, developer hub, terms and blog. */
const GTM_CONTAINER =
  'https://github.com/sprocket-inc/gtm-sprocket/blob/dc05970a8e45720220f3bb8947cc30289aa34e04/container/sprocket.json'
const STORAGE_HELP =
  'https://support.sprocket.bz/hc/ja/articles/900002338366-%E3%83%96%E3%83%A9%E3%82%A6%E3%82%B6%E3%83%BC%E3%81%AB%E4%BF%9D%E6%8C%81%E3%81%99%E3%82%8B%E6%83%85%E5%A0%B1'
const PLATFORM = 'https://www.sprocket.bz/service/platform/'
const USER_DATA = 'https://developer.sprocket.bz/docs/user-data'
const PURCHASE_DATA = 'https://developer.sprocket.bz/docs/purchase-data'
const CART_DATA = 'https://developer.sprocket.bz/docs/cart-data'
const LOGIN_STATUS = 'https://developer.sprocket.bz/docs/login-status'
const TERMS = 'https://www.sprocket.bz/terms-of-use.html'
const BLOG_2021 = 'https://www.sprocket.bz/blog/20210819.html'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    TERMS,
    '2026-12-05',
    'Sprocket利用規約 Article 1: the service is provided by 株式会社Sprocket; the en form renders 株式会社 as Inc., as the company’s GitHub organisation sprocket-inc does',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'The Sprocket pages read here (terms of use, help center, developer hub) give no address; JP follows from the company form 株式会社 and the service being offered in Japanese from sprocket.bz, not from a page stating where the company is.',
  ),
  hosts: /* @__PURE__ */ source(
    GTM_CONTAINER,
    '2026-12-05',
    'Sprocket’s own GTM container (tag_sprocket_common, 2021-05-13) loads //assets.v2.sprocket.bz/js/sprocket-jssdk.js with #config=//assets.sprocket.bz/config/<service id>.json; the hosts the SDK then calls were in no Sprocket page read here, and sprocket.bz covers all its subdomains',
  ),
  cookies: /* @__PURE__ */ source(
    STORAGE_HELP,
    '2026-12-05',
    'help center, ブラウザーに保持する情報 (list as of 2023-12): first-party cookies _spr_.nav.stat.<service id>, _spr_s_<service id>, _sprocket_ (guest id), _spr_.oo (opt-out flag), _spr_.uid (user id), _spr_.status.*',
  ),
  storage: /* @__PURE__ */ source(
    STORAGE_HELP,
    '2026-12-05',
    'same list: first-party localStorage _spr_.nav.stat.<service id>, _sprocket_, _spr_.uid, _spr_.status.*; the keys it lists under Sprocket’s own origin (sprocket, s_<service id>, navigation.*, sprocket.gears.navigation, sprocket.trackers:*) are not the site’s',
  ),
  data: /* @__PURE__ */ source(
    PLATFORM,
    '2026-12-05',
    'behaviour data: viewing pages, scrolling and clicking (tapping); segments by number of visits, device, elapsed time and where the visitor came from; the data-linkage tags send the member fields of ' +
      USER_DATA +
      ', the login state of ' +
      LOGIN_STATUS +
      ', and the purchase and cart fields of ' +
      PURCHASE_DATA +
      ' and ' +
      CART_DATA +
      '; ids from ' +
      STORAGE_HELP +
      '; an IP address and user agent reach any server the browser calls',
  ),
  purposes: /* @__PURE__ */ source(
    PLATFORM,
    '2026-12-05',
    'a web customer-service tool that analyses visitors’ behaviour and shows pop-ups at the right moment, and finds where visitors get stuck so that the site can be improved',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'No Sprocket privacy policy page was read here; the Sprocket terms of use (www.sprocket.bz/terms-of-use.html, read in its opening articles, which define the site’s visitors as 訪問者) are given instead. A /privacy page on sprocket.bz is named only in third-party notes.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No Sprocket page giving its address was read here: the terms of use, help center and developer hub name the company only, and its company profile (sprocket.bz/company/outline.html, named in third-party notes) was not among the stored pages searched on 2026-12-05.',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    BLOG_2021,
    '2026-12-05',
    'Sprocket’s own blog post of 2021-08 (on its Series C funding) names 深田 浩嗣 as CEO, who founded Sprocket in 2014; no Sprocket page giving the name in Latin letters was read, so the en form keeps it in kanji',
  ),
}
