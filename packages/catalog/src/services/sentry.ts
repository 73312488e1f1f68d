// Sentry browser SDK (error and performance monitoring). It sets no cookies; by default it sends
// neither cookies nor the visitor's IP address in the event body, but each request reaches Sentry
// from the visitor's browser. Error reports help fix the site; they are not needed to use it, so
// the entry asks for analytics consent.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, USER_AGENT } from '../phrases.ts'

export const sentry: ServiceDefinition = {
  id: 'sentry',
  purposes: ['analytics'],
  name: 'Sentry',
  recipient: { ja: 'Functional Software, Inc.（Sentry）', en: 'Functional Software, Inc. (Sentry)' },
  country: 'US',
  data: [
    { ja: 'ページで起きたエラーの内容とスタックトレース', en: 'errors raised on the page, with stack traces' },
    { ja: 'HTTPリクエスト・レスポンスのヘッダー', en: 'HTTP request and response headers' },
    PAGE_URL,
    USER_AGENT,
    IP_ADDRESS,
  ],
  sitePurpose: {
    ja: 'ページで起きたエラーを把握して修正するため',
    en: 'to learn of errors on our pages and fix them',
  },
  recipientPurpose: {
    ja: 'エラーと性能の記録をサイト運営者に提供するため',
    en: 'to provide error and performance reports to the site operator',
  },
  // Only the ingest hosts: other vendors' own Sentry instances live under sentry.io too (Zendesk's
  // widget reports to zendesk-eu.my.sentry.io) and belong to those vendors' entries.
  hosts: ['ingest.sentry.io', 'ingest.us.sentry.io', 'ingest.us2.sentry.io', 'ingest.de.sentry.io', 'sentry-cdn.com'],
  // Session Replay keeps its session in sessionStorage; tracing can keep the previous trace there
  // (linkPreviousTrace: 'session-storage'; in memory by default).
  storage: ['sentryReplaySession', 'sentry_previous_trace'],
  privacyPolicyUrl: 'https://sentry.io/privacy/',
}

/** Where each fact above came from. */
const DATA = 'https://docs.sentry.io/platforms/javascript/data-management/data-collected'
const LOADER = 'https://docs.sentry.io/platforms/javascript/install/loader'
/** Sentry's own SDK code as published on npm. */
const REPLAY = 'https://app.unpkg.com/@sentry-internal/replay@10.57.0/files/build/npm/esm/index.js'

/** Sentry's IP ranges page as published from its own docs repository (docs.sentry.io/security-legal-pii/security/ip-ranges/). */
const IP_RANGES =
  'https://github.com/getsentry/sentry-docs/blob/023627395bd991d6222db13bc936c44d0e1f31f1/docs/security-legal-pii/security/ip-ranges.mdx'

const unread = /* @__PURE__ */ unconfirmed(
  'No Sentry page read gives the recipient’s country (taken to follow the recipient), its address or its representative: the Privacy Policy 3.3.1, DPA 5.0.0, California notice and applicant privacy policy on sentry.io were read only in parts without a postal address, and the legal and tax pages of getsentry/sentry-docs (security/terms.mdx, tax-documents.mdx) list documents (W-9, Form 6166) without stating them; the address 45 Fremont Street, 8th Floor, San Francisco is seen only in others’ subprocessor lists.',
)

/** Sentry's Data Processing Addendum (version 5.0.0) and its Privacy Policy (version 3.3.1, 2024-05-31), on sentry.io. */
const DPA = 'https://sentry.io/legal/dpa'
const PRIVACY = 'https://sentry.io/privacy/'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    DPA,
    '2026-12-05',
    'the DPA is between Functional Software, Inc. d/b/a Sentry and the customer, for the Customer Data sent to the Service',
  ),
  country: unread,
  hosts: /* @__PURE__ */ unconfirmed(
    `Sentry’s IP ranges page (${IP_RANGES}) names the ingest hosts o<number>.ingest.sentry.io and o<number>.<location>.ingest.sentry.io (held as ingest.sentry.io), o<number>.ingest.us2.sentry.io and o<number>.ingest.de.sentry.io (held; ingest.us2.sentry.io added from that page), and says the apex sentry.io and the legacy app.getsentry.com accept events too (not held); the loader comes from js.sentry-cdn.com (${LOADER}). The o<number>.ingest.us.sentry.io form DSNs carry is seen only in other projects’ code, on no Sentry page read here.`,
  ),
  storage: /* @__PURE__ */ source(
    REPLAY,
    '2026-12-05',
    'REPLAY_SESSION_KEY = sentryReplaySession, written with sessionStorage.setItem; @sentry/browser 11.17.0 (tracing/linkedTraces.js): PREVIOUS_TRACE_KEY = sentry_previous_trace in sessionStorage when linkPreviousTrace is session-storage',
  ),
  data: /* @__PURE__ */ source(
    DATA,
    '2026-12-04',
    'by default the SDK sends HTTP headers; it sends no cookies, no logged-in user data and no IP address unless sendDefaultPii is set',
  ),
  purposes: /* @__PURE__ */ source(
    DATA,
    '2026-12-04',
    'data collected by the SDK for error and performance monitoring',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-05',
    'Sentry’s Privacy Policy, version 3.3.1 of 2024-05-31; data sent to the Service is governed by the customer agreement instead',
  ),
  recipientAddress: unread,
  recipientRepresentative: unread,
}
