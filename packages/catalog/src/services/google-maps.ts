// Google Maps embed (iframe and Maps JavaScript API). Facts from Google's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT_LANGUAGE } from '../phrases.ts'
import { GOOGLE, GOOGLE_SOURCES } from '../recipients.ts'

export const googleMaps: ServiceDefinition = {
  id: 'google-maps',
  purposes: ['functional'],
  name: { ja: 'Google マップ', en: 'Google Maps' },
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  recipientAddress: GOOGLE.address,
  recipientRepresentative: GOOGLE.representative,
  data: [
    IP_ADDRESS,
    { ja: '地図を表示したページのURL', en: 'URL of the page showing the map' },
    USER_AGENT_LANGUAGE,
    { ja: '地図の操作（移動・拡大・検索）', en: 'use of the map (panning, zooming, searches)' },
    { ja: 'google.comのCookie ID（NID）', en: 'google.com cookie ID (NID)' },
  ],
  sitePurpose: { ja: '所在地の地図を表示するため', en: 'to show our location on a map' },
  recipientPurpose: {
    ja: '地図の表示、Googleのサービスの提供・改善、広告の配信のため',
    en: 'to display the map, to provide and improve Google services, and to serve ads',
  },
  hosts: [
    'www.google.com/maps/',
    'www.google.co.jp/maps/',
    'maps.google.com',
    'maps.googleapis.com',
    'maps.gstatic.com',
  ],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://myadcenter.google.com/',
  optOutKind: 'personalisation',
}

/** Google's Safety Center page on ads and data. */
const ADS_AND_DATA = 'https://safety.google/privacy/ads-and-data/'
/** Google's page on the cookies it uses. */
const GOOGLE_COOKIES = 'https://policies.google.com/technologies/cookies'
/** Google's privacy policy, archived version of 2019-10-15, on Google's policies site for China. */
const POLICY_2019 = 'https://policies.google.cn/privacy/archive/20191015?hl=en-us'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Google backs three of the five: www.google.com/maps/ (the Maps Embed API’s iframe, developers.google.com/maps/documentation/embed), maps.googleapis.com and maps.gstatic.com (developers.google.com/maps/domains, the Maps JavaScript API’s hosts), both read 2026-12-05; www.google.co.jp/maps/ and maps.google.com (older embeds) are on no Google page read here.',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'Google’s cookie page (' +
      GOOGLE_COOKIES +
      ', read 2026-12-05) says most people who use Google services have an NID or _Secure-ENID cookie, which remembers preferences; the page URL, IP address, user agent and map use are what an embed necessarily sends, but no Google page read here lists what a Maps embed transmits.',
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    'Google’s privacy policy (' +
      POLICY_2019 +
      ', read 2026-12-05) counts “embedded Google Maps” among the products it covers, but the part giving the purposes (providing, improving and developing services, personalised ads) was not in the text read here.',
  ),
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  optOutUrl: /* @__PURE__ */ unconfirmed(
    'Google’s Safety Center page on ads and data (' +
      ADS_AND_DATA +
      ', read 2026-12-05) names Ad Settings as where personalised ads are turned off, without the address myadcenter.google.com; Google’s help on My Ad Center was read only through mirrors.',
  ),
  optOutKind: /* @__PURE__ */ source(
    ADS_AND_DATA,
    '2026-12-05',
    'personalised ads can be turned off at any time: ads are still shown, most likely less relevant, wherever the person is signed in with a Google Account',
  ),
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
