// Google Ads conversion tracking and remarketing (gtag.js with an AW- id). Cookies checked against
// Google's help pages on the conversion linker and _gcl cookies; hosts from Google's tag snippets.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER } from '../phrases.ts'
import { GOOGLE, GOOGLE_SOURCES } from '../recipients.ts'

export const googleAds: ServiceDefinition = {
  id: 'google-ads',
  purposes: ['advertising'],
  name: { ja: 'Google 広告', en: 'Google Ads' },
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  recipientAddress: GOOGLE.address,
  recipientRepresentative: GOOGLE.representative,
  data: [
    { ja: 'Cookie ID（_gcl_au、_gcl_aw）', en: 'cookie IDs (_gcl_au, _gcl_aw)' },
    { ja: '広告クリックID（gclid）', en: 'ad click ID (gclid)' },
    PAGE_URL,
    REFERRER,
    { ja: 'コンバージョンの種類・日時・金額', en: 'type, time and value of conversions' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '広告の効果を測定し、サイトを訪れた方にGoogleの広告を表示するため',
    en: 'to measure the results of our ads and to show our ads on Google to people who visited the site',
  },
  recipientPurpose: {
    ja: '広告の配信・効果測定・不正防止、Googleのサービスの提供・改善のため',
    en: 'to serve and measure ads, to prevent fraud, and to provide and improve Google services',
  },
  // gtag.js serves a Google tag by its id, in any parameter order (the gate matches the `id`
  // parameter): AW- (Google Ads), DC- (Floodlight, Campaign Manager 360) and GT- (a Google tag
  // made for an Ads or Merchant Center account; it may also carry an analytics destination, so
  // the stricter purpose holds it).
  hosts: [
    'www.googletagmanager.com/gtag/js?id=AW-',
    'www.googletagmanager.com/gtag/js?id=DC-',
    'www.googletagmanager.com/gtag/js?id=GT-',
    'googleadservices.com',
    'googleads.g.doubleclick.net',
    'www.google.com/pagead/',
    'www.google.co.jp/pagead/',
  ],
  // The conversion linker keeps ad-click data in first-party _gcl_ cookies (_gcl_au, _gcl_aw, _gcl_dc, ...).
  cookies: ['_gcl_*'],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://adssettings.google.com/',
  optOutKind: 'personalisation',
  checked: '2026-11-27',
}

const GAC_GCL = 'https://support.google.com/analytics/answer/7519794'
/** Google Safety Center: “Ads and data”, on Ad Settings and personalised ads. */
const ADS_AND_DATA = 'https://safety.google/privacy/ads-and-data/'
/** Google's Site Kit plugin (its own code): the Ads module configures gtag.js with the AW- conversion ID. */
const SITE_KIT_ADS =
  'https://github.com/google/site-kit-wp/blob/09f651adeb39464b3382e042db80e77779a22911/includes/Modules/Ads/Tag_Matchers.php'
/** Google's 'How Google uses information from sites or apps that use our services', in an older Icelandic version on google.is. */
const PARTNERS_IS = 'http://www.google.is/intl/is/policies/privacy/partners/'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Google’s Site Kit (' +
      SITE_KIT_ADS +
      ", read 2026-12-05) detects an Ads tag as gtag('config', 'AW-…') loaded through www.googletagmanager.com/gtag/js?id=; googleadservices.com, googleads.g.doubleclick.net and www.google.com/pagead/ are in the Google Ads part of Google’s CSP guide (developers.google.com/tag-platform/security/guides/csp) as sites quote it, but the stored text of that guide reached only its opening; DC- and GT- ids and www.google.co.jp/pagead/ are on no Google page read here.",
  ),
  cookies: /* @__PURE__ */ source(
    GAC_GCL,
    '2026-12-04',
    'the _gcl cookies keep campaign data (the GCLID) in first-party cookies named _gcl_<…>',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'Google’s page on sites that use its services (' +
      PARTNERS_IS +
      ', older Icelandic version, read 2026-12-05) says the browser sends Google the URL of the page and the IP address and Google may set or read cookies; the _gcl page (' +
      GAC_GCL +
      ') adds the GCLID; the referrer, the user agent and the conversion’s type, time and value are on no Google page read here.',
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    'Google’s Safety Center page on ads and data (' +
      ADS_AND_DATA +
      ', read 2026-12-05) says Google uses data to show relevant ads on its products and partner sites, to make its services more useful, and shows advertisers how their campaigns worked; fraud prevention is in the current “How Google uses information from sites or apps that use our services” only as read in third-party copies.',
  ),
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  optOutUrl: /* @__PURE__ */ unconfirmed(
    'Google’s Safety Center page on ads and data (' +
      ADS_AND_DATA +
      ', read 2026-12-05) names Ad Settings as where people turn personalised ads off, but gives no address for it.',
  ),
  optOutKind: /* @__PURE__ */ source(
    ADS_AND_DATA,
    '2026-12-05',
    'Ad Settings controls the data used to personalise ads, and personalised ads can be turned off altogether; ads are still shown, only less relevant, on Google and on partner sites and apps',
  ),
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
