// Wording shared by several services, so one correction reaches every entry that uses it.
import type { LocalizedText } from '@sekisho/core'

export const IP_ADDRESS: LocalizedText = { ja: 'IPアドレス', en: 'IP address' }
export const USER_AGENT: LocalizedText = {
  ja: 'ブラウザの種類（ユーザーエージェント）',
  en: 'browser type (user agent)',
}
export const PAGE_URL: LocalizedText = { ja: '閲覧したページのURL', en: 'URL of pages viewed' }
export const PAGE_URL_TITLE: LocalizedText = {
  ja: '閲覧したページのURLとタイトル',
  en: 'URL and title of pages viewed',
}
export const REFERRER: LocalizedText = { ja: 'リファラー', en: 'referrer' }
export const DEVICE_SCREEN: LocalizedText = {
  ja: 'ブラウザ・端末の種類と画面サイズ',
  en: 'browser, device type and screen size',
}
export const DEVICE: LocalizedText = { ja: 'ブラウザ・端末の種類', en: 'browser and device type' }
export const ORDER_NUMBER: LocalizedText = { ja: '注文番号・申込番号', en: 'order or application number' }
export const CONVERSION_PAGE_URL: LocalizedText = {
  ja: '成果が発生したページのURL',
  en: 'URL of the page where the sale or sign-up happened',
}
export const WIDGET_PAGE_URL: LocalizedText = {
  ja: 'リンク・ウィジェットを表示・クリックしたページのURL',
  en: 'URL of the page where the link or widget was shown or clicked',
}
export const CLICK_ID: LocalizedText = { ja: '広告クリックID', en: 'ad click ID' }
export const PURCHASE_VALUE: LocalizedText = { ja: '購入の金額', en: 'value of the purchase' }
export const PURCHASE_VALUE_PRODUCTS: LocalizedText = {
  ja: '購入の金額と商品コード',
  en: 'value and product codes of the purchase',
}
export const POINTER_MOVES: LocalizedText = {
  ja: 'ページ上のマウスの動き・クリック・スクロール',
  en: 'mouse movements, clicks and scrolling on the page',
}
export const CLICKS_SCROLLING: LocalizedText = {
  ja: 'ページ上のクリック・スクロール',
  en: 'clicks and scrolling on the page',
}
export const USER_AGENT_LANGUAGE: LocalizedText = {
  ja: 'ブラウザの種類（ユーザーエージェント）と言語設定',
  en: 'browser type (user agent) and language setting',
}
export const SITE_EVENTS: LocalizedText = {
  ja: 'サイトが送信するイベント（ボタンのクリック、カートへの追加、購入）と金額',
  en: 'events the site reports (button clicks, add-to-cart, purchases) with their value',
}
export const CONVERSION_VALUE: LocalizedText = { ja: 'コンバージョンの種類と金額', en: 'type and value of conversions' }
export const AFFILIATE_NETWORK_PURPOSE: LocalizedText = {
  ja: '成果の計測と報酬の計算・不正防止のため',
  en: 'to track conversions, calculate commissions and prevent fraud',
}
export const UX_PURPOSE: LocalizedText = {
  ja: 'ページの使われ方を把握し、使いやすく改善するため',
  en: 'to understand how pages are used and make them easier to use',
}
export const LY_ADDRESS: LocalizedText = {
  ja: '東京都千代田区紀尾井町1番3号',
  en: '1-3 Kioicho, Chiyoda-ku, Tokyo, Japan',
}
export const LY_REPRESENTATIVE: LocalizedText = {
  ja: '代表取締役社長CEO 出澤剛',
  en: 'Takeshi Idezawa, President and Representative Director, CEO',
}
/** The publisher's side of an affiliate link: the site that shows it is paid for what it refers. */
export const AFFILIATE_PUBLISHER_PURPOSE: LocalizedText = {
  ja: '当サイトに掲載した広告リンク経由の購入・申込を成果として計測してもらい、紹介料（成果報酬）を受け取るため',
  en: 'to have purchases and sign-ups made through the ad links on this site counted, so that this site is paid its referral commission',
}
/** The site's side of a bot check on its forms (Turnstile, reCAPTCHA). */
export const BOT_CHECK_PURPOSE: LocalizedText = {
  ja: 'フォームへの自動送信（ボット）を防ぎ、サイトと利用者を不正利用から守るため',
  en: 'to stop automated (bot) form submissions and protect the site and its visitors from abuse',
}
/** Why a bot check on the forms is strictly necessary. */
export const BOT_CHECK_NECESSARY: LocalizedText = {
  ja: 'フォームを悪用する自動送信を止める仕組みで、これがないとお問い合わせ等の送信を受け付けられないため。',
  en: 'It stops automated abuse of the forms; without it the site cannot accept what visitors send through them.',
}
export const WEB_FONTS_PURPOSE: LocalizedText = {
  ja: 'ページの文字をWebフォントで表示するため',
  en: 'to show the page’s text in web fonts',
}
export const VIDEO_EMBED_PURPOSE: LocalizedText = {
  ja: 'ページ内で動画を再生できるようにするため',
  en: 'to play videos within our pages',
}
export const EMBED_PAGE_URL: LocalizedText = {
  ja: '動画を埋め込んだページのURL',
  en: 'URL of the page embedding the video',
}
/** Where an embedded post or widget from a social network was shown (X, Facebook, Instagram). */
export const POST_EMBED_PAGE_URL: LocalizedText = {
  ja: '埋め込みを表示したページのURL',
  en: 'URL of the page showing the embed',
}
/** The site's side of a chat widget (Intercom, Channel Talk). */
export const CHAT_PURPOSE: LocalizedText = {
  ja: 'チャットで質問に答え、お知らせを表示するため',
  en: 'to answer questions in chat and show messages to visitors',
}
/** Campaign parameters a tag reads from the landing URL. */
export const UTM_PARAMETERS: LocalizedText = {
  ja: 'URLのキャンペーン情報（UTMパラメータ）',
  en: 'campaign parameters in the URL (UTM parameters)',
}
/** The recipient's side of a product-analytics tool (Amplitude, Mixpanel, Heap). */
export const ANALYSIS_FOR_OPERATOR: LocalizedText = {
  ja: '利用状況の分析結果をサイト運営者に提供するため',
  en: 'to provide usage analysis to the site operator',
}
/** What a recommendation widget with native ads records (LOGLY lift, popIn). */
export const RECOMMENDATIONS_SHOWN_CLICKED: LocalizedText = {
  ja: 'おすすめ記事・広告の表示と、どれをクリックしたか',
  en: 'which recommended articles and ads were shown and which were clicked',
}
/** The site's side of a recommendation widget with native ads (LOGLY lift, popIn). */
export const RECOMMENDATION_WIDGET_PURPOSE: LocalizedText = {
  ja: '記事の下におすすめ記事と広告を表示し、広告収入を得るため',
  en: 'to show recommended articles and ads below our articles, and to earn ad revenue',
}
