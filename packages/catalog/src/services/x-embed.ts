// Embedded X (Twitter) posts, timelines and buttons (X for Websites, widgets.js). The widgets render
// as iframes from X, whose cookies live on X's domains, so there is no first-party cookie to erase.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, POST_EMBED_PAGE_URL } from '../phrases.ts'
import { X, X_DEVELOPER_AGREEMENT, X_FOR_WEBSITES_PRIVACY, X_SOURCES } from '../recipients.ts'

export const xEmbed: ServiceDefinition = {
  id: 'x-embed',
  purposes: ['functional'],
  name: { ja: 'X（旧Twitter）の埋め込み投稿・ボタン', en: 'X (Twitter) embedded posts and buttons' },
  recipient: { ja: 'X Corp.', en: 'X Corp.' },
  country: 'US',
  recipientAddress: X.address,
  data: [
    POST_EMBED_PAGE_URL,
    {
      ja: 'x.comのCookie（Xにログインしている場合はそのアカウント）',
      en: 'x.com cookies (and the X account when logged in)',
    },
    { ja: '埋め込み・ボタンの表示とクリック', en: 'views of and clicks on the embeds and buttons' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'Xの投稿やタイムラインをページ内に表示し、共有・フォローのボタンを置くため',
    en: 'to show X posts and timelines within our pages and offer share and follow buttons',
  },
  recipientPurpose: {
    ja: '埋め込みの表示と、Xでのコンテンツ・おすすめ・広告のパーソナライズのため',
    en: 'to display the embeds and to personalise content, suggestions and ads on X',
  },
  hosts: ['platform.x.com', 'platform.twitter.com', 'syndication.twitter.com'],
  privacyPolicyUrl: 'https://x.com/privacy',
}

/** Where each fact above came from. */
const PROPERTIES = 'https://docs.x.com/ja/x-for-websites/webpage-properties'
/** Pages of X's docs repository (docs.x.com), each at the commit read. */
const X_DOCS = 'https://github.com/xdevplatform/docs/blob/'
const OVERVIEW = X_DOCS + '0bfed9f09b710d6265e129f58b781449ea7e14ff/x-for-websites/overview.mdx'
const SET_UP =
  X_DOCS + '1f5173f8e4613ac9f5cc22a342b39ddb308eab7f/x-for-websites/javascript-api/guides/set-up-x-for-websites.mdx'
const WEB_INTENTS = X_DOCS + '1e93c8ad8a55e9e6f4d832ada829b1987591eefe/x-for-websites/web-intents/overview.mdx'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    X_DEVELOPER_AGREEMENT,
    '2026-12-05',
    'X Developer Agreement, which X for Websites users accept (' +
      OVERVIEW +
      '): “X” means X Corp. (865 FM 1209, Building 2, Bastrop, TX 78602, USA) if your principal place of business is outside the European Union, EFTA States and the United Kingdom, X Internet Unlimited Company (Dublin) if inside',
  ),
  country: /* @__PURE__ */ source(
    X_DEVELOPER_AGREEMENT,
    '2026-12-05',
    'X Corp., 865 FM 1209, Building 2, Bastrop, TX 78602, USA, for sites outside the EU, EFTA States and the UK',
  ),
  hosts: /* @__PURE__ */ unconfirmed(
    'X’s docs repository names two of the three hosts: the set-up guide (' +
      SET_UP +
      ') loads https://platform.x.com/widgets.js and the overview (' +
      OVERVIEW +
      ') shows an embedded Post as an iframe from https://platform.x.com/embed/Tweet.html; the Web Intents page (' +
      WEB_INTENTS +
      ') loads https://platform.twitter.com/widgets.js and speaks of the dependency on platform.twitter.com. syndication.twitter.com is in none of the X for Websites pages of that repository read on 2026-12-05 (set-up, overview, oEmbed API, embedded-post FAQ, webpage properties, privacy, Web Intents), only in third-party pages and CSP lists.',
  ),
  data: /* @__PURE__ */ source(
    X_FOR_WEBSITES_PRIVACY,
    '2026-12-05',
    'when you view embedded Posts, buttons or timelines, X may receive the web page you visited, your IP address, browser type, operating system and cookie information; buttons open X’s Web Intents on x.com, which bring the viewer into the logged-in experience (' +
      WEB_INTENTS +
      ')',
  ),
  purposes: /* @__PURE__ */ source(
    PROPERTIES,
    '2026-12-04',
    'Do not track parameter: X widgets on a site may help to personalize content and suggestions for X users, including ads; sites can opt out with twitter:dnt',
  ),
  privacyPolicyUrl: X_SOURCES.privacyPolicyUrl,
  recipientAddress: X_SOURCES.recipientAddress,
  recipientRepresentative: X_SOURCES.recipientRepresentative,
}
