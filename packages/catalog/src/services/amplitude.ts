// Amplitude Browser SDK 2 (product analytics). Cookies are AMP_ + the first 10 characters of the
// project's API key, so only a prefix pattern erases them; unsent events wait in localStorage under
// AMP_unsent_<same>, and the page view id in sessionStorage under AMP_PAGE_VIEW. The SDK's own
// diagnostics database (IndexedDB AMP_diagnostics_<same>) is out of `storage`'s reach.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, DEVICE, UTM_PARAMETERS, UX_PURPOSE, ANALYSIS_FOR_OPERATOR } from '../phrases.ts'

export const amplitude: ServiceDefinition = {
  id: 'amplitude',
  purposes: ['analytics'],
  name: 'Amplitude',
  recipient: { ja: 'Amplitude, Inc.', en: 'Amplitude, Inc.' },
  country: 'US',
  data: [
    {
      ja: 'Cookieに保存する端末ID・セッションID・ログイン時のユーザーID',
      en: 'device ID, session ID and, once signed in, user ID kept in a cookie',
    },
    UTM_PARAMETERS,
    PAGE_URL,
    {
      ja: 'サイトが送信するイベント（ページ表示、クリック、フォーム操作）',
      en: 'events the site sends (page views, clicks, form interactions)',
    },
    IP_ADDRESS,
    DEVICE,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: ANALYSIS_FOR_OPERATOR,
  hosts: ['amplitude.com'],
  cookies: ['AMP_*'],
  storage: ['AMP_*'],
  privacyPolicyUrl: 'https://amplitude.com/privacy',
}

/** Where each fact above came from. */
const COOKIES = 'https://amplitude.com/docs/get-started/cookies-and-consent-management'
const SNIPPET = 'https://amplitude.com/docs/en/get-started/install-with-snippet'
/** Amplitude's own SDK code as published on npm (@amplitude/analytics-core 2.61.0, used by analytics-browser 2.48.1). */
const CORE = 'https://app.unpkg.com/@amplitude/analytics-core@2.61.0/files/lib/esm/'

const unread = /* @__PURE__ */ unconfirmed(
  'No Amplitude page read gives its country (taken to follow the recipient), the privacy policy address (the page itself was not read), its address or its representative.',
)

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    'https://www.amplitude.com/terms',
    '2026-12-05',
    'Terms of Service (effective 2023-02-08): the Amplitude Services are provided by Amplitude, Inc.',
  ),
  country: unread,
  hosts: /* @__PURE__ */ source(
    CORE + 'types/constants.js',
    '2026-12-05',
    `events go to https://api2.amplitude.com/2/httpapi or /batch (EU: api.eu.amplitude.com); the snippet (${SNIPPET}) loads https://cdn.amplitude.com/script/<key>.js`,
  ),
  cookies: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'Browser SDK 2 cookies: AMP_<first 10 characters of the API key> (session), AMP_MKTG_<same> (campaign), temporary AMP_TEST_ and AMP_TLDTEST_',
  ),
  storage: /* @__PURE__ */ source(
    CORE + 'plugins/destination.js',
    '2026-12-05',
    'unsent events kept under STORAGE_PREFIX (AMP_unsent) + _ + the first 10 characters of the API key, in localStorage by default (analytics-browser config.js: storageProvider = new LocalStorage); page-view-id.js: sessionStorage key AMP_PAGE_VIEW',
  ),
  data: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'the AMP_ cookie holds deviceId, userId (Base64), sessionId, lastEventTime; AMP_MKTG_ holds campaign parameters',
  ),
  purposes: /* @__PURE__ */ source(
    SNIPPET,
    '2026-12-04',
    'autocapture of page views, sessions, form and element interactions',
  ),
  privacyPolicyUrl: unread,
  recipientAddress: unread,
  recipientRepresentative: unread,
}
