// Amplitude Browser SDK 2 (product analytics). Cookies are AMP_ + the first 10 characters of the
// project's API key, so only a prefix pattern erases them; unsent events wait in localStorage under
// AMP_unsent_<same>, and the page view id in sessionStorage under AMP_PAGE_VIEW. The SDK's own
// diagnostics database (IndexedDB AMP_diagnostics_<same>) is out of `storage`'s reach.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, DEVICE, UTM_PARAMETERS, UX_PURPOSE, ANALYSIS_FOR_OPERATOR } from '../phrases.ts'

export const amplitude: ServiceDefinition = {
  id: 'amplitude',
  purposes: ['analytics'],
  name: 'Amplitude',
  recipient: { ja: 'Amplitude, Inc.', en: 'Amplitude, Inc.' },
  country: 'US',
  recipientAddress: {
    ja: 'アメリカ合衆国 カリフォルニア州 サンフランシスコ 201 Third Street, Suite 200',
    en: '201 Third Street, Suite 200, San Francisco, California 94103, United States',
  },
  recipientRepresentative: { ja: 'CEO スペンサー・スケーツ', en: 'Spenser Skates, CEO' },
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

/** Amplitude, Inc.'s own filings with the SEC (EDGAR, CIK 1866692). */
const FORM_8K = 'https://www.sec.gov/Archives/edgar/data/1866692/000095017024017086/0000950170-24-017086.txt'
const FORM_4 = 'https://www.sec.gov/Archives/edgar/data/1866692/000089924321037512/0000899243-21-037512.txt'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    'https://www.amplitude.com/terms',
    '2026-12-05',
    'Terms of Service (effective 2023-02-08): the Amplitude Services are provided by Amplitude, Inc.',
  ),
  country: /* @__PURE__ */ source(
    FORM_8K,
    '2026-12-05',
    'Form 8-K of 2024-02-20: Amplitude, Inc., incorporated in Delaware, principal executive offices in San Francisco, California',
  ),
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
  privacyPolicyUrl: /* @__PURE__ */ source(
    'https://amplitude.com/msa/archive/2015-07',
    '2026-12-05',
    'Amplitude’s Master Services Agreement (archived version of 2015-07-27, on amplitude.com): Amplitude’s Terms of Service and privacy policy are at https://amplitude.com/terms and https://amplitude.com/privacy',
  ),
  recipientAddress: /* @__PURE__ */ source(
    FORM_8K,
    '2026-12-05',
    'Form 8-K of 2024-02-20: address of principal executive offices 201 Third Street, Suite 200, San Francisco, California 94103 (also the business address in EDGAR’s header)',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    FORM_4,
    '2026-12-05',
    'Form 4 filed 2021-09-23 by Spenser Skates, c/o Amplitude, Inc., 201 Third St., Suite 200: director and officer, title Chief Executive Officer',
  ),
}
