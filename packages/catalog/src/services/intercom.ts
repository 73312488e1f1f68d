// Intercom Messenger (chat widget). Its cookies are first-party on the site's domain, suffixed with
// the workspace (app) id.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, CHAT_PURPOSE } from '../phrases.ts'

export const intercom: ServiceDefinition = {
  id: 'intercom',
  purposes: ['functional'],
  name: 'Intercom Messenger',
  recipient: { ja: 'Intercom R&D Unlimited Company', en: 'Intercom R&D Unlimited Company' },
  country: 'IE',
  data: [
    {
      ja: '訪問者ID・セッションID・端末ID（Cookie intercom-id-、intercom-session-、intercom-device-id-）',
      en: 'visitor, session and device IDs (cookies intercom-id-, intercom-session-, intercom-device-id-)',
    },
    {
      ja: 'メッセンジャーで入力した内容（入力した場合は名前・メールアドレスを含む）',
      en: 'what is written in the Messenger, with name and email address when given',
    },
    {
      ja: 'ログイン中の利用者のユーザーID・名前・メールアドレス（サイトが渡す場合）',
      en: 'user ID, name and email address of logged-in users (when the site passes them)',
    },
    PAGE_URL,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: CHAT_PURPOSE,
  recipientPurpose: {
    ja: 'メッセンジャーの機能を提供し、訪問者と端末を識別し、不正利用を防ぐため',
    en: 'to provide the Messenger, recognise visitors and devices, and prevent abuse',
  },
  hosts: ['intercom.io', 'intercomcdn.com', 'intercomassets.com', 'intercom-messenger.com'],
  cookies: ['intercom-id-*', 'intercom-session-*', 'intercom-device-id-*'],
  privacyPolicyUrl: 'https://www.intercom.com/legal/privacy',
}

/** Where each fact above came from. */
const COOKIES = 'https://intercom.com/help/en/articles/2361922-intercom-messenger-cookies'
const CSP =
  'https://www.intercom.com/help/configure-intercom/staying-secure/using-intercom-with-content-security-policy'
const PRIVACY = 'https://intercom.com/es/legal/privacy'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Intercom’s privacy policy names four companies (Ireland, US, UK, Australia); its terms make Intercom R&D Unlimited Company the contracting party for customers outside some US states, but which one receives Messenger data for a Japanese site is not stated on a page read here.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient; Messenger data is hosted in the US by default per Intercom’s subprocessor list.',
  ),
  hosts: /* @__PURE__ */ source(
    CSP,
    '2026-12-04',
    'script-src app.intercom.io, widget.intercom.io, js.intercomcdn.com; connect-src api-iam.intercom.io, api-ping.intercom.io, nexus-websocket-a/b.intercom.io, *.intercom-messenger.com; img-src static.intercomassets.com, uploads.intercomcdn.com',
  ),
  cookies: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'first-party cookies on the site’s domain: intercom-id-[app_id] (9 months), intercom-session-[app_id] (1 week), intercom-device-id-[app_id] (9 months)',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'The cookie page backs the three IDs and the Messenger’s boot method takes email, name and user_id; conversation contents, page URL, IP address and user agent follow from what the Messenger does, without an Intercom page listing them read here.',
  ),
  purposes: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'anonymous visitor identifier, session tracking for conversations, device identifier used to prevent abuse',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-04',
    'Intercom Privacy Policy at /legal/privacy (read in its /es/ path)',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'The privacy policy gives Intercom R&D Unlimited Company’s office as 124 St Stephen’s Green, Dublin 2, but the recipient itself is not confirmed.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed('No Intercom page naming a representative was read here.'),
}
