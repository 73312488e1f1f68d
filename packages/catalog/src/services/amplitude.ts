// Amplitude Browser SDK 2 (product analytics). Cookies are AMP_ + the first 10 characters of the
// project's API key, so only a prefix pattern erases them.
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
  privacyPolicyUrl: 'https://amplitude.com/privacy',
}

/** Where each fact above came from. */
const COOKIES = 'https://amplitude.com/docs/get-started/cookies-and-consent-management'
const SNIPPET = 'https://amplitude.com/docs/en/get-started/install-with-snippet'

const unread = /* @__PURE__ */ unconfirmed(
  'No Amplitude page read on 2026-12-04 gives the recipient’s legal name, its country (taken to follow the recipient), the privacy policy address (the page itself was not read), its address or its representative.',
)

export const sources: ServiceSources = {
  recipient: unread,
  country: unread,
  hosts: /* @__PURE__ */ unconfirmed(
    `Amplitude’s snippet (${SNIPPET}) loads https://cdn.amplitude.com/script/<key>.js; the event endpoint api2.amplitude.com was seen only in others’ code, so the entry holds amplitude.com whole.`,
  ),
  cookies: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'Browser SDK 2 cookies: AMP_<first 10 characters of the API key> (session), AMP_MKTG_<same> (campaign), temporary AMP_TEST_ and AMP_TLDTEST_',
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
