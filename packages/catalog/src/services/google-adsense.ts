// Google AdSense: the publisher's ad code (adsbygoogle.js from pagead2.googlesyndication.com)
// fills the site's ad slots. The ad frames it opens come from googleads.g.doubleclick.net, which
// Google Ads' entry already holds under the same purpose; holding the loader holds them all.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL } from '../phrases.ts'
import { GOOGLE, GOOGLE_SOURCES } from '../recipients.ts'

export const googleAdsense: ServiceDefinition = {
  id: 'google-adsense',
  purposes: ['advertising'],
  name: 'Google AdSense',
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  recipientAddress: GOOGLE.address,
  recipientRepresentative: GOOGLE.representative,
  data: [
    { ja: 'Cookie ID（__gads、__gpi）', en: 'cookie IDs (__gads, __gpi)' },
    { ja: '広告の表示とクリック', en: 'ad impressions and clicks' },
    PAGE_URL,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'サイトに広告を掲載して収益を得るため',
    en: 'to earn revenue by showing ads on our site',
  },
  recipientPurpose: {
    ja: '閲覧者に関連する広告を選んで表示し、広告の成果を報告し、表示済みの広告を繰り返さないため',
    en: 'to choose ads relevant to the visitor, report on campaign performance, and avoid showing ads already seen',
  },
  hosts: ['pagead2.googlesyndication.com'],
  // __gpi_opt_out is left alone: it records the visitor's own refusal of personalised ads.
  cookies: ['__gads', '__gpi'],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://adssettings.google.com/',
  optOutKind: 'personalisation',
}

/** Where each fact above came from. */
const ADSENSE_COOKIES = 'https://support.google.com/adsense/answer/7549925'
const ASYNC_TAG = 'https://developers.googleblog.com/en/an-async-script-for-adsense-tagging'
const FIRST_PARTY_IDS = 'https://support.google.com/admanager/answer/10650804'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    ASYNC_TAG,
    '2026-12-04',
    'the AdSense tag loads <script async src="…pagead2.googlesyndication.com/pagead/js/adsbygoogle.js">; slots are <ins class="adsbygoogle" data-ad-client="ca-pub-…">',
  ),
  cookies: /* @__PURE__ */ source(
    FIRST_PARTY_IDS,
    '2026-12-04',
    'cookies named __gads are first-party cookies set on the publisher’s domain by Google’s publisher ads (frequency capping when third-party cookies are unavailable); Ad Manager answer 15304323, read through mirrors of support.google.com, adds the publisher first-party ID __gpi and the opt-out cookie __gpi_opt_out, both with __gads kept 13 months',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'AdSense’s cookie page says a cookie is sent after any impression, click or other call to Google’s servers; which page details, IP address and browser details an ad request carries is on no current Google page read here (only Google’s 2011 ads privacy policy lists them).',
  ),
  purposes: /* @__PURE__ */ source(
    ADSENSE_COOKIES,
    '2026-12-04',
    'AdSense uses cookies to target advertising based on what’s relevant to a user, to improve reporting on campaign performance, and to avoid showing ads the user has already seen',
  ),
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  optOutUrl: /* @__PURE__ */ source(
    ADSENSE_COOKIES,
    '2026-12-04',
    'a user who opts out of ads personalization using Google’s Ads Settings no longer receives personalized advertising from Google',
  ),
  optOutKind: /* @__PURE__ */ source(
    ADSENSE_COOKIES,
    '2026-12-04',
    'the Ads Settings opt-out ends personalised advertising, not the ads or the cookies',
  ),
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
