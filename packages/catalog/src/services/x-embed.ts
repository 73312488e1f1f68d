// Embedded X (Twitter) posts, timelines and buttons (X for Websites, widgets.js). The widgets render
// as iframes from X, whose cookies live on X's domains, so there is no first-party cookie to erase.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, POST_EMBED_PAGE_URL } from '../phrases.ts'
import { X_SOURCES } from '../recipients.ts'

export const xEmbed: ServiceDefinition = {
  id: 'x-embed',
  purposes: ['functional'],
  name: { ja: 'X（旧Twitter）の埋め込み投稿・ボタン', en: 'X (Twitter) embedded posts and buttons' },
  recipient: { ja: 'X Corp.', en: 'X Corp.' },
  country: 'US',
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
const OVERVIEW = 'https://docs.x.com/x-for-websites/overview'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'X Corp. is understood to run X for Websites; X’s overview (' +
      OVERVIEW +
      ') only says that using X for Websites means agreeing to the X Developer Agreement and Policy, and no X page naming the recipient was read here.',
  ),
  country: /* @__PURE__ */ unconfirmed('Follows the recipient (United States); no X page read here states it.'),
  hosts: /* @__PURE__ */ unconfirmed(
    'X’s set-up guide (docs.x.com/x-for-websites/javascript-api/guides/set-up-x-for-websites) loads https://platform.x.com/widgets.js, and X’s overview (' +
      OVERVIEW +
      ') shows an embedded Post as an iframe from https://platform.x.com/embed/Tweet.html; platform.twitter.com/widgets.js (in older embed codes still pasted on many pages) and syndication.twitter.com appear only in third-party pages and CSP lists, not on an X page read here.',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'X’s docs say the widgets render as iframes and can help personalise content and ads for X users; the items sent are not listed on an X page read here.',
  ),
  purposes: /* @__PURE__ */ source(
    PROPERTIES,
    '2026-12-04',
    'Do not track parameter: X widgets on a site may help to personalize content and suggestions for X users, including ads; sites can opt out with twitter:dnt',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'x.com/privacy is X’s privacy policy address; copies of the page (“X Privacy Policy”, canonical https://x.com/en/privacy) were read only on third-party mirrors, not on x.com.',
  ),
  recipientAddress: X_SOURCES.recipientAddress,
  recipientRepresentative: X_SOURCES.recipientRepresentative,
}
