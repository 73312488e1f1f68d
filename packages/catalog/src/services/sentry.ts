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
  hosts: ['ingest.sentry.io', 'ingest.us.sentry.io', 'ingest.de.sentry.io', 'sentry-cdn.com'],
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

const unread = /* @__PURE__ */ unconfirmed(
  'No Sentry page read gives the recipient’s country (taken to follow the recipient), its address or its representative (the address 45 Fremont Street, San Francisco is seen only in others’ subprocessor lists).',
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
    `The loader comes from js.sentry-cdn.com (${LOADER}); Sentry’s IP ranges page (docs.sentry.io/product/security/ip-ranges/, read 2026-12-05) names the ingest hosts o<number>.ingest.sentry.io, o<number>.us.ingest.sentry.io and o<number>.ingest.de.sentry.io (all held), and says the apex sentry.io and the legacy app.getsentry.com accept events too (not held); the o<number>.ingest.us.sentry.io form DSNs carry is on no Sentry page read here.`,
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
