// Google Maps embed (iframe and Maps JavaScript API). Facts from Google's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
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

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: hosts and the NID cookie: no Google page listing Maps embed hosts or cookies was found.',
)

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Google backs three of the five: www.google.com/maps/ (the Maps Embed API’s iframe, developers.google.com/maps/documentation/embed), maps.googleapis.com and maps.gstatic.com (developers.google.com/maps/domains, the Maps JavaScript API’s hosts), both read 2026-12-05; www.google.co.jp/maps/ and maps.google.com (older embeds) are on no Google page read here.',
  ),
  data: pending,
  purposes: pending,
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  optOutUrl: pending,
  optOutKind: pending,
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
