// Cloudflare Web Analytics with the JS snippet: beacon.min.js from static.cloudflareinsights.com
// posts page-load timings to cloudflareinsights.com/cdn-cgi/rum. No cookie or storage key. On a
// site proxied through Cloudflare with automatic setup, Cloudflare's edge injects the beacon and
// it reports to the site's own /cdn-cgi/rum: nothing leaves through a third-party host the gate
// could hold, so that setup has to be switched off at Cloudflare to wait for consent.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, REFERRER, DEVICE } from '../phrases.ts'

export const cloudflareWebAnalytics: ServiceDefinition = {
  id: 'cloudflare-web-analytics',
  purposes: ['analytics'],
  name: 'Cloudflare Web Analytics',
  recipient: { ja: 'Cloudflare, Inc.', en: 'Cloudflare, Inc.' },
  country: 'US',
  data: [
    {
      ja: '閲覧したページのホスト名とパス（クエリ文字列を除く）',
      en: 'host name and path of pages viewed (without the query string)',
    },
    REFERRER,
    DEVICE,
    {
      ja: 'ページの読み込み時間の計測値（Performance API、Core Web Vitals）',
      en: 'page load timings (Performance API, Core Web Vitals)',
    },
    IP_ADDRESS,
  ],
  sitePurpose: {
    ja: 'ページの閲覧数と表示速度を把握し、サイトを改善するため',
    en: 'to count page views and measure how fast pages load, to improve the site',
  },
  recipientPurpose: {
    ja: 'ページの表示速度と閲覧状況の集計をサイト運営者に提供するため（サイトをまたいだ個人の追跡はしない）',
    en: 'to report page performance and page views to the site operator (individual visitors are not tracked across sites)',
  },
  hosts: ['cloudflareinsights.com'],
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
}

/** Where each fact above came from. */
const ORIGIN = 'https://developers.cloudflare.com/web-analytics/data-metrics/data-origin-and-collection/'
const DIMENSIONS = 'https://developers.cloudflare.com/web-analytics/data-metrics/dimensions/'
const pending = /* @__PURE__ */ unconfirmed('No URL of Cloudflare’s documentation recorded for this fact yet.')

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Cloudflare’s developer docs name Cloudflare as the provider; the legal entity (Cloudflare, Inc.) is on no Cloudflare page read here.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (United States); no Cloudflare page read here states it.',
  ),
  hosts: /* @__PURE__ */ source(
    ORIGIN,
    '2026-12-04',
    'the beacon loads from https://static.cloudflareinsights.com/beacon.min.js; data goes to https://cloudflareinsights.com/cdn-cgi/rum for sites not proxied through Cloudflare, to https://<your domain>/cdn-cgi/rum for proxied ones',
  ),
  data: /* @__PURE__ */ source(
    DIMENSIONS,
    '2026-12-04',
    'dimensions: country, host, path, referer, device type, browser, operating system; the data-origin page: timing metrics from performance.getEntriesByType(navigation); the FAQ: query strings are not logged',
  ),
  purposes: /* @__PURE__ */ source(
    ORIGIN,
    '2026-12-04',
    'collects timing metrics to show customers how their websites perform; Cloudflare does not track individual end users across customers’ Internet properties',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'cloudflare.com/privacypolicy is Cloudflare’s privacy policy address; the page was not read here.',
  ),
  recipientAddress: pending,
  recipientRepresentative: pending,
}
