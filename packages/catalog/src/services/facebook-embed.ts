// Facebook social plugins and embedded posts and videos: the Facebook SDK for JavaScript
// (connect.facebook.net/<locale>/sdk.js) or iframes from www.facebook.com/plugins/. The SDK's path
// carries a locale, so the two a Japanese site uses are listed; Meta Pixel's bare
// connect.facebook.net still holds the others (as advertising). Facebook's cookies live on facebook.com.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, POST_EMBED_PAGE_URL } from '../phrases.ts'
import { META, META_SOURCES } from '../recipients.ts'

export const facebookEmbed: ServiceDefinition = {
  id: 'facebook-embed',
  purposes: ['functional'],
  name: { ja: 'Facebook の埋め込み投稿・ソーシャルプラグイン', en: 'Facebook embedded posts and social plugins' },
  recipient: { ja: 'Meta Platforms, Inc.', en: 'Meta Platforms, Inc.' },
  country: 'US',
  recipientAddress: META.address,
  recipientRepresentative: META.representative,
  data: [
    POST_EMBED_PAGE_URL,
    {
      ja: 'facebook.comのCookie（Facebookにログインしている場合はそのアカウント）',
      en: 'facebook.com cookies (and the Facebook account when logged in)',
    },
    { ja: 'プラグインの表示と操作（いいね!、シェア）', en: 'views of and actions in the plugins (likes, shares)' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'Facebookの投稿・動画・ページをページ内に表示し、いいね!・シェアのボタンを置くため',
    en: 'to show Facebook posts, videos and Pages within our pages and offer like and share buttons',
  },
  recipientPurpose: {
    ja: 'プラグインの表示と、Metaの製品の提供・改善のため',
    en: 'to display the plugins and to provide and improve Meta products',
  },
  hosts: ['connect.facebook.net/en_US/sdk', 'connect.facebook.net/ja_JP/sdk', 'www.facebook.com/plugins/'],
  privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
}

/** Where each fact above came from. */
const QUICKSTART = 'https://developers.facebook.com/docs/javascript/quickstart'

export const sources: ServiceSources = {
  recipient: META_SOURCES.recipient,
  country: META_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Meta’s quickstart loads the SDK from https://connect.facebook.net/en_US/sdk.js (other locales replace en_US, as ja_JP); the plugin iframes at www.facebook.com/plugins/<plugin>.php (and /v<version>/plugins/ from the SDK) are seen in pasted plugin code, not on a Meta page read here.',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'Meta’s plugin pages read here describe what the plugins show, not what they send; Meta’s newsroom post “Hard Questions: What Data Does Facebook Collect When I’m Not Using Facebook” (about.fb.com/news/2018/04/data-off-facebook/) says Meta receives information from sites using social plugins even from people logged out or without an account, but the part listing the items was not in the stored text read.',
  ),
  purposes: /* @__PURE__ */ source(
    QUICKSTART,
    '2026-12-04',
    'the Facebook SDK for JavaScript enables the Like Button and other Social Plugins on a site; Embedded Posts (developers.facebook.com/documentation/plugins/embedded-posts) put public posts into a web page',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'facebook.com/privacy/policy/ is Meta’s privacy policy address; it was read only through proxies of m.facebook.com and an archive of mbasic.facebook.com/privacy/policy/printable/, not on facebook.com (the same Meta Privacy Policy is served on privacycenter.instagram.com/policy/).',
  ),
  recipientAddress: META_SOURCES.recipientAddress,
  recipientRepresentative: META_SOURCES.recipientRepresentative,
}
