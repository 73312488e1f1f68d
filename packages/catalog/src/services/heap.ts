// Heap (product analytics, autocapture). First-party cookies named _hp2_*.<app id> (heap.js v4) and
// _hp5_*.<app id> (v5); session replay accounts add userty.core.*.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, DEVICE, CLICKS_SCROLLING, UX_PURPOSE, ANALYSIS_FOR_OPERATOR } from '../phrases.ts'

export const heap: ServiceDefinition = {
  id: 'heap',
  purposes: ['analytics'],
  name: 'Heap',
  recipient: { ja: 'Heap, Inc.', en: 'Heap, Inc.' },
  country: 'US',
  data: [
    {
      ja: 'Cookieに保存するユーザーID・セッション情報（_hp2_、_hp5_で始まるもの）',
      en: 'user ID and session data kept in cookies (names starting with _hp2_ or _hp5_)',
    },
    PAGE_URL,
    CLICKS_SCROLLING,
    { ja: 'フォームの送信', en: 'form submissions' },
    IP_ADDRESS,
    DEVICE,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: ANALYSIS_FOR_OPERATOR,
  hosts: ['heapanalytics.com'],
  cookies: ['_hp2_*', '_hp5_*', 'userty.core.*'],
  privacyPolicyUrl: 'https://www.heap.io/privacy',
}

/** Where each fact above came from. */
const COOKIES =
  'https://help.heap.io/data-privacy/data-privacy-faqs/what-cookies-does-heap-set-and-what-are-they-used-for'
const INSTALL = 'https://help.heap.io/installation/standard-installations/web-installation/'

const STATEMENT = 'https://heapanalytics.com/privacy'

const unread = /* @__PURE__ */ unconfirmed(
  'No Heap page read on 2026-12-05 gives Heap, Inc.’s country (taken to follow the recipient, United States), its address or its representative: Heap’s privacy statement on its former domain (heapanalytics.com/privacy, of 2019) lists a section on how to contact Heap, but no address was in what was read of it; heap.io/privacy was not among the stored pages. Heap is now part of Contentsquare.',
)

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    STATEMENT,
    '2026-12-05',
    'Heap Analytics Privacy Statement (2019, on Heap’s former domain): Heap, Inc. (“Heap”) provides Heap, a user behavioral analytics product and service; help.heap.io pages are © Heap, Inc.',
  ),
  country: unread,
  hosts: /* @__PURE__ */ source(
    INSTALL,
    '2026-12-04',
    'the snippet loads https://cdn.heapanalytics.com/js/heap-<app id>.js; the CSP directives list cdn.heapanalytics.com and heapanalytics.com',
  ),
  cookies: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    '_hp2_id, _hp2_ses_props, _hp2_props (v4), _hp5_meta, _hp5_event_props, _hp5_let (v5), _hp2_hld., and userty.core.p/s for session replay',
  ),
  data: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'the cookies hold user id, identity, session timestamp and event properties',
  ),
  purposes: /* @__PURE__ */ source(
    STATEMENT,
    '2026-12-05',
    'the Heap service lets businesses and websites collect and analyze data on how their users interact with their services (pages visited, clicks, location, browser or platform); Heap’s GDPR post (heap.io/blog/heaps-commitment-to-gdpr-and-data-privacy) calls Heap a data processor for its customers',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'heap.io/privacy is taken as Heap’s privacy policy address; it was not among the stored pages searched on 2026-12-05, which had only the 2019 statement at heapanalytics.com/privacy, about Heap’s own website visitors.',
  ),
  recipientAddress: unread,
  recipientRepresentative: unread,
}
