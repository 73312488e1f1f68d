// LINE Tag (LINE Ads conversion and retargeting). Facts from LY Corporation's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { LY_SOURCES } from '../recipients.ts'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, LY_ADDRESS, LY_REPRESENTATIVE } from '../phrases.ts'

export const lineTag: ServiceDefinition = {
  id: 'line-tag',
  purposes: ['advertising'],
  name: { ja: 'LINE Tag', en: 'LINE Tag' },
  recipient: { ja: 'LINEヤフー株式会社', en: 'LY Corporation' },
  country: 'JP',
  data: [
    { ja: 'Cookie ID（__lt__cid、__lt__sid）', en: 'cookie IDs (__lt__cid, __lt__sid)' },
    { ja: '広告クリックID（ldtag_cl）', en: 'ad click ID (ldtag_cl)' },
    PAGE_URL,
    { ja: 'コンバージョンの種類', en: 'type of conversions' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '広告の効果を測定し、サイトを訪れた方にLINEで広告を表示するため',
    en: 'to measure our ads and to show our ads in LINE to people who visited the site',
  },
  recipientPurpose: {
    ja: 'LINE広告の配信・効果測定、LINEヤフーのサービスの提供・改善のため',
    en: 'to serve and measure LINE Ads, and to provide and improve LY Corporation’s services',
  },
  hosts: ['d.line-scdn.net/n/line_tag/', 'd.line-cdn.net/n/line_tag/', 'tr.line.me'],
  // Also suffixed per tag: __lt__cid.<hash>, __lt__sid.<hash>.
  cookies: ['__lt__cid', '__lt__cid.*', '__lt__sid', '__lt__sid.*'],
  recipientAddress: LY_ADDRESS,
  recipientRepresentative: LY_REPRESENTATIVE,
  privacyPolicyUrl: 'https://www.lycorp.co.jp/ja/company/privacypolicy/',
  optOutUrl: 'https://www.lycorp.co.jp/ja/company/privacypolicy/optout/',
  optOutKind: 'personalisation',
}

const TAG_GUIDELINE = 'https://terms2.line.me/line_tag_guideline'
/** Where each fact above came from. */
/** LINE Corporation's own Conversion API server-side tag template for Google Tag Manager (Apache-2.0). */
const CAPI_TAG =
  'https://github.com/line/line-conversion-api-server-tag/blob/c3126a9230bdd6be112b87b51e8912b19d7f78f9/src/template_code.js'
const pending = /* @__PURE__ */ unconfirmed('No URL of LY Corporation’s documentation recorded for this fact yet.')

export const sources: ServiceSources = {
  recipient: LY_SOURCES.recipient,
  country: LY_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'The LINE Tag base code (loader https://d.line-scdn.net/n/line_tag/public/release/v1/lt.js, http://d.line-cdn.net for plain http) was found on 2026-12-05 only in sites’ and third-party repositories’ copies of it, not in an LY page or repository; tr.line.me is in none of the texts read.',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    `LINE Corporation’s Conversion API server tag (${CAPI_TAG}, read 2026-12-05) reads, and may set for 2 years, the browser-id cookie __lt__cid and takes the click id from the ldtag_cl query parameter; the .<hash> suffixes and __lt__sid are seen only in public cookie captures, in no LY code or help read here.`,
  ),
  data: /* @__PURE__ */ unconfirmed(
    `What the browser tag (lt.js) sends is on no LY page or code read here. LINE’s Conversion API server tag (${CAPI_TAG}), which its README says measures on the server side what LINE Tag does, sends the click id (ldtag_cl), the browser id (__lt__cid), the page URL, title and referrer, the IP address, user agent, event name and, for standard events, value and currency; __lt__sid is in none of it.`,
  ),
  purposes: /* @__PURE__ */ source(
    TAG_GUIDELINE,
    '2026-12-04',
    'LINE Tag Usage Guidelines: LINE Tag, provided by LY Corporation, measures ad effect and serves retargeting ads',
  ),
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: /* @__PURE__ */ unconfirmed(
    'LY’s opt-out is understood to stop ad personalisation only; the page was not read here.',
  ),
  recipientAddress: LY_SOURCES.recipientAddress,
  recipientRepresentative: LY_SOURCES.recipientRepresentative,
}
