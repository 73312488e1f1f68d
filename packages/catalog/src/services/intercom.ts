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
  recipientAddress: {
    ja: 'アイルランド ダブリン2 セント・スティーブンズ・グリーン124',
    en: '124 St Stephen’s Green, Dublin 2, Ireland',
  },
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
/** Intercom's Subscription Terms of Service (effective 2017-07-20) as stored at this address. */
const TERMS = 'https://www.intercom.com/terms-and-policies'
/** Intercom's help (now on fin.ai): the standard data Intercom tracks on users and visitors. */
const TRACKED_DATA = 'https://fin.ai/help/en/articles/15001123-how-intercom-tracks-and-stores-data'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    TERMS,
    '2026-12-05',
    'Subscription Terms of Service (effective 2017-07-20): “Intercom” is Intercom, Inc. if the customer’s billing address is in one of nine US states, otherwise (anywhere else in the world, so Japan) Intercom R&D Unlimited Company; the Product Privacy Notice (preferences.intercom.com/legal/product-privacy-notice) says Intercom handles Messenger data as a service provider to its customers under those agreements',
  ),
  country: /* @__PURE__ */ source(
    TERMS,
    '2026-12-05',
    'Intercom R&D Unlimited Company, an Irish company with offices in Dublin 2, Republic of Ireland (the data itself is hosted in the US by default per Intercom’s subprocessor list)',
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
    'Intercom’s help (' +
      TRACKED_DATA +
      ', read 2026-12-05) lists the standard data it tracks: name, email, phone, first and last seen, city and country from the IP address, OS, browser language and version, and messages and conversations; with the cookie page (the three IDs) and the boot method (email, name, user_id) that backs all but the page URL, which no Intercom page read here lists.',
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
  recipientAddress: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-05',
    'Intercom R&D Unlimited Company, a company registered in Ireland with offices at 124 St Stephen’s Green, Dublin 2 (the 2017 terms give its earlier office, Stephen Court, 18-21 St. Stephen’s Green, Dublin 2)',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'Neither the privacy policy, the terms, the Product Privacy Notice nor the tracked-data help page (read 2026-12-05) names a representative.',
  ),
}
