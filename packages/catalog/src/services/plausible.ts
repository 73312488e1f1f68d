// Plausible Analytics (hosted at plausible.io): a script from plausible.io/js/ posts each page
// view to plausible.io/api/event. No cookie or storage key; unique visitors are counted by a hash
// of site domain, IP address and user agent that Plausible computes and does not store raw.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, REFERRER, USER_AGENT } from '../phrases.ts'

export const plausible: ServiceDefinition = {
  id: 'plausible',
  purposes: ['analytics'],
  name: 'Plausible Analytics',
  recipient: { ja: 'Plausible Insights OÜ', en: 'Plausible Insights OÜ' },
  country: 'EE',
  recipientAddress: { ja: 'エストニア タルトゥ Västriku tn 2, 50403', en: 'Västriku tn 2, 50403 Tartu, Estonia' },
  data: [
    {
      ja: '閲覧したページのURL（ホスト名とパス、クエリはref・source・utm_sourceのみ）',
      en: 'URL of pages viewed (host name and path; of the query, only ref, source and utm_source)',
    },
    REFERRER,
    USER_AGENT,
    { ja: '画面の幅', en: 'screen width' },
    IP_ADDRESS,
  ],
  sitePurpose: {
    ja: '閲覧数と流入元を把握し、サイトを改善するため',
    en: 'to count visits and see where visitors come from, to improve the site',
  },
  recipientPurpose: {
    ja: '個々の訪問者を追跡せずに、集計した閲覧状況をサイト運営者に提供するため',
    en: 'to provide aggregated traffic statistics to the site operator without tracking individual visitors',
  },
  hosts: ['plausible.io/js/', 'plausible.io/api/event'],
  privacyPolicyUrl: 'https://plausible.io/data-policy',
}

/** Where each fact above came from. */
const PROCUREMENT = 'https://plausible.io/procurement'
const DATA_POLICY = 'https://plausible.io/data-policy'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    PROCUREMENT,
    '2026-12-04',
    'Plausible Analytics is developed and operated by Plausible Insights OÜ, a company registered in Estonia (legal name Plausible Insights OÜ, registration number 14709274)',
  ),
  country: /* @__PURE__ */ source(PROCUREMENT, '2026-12-04', 'a company registered in Estonia'),
  recipientAddress: /* @__PURE__ */ source(
    PROCUREMENT,
    '2026-12-04',
    'registered address Västriku tn 2, 50403 Tartu, Estonia',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'Plausible’s procurement page gives name, address and registration number, no representative; no Plausible page naming one was read here.',
  ),
  hosts: /* @__PURE__ */ source(
    'https://plausible.io/docs/events-api',
    '2026-12-04',
    'events are recorded by POST https://plausible.io/api/event; the script page (plausible.io/docs/plausible-script) has the snippet <script src="https://plausible.io/js/plausible.js">, and site-specific scripts are plausible.io/js/pa-<id>.js',
  ),
  data: /* @__PURE__ */ source(
    DATA_POLICY,
    '2026-12-04',
    'page URL (host and path; query parameters dropped except ref=, source=, utm_source=), HTTP referer, browser and operating system from the User-Agent (full string discarded), device type from window.innerWidth, country looked up from the IP address (IP discarded); the Events API reference: User-Agent and the client IP go into unique-visitor counting',
  ),
  purposes: /* @__PURE__ */ source(
    DATA_POLICY,
    '2026-12-04',
    'to track overall trends in website traffic, not individual visitors; website data is not shared with advertising companies or any third parties',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    'https://plausible.io/docs/compliance',
    '2026-12-04',
    'Data policy (plausible.io/data-policy): what data Plausible collects, why, and how it is handled; the privacy policy covers account holders',
  ),
}
