// X (Twitter) Pixel (uwt.js). Facts from X's public business help pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, CONVERSION_VALUE } from '../phrases.ts'
import { X_SOURCES } from '../recipients.ts'

export const xPixel: ServiceDefinition = {
  id: 'x-pixel',
  purposes: ['advertising'],
  name: { ja: 'X（旧Twitter）ピクセル', en: 'X (Twitter) Pixel' },
  recipient: { ja: 'X Corp.', en: 'X Corp.' },
  country: 'US',
  data: [
    { ja: 'Cookie ID（_twclid）', en: 'cookie ID (_twclid)' },
    { ja: '広告クリックID（twclid）', en: 'ad click ID (twclid)' },
    PAGE_URL,
    CONVERSION_VALUE,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '広告の効果を測定し、サイトを訪れた方にXで広告を表示するため',
    en: 'to measure our ads and to show our ads on X to people who visited the site',
  },
  recipientPurpose: {
    ja: '広告の配信・効果測定、Xのサービスの提供・改善のため',
    en: 'to serve and measure ads, and to provide and improve X’s services',
  },
  hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co/i/adsct', 'ads-api.x.com', 'ads-twitter.com'],
  cookies: ['_twclid'],
  privacyPolicyUrl: 'https://x.com/privacy',
  optOutUrl: 'https://x.com/settings/privacy_and_safety',
  optOutKind: 'personalisation',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: recipient, hosts, cookie names, policy and opt-out URLs: no X business help page was found.',
)

/** X's business help page “About conversion tracking”, as X serves it from its own CDN (twimg.com). */
const ABOUT_CONVERSION_TRACKING =
  'https://g2.twimg.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites/about-conversion-tracking.html'

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: pending,
  cookies: pending,
  data: pending,
  purposes: /* @__PURE__ */ source(
    ABOUT_CONVERSION_TRACKING,
    '2026-12-05',
    'the X Pixel sends conversion data to X, matched to X users by cookie IDs, click ID or email; attributed data builds Website Activity Audiences for retargeting, improves X’s optimisation models and reports campaign results',
  ),
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: pending,
  recipientAddress: X_SOURCES.recipientAddress,
  recipientRepresentative: X_SOURCES.recipientRepresentative,
}
