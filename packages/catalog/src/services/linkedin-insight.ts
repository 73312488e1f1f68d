// LinkedIn Insight Tag: conversions and retargeting for LinkedIn ads.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER } from '../phrases.ts'
import { LINKEDIN_SOURCES } from '../recipients.ts'

export const linkedinInsight: ServiceDefinition = {
  id: 'linkedin-insight',
  purposes: ['advertising'],
  name: 'LinkedIn Insight Tag',
  recipient: { ja: 'LinkedIn Corporation', en: 'LinkedIn Corporation' },
  country: 'US',
  data: [
    { ja: '広告クリックID（li_fat_id）', en: 'ad click ID (li_fat_id)' },
    PAGE_URL,
    REFERRER,
    { ja: 'コンバージョンの種類', en: 'type of conversions' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'LinkedIn広告の効果を測定し、サイトを訪れた方にLinkedInで広告を表示するため',
    en: 'to measure our LinkedIn ads and to show our ads on LinkedIn to people who visited the site',
  },
  recipientPurpose: {
    ja: 'LinkedIn広告の配信・効果測定のため',
    en: 'to serve and measure LinkedIn ads',
  },
  hosts: ['snap.licdn.com/li.lms-analytics/', 'px.ads.linkedin.com'],
  cookies: ['li_fat_id'],
  privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
}

/** Where each fact above came from. */
const FIRST_PARTY = 'https://learn.microsoft.com/en-us/linkedin/marketing/conversions/enabling-first-party-cookies'
const CONVERSION_TRACKING =
  'https://learn.microsoft.com/en-us/linkedin/marketing/integrations/ads-reporting/conversion-tracking'
const NO_LINKEDIN_PAGE =
  'linkedin.com’s own pages (privacy policy, Insight Tag FAQ a7155497, LMS Program Terms) came up on 2026-12-05 only through proxies and copies, not on linkedin.com itself'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Which LinkedIn entity receives Insight Tag data for a site in Japan is open: the LMS Program Terms name LinkedIn Corporation, LinkedIn Ireland Unlimited Company, LinkedIn Singapore Pte Ltd or Beijing Lingyin as the party signing the insertion order, and the privacy policy makes LinkedIn Corporation the controller outside the Designated Countries; ' +
      NO_LINKEDIN_PAGE +
      '.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (LinkedIn Corporation, United States), which is itself open; ' + NO_LINKEDIN_PAGE + '.',
  ),
  hosts: /* @__PURE__ */ unconfirmed(
    'snap.licdn.com/li.lms-analytics/insight.min.js and px.ads.linkedin.com are the snippet’s hosts in integrators’ docs (RudderStack, walkerOS); LinkedIn’s developer docs on learn.microsoft.com read here (conversion tracking, first-party cookies, Conversions FAQ, and the opening of Deduplication, which speaks of the Insight Tag and the Image pixel) do not list them, and LinkedIn’s repositories in the index (linkedin-developers: API clients, an Adobe Edge Conversions API extension) hold no Insight Tag code.',
  ),
  cookies: /* @__PURE__ */ source(
    FIRST_PARTY,
    '2026-12-04',
    'li_fat_id, the first-party ad tracking (click) id, kept as a first-party cookie with enhanced conversion tracking; other first-party cookies of the tag are not listed there',
  ),
  data: /* @__PURE__ */ source(FIRST_PARTY, '2026-12-04', 'li_fat_id appended to landing page URLs on ad clicks'),
  purposes: /* @__PURE__ */ source(
    CONVERSION_TRACKING,
    '2026-12-05',
    'Insight Tag conversion tracking: ad reporting based on tracked conversions, optimising campaigns through better targeting and impression delivery, and budget allocation through impression tracking and attribution',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'linkedin.com/legal/privacy-policy is LinkedIn’s privacy policy address; ' + NO_LINKEDIN_PAGE + '.',
  ),
  recipientAddress: LINKEDIN_SOURCES.recipientAddress,
  recipientRepresentative: LINKEDIN_SOURCES.recipientRepresentative,
}
