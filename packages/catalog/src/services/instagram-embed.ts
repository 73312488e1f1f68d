// Embedded Instagram posts and Reels: the embed code from a post's Embed button (a blockquote and
// www.instagram.com/embed.js), which renders the post in an iframe from /p/<code>/embed or
// /reel/<code>/embed. Instagram's cookies live on instagram.com, not on the site.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, POST_EMBED_PAGE_URL } from '../phrases.ts'
import { META, META_SOURCES } from '../recipients.ts'

export const instagramEmbed: ServiceDefinition = {
  id: 'instagram-embed',
  purposes: ['functional'],
  name: { ja: 'Instagram の埋め込み投稿', en: 'Instagram embedded posts' },
  recipient: { ja: 'Meta Platforms, Inc.', en: 'Meta Platforms, Inc.' },
  country: 'US',
  recipientAddress: META.address,
  recipientRepresentative: META.representative,
  data: [
    POST_EMBED_PAGE_URL,
    {
      ja: 'instagram.comのCookie（Instagramにログインしている場合はそのアカウント）',
      en: 'instagram.com cookies (and the Instagram account when logged in)',
    },
    {
      ja: '埋め込み投稿の表示と操作（再生、クリック）',
      en: 'views of and actions on the embedded posts (plays, clicks)',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'Instagramの投稿やリールをページ内に表示するため',
    en: 'to show Instagram posts and Reels within our pages',
  },
  recipientPurpose: {
    ja: '埋め込み投稿の表示と、Metaの製品の提供・改善のため',
    en: 'to display the embedded posts and to provide and improve Meta products',
  },
  hosts: ['www.instagram.com/embed.js', 'www.instagram.com/p/', 'www.instagram.com/reel/'],
  privacyPolicyUrl: 'https://privacycenter.instagram.com/policy',
}

/** Where each fact above came from. */
const EMBED_BUTTON = 'https://developers.facebook.com/docs/instagram-platform/embed-button'
/** Meta's Privacy Policy as served on privacycenter.instagram.com (its 2022 version). */
const POLICY_2022 = 'https://privacycenter.instagram.com/policy/version/privacy_policy_2022/'

export const sources: ServiceSources = {
  recipient: META_SOURCES.recipient,
  country: META_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Meta’s Embed button and oEmbed pages (developers.facebook.com/docs/instagram-platform/embed-button and …/oembed, read 2026-12-05) say the embed HTML is copied from a post or returned by graph.facebook.com/instagram_oembed without quoting it; the script www.instagram.com/embed.js and the iframes at /p/<code>/embed are seen in copies of that HTML (pasted code, WordPress plugins), not on a Meta page read here.',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'Meta’s embedding pages read here describe what an embedded post shows (the owner’s username and a link to the profile), not what it sends; Meta’s Privacy Policy (' +
      POLICY_2022 +
      ') covers Instagram, but the part read lists no items for embeds.',
  ),
  purposes: /* @__PURE__ */ source(
    EMBED_BUTTON,
    '2026-12-04',
    'a public photo, video, Reel or Guide post’s embed HTML code embeds the post in other websites, with attribution to the post owner',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    POLICY_2022,
    '2026-12-05',
    'Meta’s Privacy Policy (“We at Meta want you to understand what information we collect, and how we use and share it”) is served under privacycenter.instagram.com/policy/, this page being its 2022 version',
  ),
  recipientAddress: META_SOURCES.recipientAddress,
  recipientRepresentative: META_SOURCES.recipientRepresentative,
}
