// PostHog JavaScript Web SDK (product analytics, session replay, feature flags). It keeps its state
// under ph_<project key>_posthog, by default in a cookie and in localStorage, with flags and surveys
// split off under ph_<key>_posthog__<group>; the window id and session properties sit in
// sessionStorage under ph_<key>_…, and replay's unsent buffer under ph_replay_pending_buffer_….
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, DEVICE, CLICKS_SCROLLING, UX_PURPOSE } from '../phrases.ts'

export const posthog: ServiceDefinition = {
  id: 'posthog',
  purposes: ['analytics'],
  name: 'PostHog',
  recipient: { ja: 'PostHog, Inc.', en: 'PostHog, Inc.' },
  country: 'US',
  data: [
    {
      ja: 'Cookie・localStorageに保存する識別子とセッションID（ph_で始まり_posthogで終わるもの）',
      en: 'identifier and session ID kept in a cookie and localStorage (name ph_<key>_posthog)',
    },
    PAGE_URL,
    CLICKS_SCROLLING,
    { ja: 'サイトが送信するイベントとその属性', en: 'events the site sends, with their properties' },
    IP_ADDRESS,
    DEVICE,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: {
    ja: '利用状況の分析結果と機能フラグの判定をサイト運営者に提供するため',
    en: 'to provide usage analysis and feature-flag decisions to the site operator',
  },
  hosts: ['i.posthog.com'],
  cookies: ['ph_*_posthog'],
  storage: [
    'ph_*_posthog*',
    'ph_*_window_id',
    'ph_*_primary_window_exists',
    'ph_*_session_registered_properties',
    'ph_replay_pending_buffer_*',
  ],
  privacyPolicyUrl: 'https://posthog.com/privacy',
}

/** Where each fact above came from. */
const PERSISTENCE = 'https://posthog.com/docs/libraries/js/persistence.md'
/** posthog-js's own code as published on npm, version 1.449.2. */
const CODE = 'https://app.unpkg.com/posthog-js@1.449.2/files/lib/src/'
const SNIPPET = 'https://posthog.com/docs/web-analytics/installation/web.md'
const GETTING_STARTED =
  'https://raw.githubusercontent.com/posthog/posthog-js/b000f22b277d2687b71d4b87de3592b42e6894b3/packages/browser/docs/getting-started.md'

const unread = /* @__PURE__ */ unconfirmed(
  'No PostHog page read on 2026-12-04 gives the recipient’s legal name, its country (taken to follow the recipient; PostHog also runs an EU cloud), its own purposes, the privacy policy address (the page itself was not read), its address or its representative.',
)

export const sources: ServiceSources = {
  recipient: unread,
  country: unread,
  hosts: /* @__PURE__ */ source(
    SNIPPET,
    '2026-12-04',
    'the snippet loads api_host with .i.posthog.com replaced by -assets.i.posthog.com + /static/array.js; ' +
      GETTING_STARTED +
      ' sets api_host https://us.i.posthog.com',
  ),
  cookies: /* @__PURE__ */ source(
    PERSISTENCE,
    '2026-12-04',
    'the cookie PostHog sets is ph_<project_api_key>_posthog, expiring after 365 days',
  ),
  storage: /* @__PURE__ */ source(
    CODE + 'posthog-persistence.js',
    '2026-12-05',
    'ph_<token>_posthog, its groups <name>__flags and <name>__surveys and <name>_cookie_identity_change_pending; sessionid.js: ph_<token>_window_id and ph_<token>_primary_window_exists; posthog-core.js: ph_<token>_session_registered_properties; extensions/replay/external/lazy-loaded-session-recorder.js: ph_replay_pending_buffer_<JSON of name and token>; ' +
      PERSISTENCE +
      ': default persistence localStorage+cookie',
  ),
  data: /* @__PURE__ */ source(
    PERSISTENCE,
    '2026-12-04',
    'stores distinct_id, session and device ID, feature flags and super properties',
  ),
  purposes: unread,
  privacyPolicyUrl: unread,
  recipientAddress: unread,
  recipientRepresentative: unread,
}
