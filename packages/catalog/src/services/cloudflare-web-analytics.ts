// Cloudflare Web Analytics with the JS snippet: beacon.min.js from static.cloudflareinsights.com
// posts page-load timings to cloudflareinsights.com/cdn-cgi/rum. No cookie or storage key. On a
// site proxied through Cloudflare with automatic setup, Cloudflare's edge injects the beacon and
// it reports to the site's own /cdn-cgi/rum: nothing leaves through a third-party host the gate
// could hold, so that setup has to be switched off at Cloudflare to wait for consent.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, REFERRER, DEVICE } from '../phrases.ts'
import { CLOUDFLARE, CLOUDFLARE_SOURCES } from '../recipients.ts'

export const cloudflareWebAnalytics: ServiceDefinition = {
  id: 'cloudflare-web-analytics',
  purposes: ['analytics'],
  name: 'Cloudflare Web Analytics',
  recipient: { ja: 'Cloudflare, Inc.', en: 'Cloudflare, Inc.' },
  country: 'US',
  recipientAddress: CLOUDFLARE.address,
  recipientRepresentative: CLOUDFLARE.representative,
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
  retention: {
    ja: 'ビーコンのデータは7日間そのまま保存し、その後は約10%に集約して長期保存（管理画面で見られるのは過去6か月分）',
    en: 'beacon data kept unsampled for 7 days, then aggregated down to about 10% for long-term storage (the last six months can be viewed)',
  },
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
}

/** Where each fact above came from. */
const ORIGIN = 'https://developers.cloudflare.com/web-analytics/data-metrics/data-origin-and-collection/'
const DIMENSIONS = 'https://developers.cloudflare.com/web-analytics/data-metrics/dimensions/'
const FAQ =
  'https://github.com/cloudflare/cloudflare-docs/blob/0c50ffa05a96c48067721cbe0c1d637885537479/src/content/docs/web-analytics/faq.mdx'
export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Cloudflare’s Web Analytics docs (data origin, dimensions, FAQ in github.com/cloudflare/cloudflare-docs) name only “Cloudflare” as the provider; Cloudflare, Inc. is named as Turnstile’s developer in the Turnstile Privacy Addendum, but on no page read about Web Analytics.',
  ),
  country: CLOUDFLARE_SOURCES.country,
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
  retention: /* @__PURE__ */ source(
    FAQ,
    '2026-12-05',
    'Web Analytics FAQ: unsampled beacon data is kept for the past 7 days, then aggregated down to around 10% of the original volume for long-term storage; data for the previous six months can be accessed',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'cloudflare.com/privacypolicy is Cloudflare’s privacy policy address (the Turnstile Privacy Addendum refers to “Cloudflare’s main Privacy Policy”); the policy itself came up on 2026-12-05 only in third-party copies (Princeton’s citp/privacy-policy-historical archive of it, naming Cloudflare, Inc.; a copy of the July 2025 version giving 101 Townsend St, San Francisco), not on cloudflare.com or in cloudflare/cloudflare-docs.',
  ),
  recipientAddress: CLOUDFLARE_SOURCES.recipientAddress,
  recipientRepresentative: CLOUDFLARE_SOURCES.recipientRepresentative,
}
