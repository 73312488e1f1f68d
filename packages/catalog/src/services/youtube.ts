// YouTube embedded player (iframe and IFrame Player API). Facts from Google's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT_LANGUAGE, EMBED_PAGE_URL, VIDEO_EMBED_PURPOSE } from '../phrases.ts'
import { GOOGLE, GOOGLE_SOURCES } from '../recipients.ts'

export const youtube: ServiceDefinition = {
  id: 'youtube',
  purposes: ['functional'],
  name: 'YouTube',
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  recipientAddress: GOOGLE.address,
  recipientRepresentative: GOOGLE.representative,
  data: [
    IP_ADDRESS,
    EMBED_PAGE_URL,
    USER_AGENT_LANGUAGE,
    { ja: '動画の再生状況（再生・停止・視聴時間）', en: 'playback (play, pause, time watched)' },
    { ja: 'youtube.comのCookie ID（VISITOR_INFO1_LIVE、YSC）', en: 'youtube.com cookie IDs (VISITOR_INFO1_LIVE, YSC)' },
  ],
  sitePurpose: VIDEO_EMBED_PURPOSE,
  recipientPurpose: {
    ja: '動画の配信、視聴の統計、不正防止、広告の配信のため',
    en: 'to deliver the video, for viewing statistics, to prevent abuse, and to serve ads',
  },
  hosts: [
    'www.youtube.com/embed/',
    'www.youtube.com/iframe_api',
    'www.youtube.com/s/player/',
    'www.youtube-nocookie.com',
    'i.ytimg.com',
  ],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://myadcenter.google.com/',
  optOutKind: 'personalisation',
}

/** YouTube's own player sample (github.com/youtube/api-samples): loads the IFrame Player API. */
const PLAYER_SAMPLE =
  'https://github.com/youtube/api-samples/blob/2f9d805e36b23e9ad960c63890352145e5f73631/player/index.html'
/** Google's “How Google uses cookies”. */
const GOOGLE_COOKIES = 'https://policies.google.com/technologies/cookies'

/** Google Safety Center: “Ads and data”, on Ad Settings and personalised ads. */
const ADS_AND_DATA = 'https://safety.google/privacy/ads-and-data/'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'YouTube’s player sample (' +
      PLAYER_SAMPLE +
      ', read 2026-12-05) loads <script src="https://www.youtube.com/iframe_api">, and the IFrame Player API reference (developers.google.com/youtube/iframe_api_reference) was read only in its opening; www.youtube-nocookie.com as the privacy-enhanced host is Google help 171780 only as quoted in issues and plugins, and /embed/, /s/player/ and i.ytimg.com are on no Google page read here.',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'Google’s cookie page (' +
      GOOGLE_COOKIES +
      ', read 2026-12-05) was read on policies.google.com only in its opening; VISITOR_INFO1_LIVE (preferences, 6 months) and YSC (session, against forged requests) were read only in copies of it on other sites; what the embedded player sends (page URL, playback) is on no Google page read here.',
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    'Google’s Safety Center page on ads and data (' +
      ADS_AND_DATA +
      ') covers ads only; no Google page read here states what the embedded player’s data is used for (delivery, statistics, abuse prevention).',
  ),
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  optOutUrl: /* @__PURE__ */ unconfirmed(
    'Google’s Safety Center page on ads and data (' +
      ADS_AND_DATA +
      ', read 2026-12-05) names Ad Settings as the control without giving an address; myadcenter.google.com is on no Google page read here.',
  ),
  optOutKind: /* @__PURE__ */ source(
    ADS_AND_DATA,
    '2026-12-05',
    'turning personalised ads off in Google’s ad settings leaves ads shown but less relevant; the setting applies wherever the person is signed in with a Google Account',
  ),
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
