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
const pending = /* @__PURE__ */ unconfirmed('No URL of LinkedIn’s documentation recorded for this fact yet.')

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Which LinkedIn entity contracts for visitors in Japan (LinkedIn Corporation or LinkedIn Ireland) is not confirmed.',
  ),
  country: pending,
  hosts: /* @__PURE__ */ unconfirmed(
    'snap.licdn.com and px.ads.linkedin.com are the snippet’s hosts; no LinkedIn page read here lists them.',
  ),
  cookies: /* @__PURE__ */ source(
    FIRST_PARTY,
    '2026-12-04',
    'li_fat_id, the first-party ad tracking (click) id, kept as a first-party cookie with enhanced conversion tracking; other first-party cookies of the tag are not listed there',
  ),
  data: /* @__PURE__ */ source(FIRST_PARTY, '2026-12-04', 'li_fat_id appended to landing page URLs on ad clicks'),
  purposes: pending,
  privacyPolicyUrl: pending,
  recipientAddress: LINKEDIN_SOURCES.recipientAddress,
  recipientRepresentative: LINKEDIN_SOURCES.recipientRepresentative,
}
