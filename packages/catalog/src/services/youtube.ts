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

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: hosts and cookie names; youtube-nocookie.com as the privacy-enhanced host is Google help 171780 as quoted elsewhere.',
)

/** Google Safety Center: “Ads and data”, on Ad Settings and personalised ads. */
const ADS_AND_DATA = 'https://safety.google/privacy/ads-and-data/'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  optOutUrl: pending,
  optOutKind: /* @__PURE__ */ source(
    ADS_AND_DATA,
    '2026-12-05',
    'turning personalised ads off in Google’s ad settings leaves ads shown but less relevant; the setting applies wherever the person is signed in with a Google Account',
  ),
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
