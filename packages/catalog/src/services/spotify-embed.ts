// Spotify Embeds: players for tracks, albums, playlists and podcasts in an iframe from
// open.spotify.com/embed/, made by the Embed HTML copied from Spotify or by the iFrame API script
// (open.spotify.com/embed/iframe-api/v1). Spotify's cookies live on spotify.com, not on the site.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT } from '../phrases.ts'

export const spotifyEmbed: ServiceDefinition = {
  id: 'spotify-embed',
  purposes: ['functional'],
  name: { ja: 'Spotify 埋め込みプレーヤー', en: 'Spotify Embeds' },
  recipient: { ja: 'Spotify AB', en: 'Spotify AB' },
  country: 'SE',
  data: [
    IP_ADDRESS,
    { ja: 'プレーヤーを埋め込んだページのURL', en: 'URL of the page embedding the player' },
    USER_AGENT,
    { ja: 'プレーヤーの操作（再生、フォロー）', en: 'use of the player (playback, follows)' },
  ],
  sitePurpose: {
    ja: '音楽やポッドキャストをページ内で再生できるようにするため',
    en: 'to let visitors play music and podcasts on our pages',
  },
  recipientPurpose: {
    ja: '音声コンテンツを配信し、作り手の紹介やフォローの機能を提供するため',
    en: 'to deliver the audio content and let listeners find out about and follow its creator',
  },
  hosts: ['open.spotify.com/embed'],
  privacyPolicyUrl: 'https://www.spotify.com/jp/legal/privacy-policy/',
}

/** Where each fact above came from. */
const EMBEDS = 'https://developer.spotify.com/documentation/embeds'
const IFRAME_API = 'https://developer.spotify.com/documentation/embeds/guides/using-the-iframe-api'
const POLICY = 'https://spotify.com/co-en/legal/privacy-policy'
/** Spotify Technology S.A.'s annual report on Form 20-F for 2025, filed with the SEC: its note on group information. */
const FORM_20F_GROUP = 'https://www.sec.gov/Archives/edgar/data/1639920/000162828026006874/R33.htm'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    POLICY,
    '2026-12-04',
    'This Privacy Policy describes how we process your personal data at Spotify AB; it applies to Spotify websites and other Spotify services which link to it (version of 10 October 2024)',
  ),
  country: /* @__PURE__ */ source(
    FORM_20F_GROUP,
    '2026-12-05',
    'Form 20-F for 2025, note Group information: principal subsidiaries as at 2025-12-31 include Spotify AB, main operating company, 100% held, country of incorporation Sweden',
  ),
  hosts: /* @__PURE__ */ source(
    IFRAME_API,
    '2026-12-04',
    'the iFrame API script is https://open.spotify.com/embed/iframe-api/v1 and replaces an element with the Embed iframe; Embed HTML copied from Spotify loads https://open.spotify.com/embed/<type>/<id>',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'No Spotify page read here says what an Embed sends; Spotify’s Korean collection notice lists URL information, cookie data, IP addresses and device types among what it collects from users of the Spotify Service.',
  ),
  purposes: /* @__PURE__ */ source(
    EMBEDS,
    '2026-12-04',
    'Embeds share interactive Spotify content on a website; users can click to listen, find out more about the creator, or follow the artist or show',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    'https://www.spotify.com/jp/legal/privacy-policy/',
    '2026-12-05',
    'Spotifyのプライバシーポリシー (発効日 2023年12月5日; the 2024-10-10 version at spotify.com/jp/legal/privacy-policy opens the same way): 本ポリシーでは、Spotify ABでお客様の個人データを処理する方法について説明します; it covers Spotify websites and other Spotify services linking to it',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'Spotify AB’s address would be in section 11 (How to contact us) of its privacy policy; the stored copies on spotify.com (jp, co-en, xk-sr, lv-lv, kr-en, se) end before it, and the developer pages on Embeds give none.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Spotify page naming a representative was found (Spotify’s privacy policies per country and its Embeds developer pages were read).',
  ),
}
