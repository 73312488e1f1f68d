// X (Twitter) Pixel (uwt.js). Facts from X's public business help pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, CONVERSION_VALUE } from '../phrases.ts'
import { X, X_SOURCES } from '../recipients.ts'

export const xPixel: ServiceDefinition = {
  id: 'x-pixel',
  purposes: ['advertising'],
  name: { ja: 'X（旧Twitter）ピクセル', en: 'X (Twitter) Pixel' },
  recipient: { ja: 'X Corp.', en: 'X Corp.' },
  country: 'US',
  recipientAddress: X.address,
  data: [
    { ja: 'Cookie ID（_twclid、_twpid）', en: 'cookie IDs (_twclid, _twpid)' },
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
  cookies: ['_twclid', '_twpid'],
  privacyPolicyUrl: 'https://x.com/privacy',
  optOutUrl: 'https://x.com/settings/privacy_and_safety',
  optOutKind: 'personalisation',
}

/** Where each fact above came from. Looked for again on 2026-12-05 in the stored copies of X's pages. */
const CONVERSION_TRACKING =
  'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites'

/** X's business help page “About conversion tracking”, as X serves it from its own CDN (twimg.com). */
const ABOUT_CONVERSION_TRACKING =
  'https://g2.twimg.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites/about-conversion-tracking.html'
/** X's help page on the settings offered when an account is created (Japanese). */
const NEW_ACCOUNT_SETTINGS = 'https://help.twitter.com/ja/managing-your-account/new-account-settings'
/** X's own sample of the pixel's base code (xdevplatform/x-pixel-samples, Next.js store). */
const PIXEL_SAMPLE =
  'https://github.com/xdevplatform/x-pixel-samples/blob/f51dde3f5df8c95ffd41a1731f04e6359546a696/nextjs-store/components/x-pixel.tsx'
/** Twitter's Chrome extension that checks conversion tags (xdevplatform/analytics-tag-check). */
const TAG_CHECK =
  'https://github.com/xdevplatform/analytics-tag-check/blob/4578988c866061d1f36a5612fecf5ae85ffc992a/background.js'
/** X's Conversion API guide in its docs repository (docs.x.com/x-ads-api/measurement/web-conversions). */
const WEB_CONVERSIONS =
  'https://github.com/xdevplatform/docs/blob/0bfed9f09b710d6265e129f58b781449ea7e14ff/x-ads-api/measurement/web-conversions.mdx'
/** X's guide to its official Conversion API tag for a GTM server container (docs.x.com/x-ads-api/measurement/gtm-server-side). */
const GTM_SERVER_SIDE =
  'https://github.com/xdevplatform/docs/blob/2c58aa4d3cbe13c1ab13fdeedc25e4aa9e671a27/x-ads-api/measurement/gtm-server-side.mdx'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'X’s conversion-tracking pages read (' +
      CONVERSION_TRACKING +
      ' and “About conversion tracking”) speak of “X” and its Conversion Tracking Program terms, not read here, and name no company; X’s Developer Agreement and Ads API Agreement in its docs repository (developer-terms/agreement.mdx, ads-api-agreement.mdx) make X Corp. the party outside the EU, EFTA States and the UK, but neither covers an advertiser’s pixel.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (X Corp., United States, per X’s developer and Ads API agreements for parties outside the EU, EFTA States and the UK); no X page read here states it for the pixel.',
  ),
  hosts: /* @__PURE__ */ unconfirmed(
    'X’s own code names three of the five patterns: its pixel sample loads https://static.ads-twitter.com/uwt.js (' +
      PIXEL_SAMPLE +
      '), Twitter’s tag-check extension watches requests to https://analytics.twitter.com/i/adsct (' +
      TAG_CHECK +
      '), and the Conversion API guide posts to ads-api.x.com …/measurement/conversions/:pixel_id (' +
      WEB_CONVERSIONS +
      ', a server-to-server call with OAuth tokens, not one the browser makes). t.co/i/adsct and the bare ads-twitter.com appear only in third-party copies of the code and CSP lists.',
  ),
  cookies: /* @__PURE__ */ source(
    GTM_SERVER_SIDE,
    '2026-12-05',
    'Step 7, identifiers for matching: the first-party cookie _twpid, usually set by the X Pixel, and the first-party cookie _twclid, which keeps the twclid click ID from the landing-page URL (about 390 days)',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'X’s “About conversion tracking” names the identifiers used for matching (cookie IDs, Click ID, email) and the conversion data the pixel sends; X’s Conversion API guide (' +
      WEB_CONVERSIONS +
      ') and its GTM server-tag guide (' +
      GTM_SERVER_SIDE +
      ') list twclid (from the URL or the _twclid cookie), the _twpid cookie, hashed email and phone, IP address, user agent, the page URL and value, but for conversions a server sends, not for what the pixel itself sends.',
  ),
  purposes: /* @__PURE__ */ source(
    ABOUT_CONVERSION_TRACKING,
    '2026-12-05',
    'the X Pixel sends conversion data to X, matched to X users by cookie IDs, click ID or email; attributed data builds Website Activity Audiences for retargeting, improves X’s optimisation models and reports campaign results',
  ),
  privacyPolicyUrl: X_SOURCES.privacyPolicyUrl,
  optOutUrl: /* @__PURE__ */ unconfirmed(
    'x.com/settings/privacy_and_safety is the settings page of the logged-in app; no X page read here gives that address.',
  ),
  optOutKind: /* @__PURE__ */ source(
    NEW_ACCOUNT_SETTINGS,
    '2026-12-05',
    'among the settings a new account chooses is “Xでのアクティビティに基づいてカスタマイズされた広告を受け取る”: the choice is whether ads are customised, working with ad partners',
  ),
  recipientAddress: X_SOURCES.recipientAddress,
  recipientRepresentative: X_SOURCES.recipientRepresentative,
}
