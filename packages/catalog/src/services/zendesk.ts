// Zendesk Web Widget (messaging, and Classic with Chat): snippet.js from static.zdassets.com,
// then the account's <subdomain>.zendesk.com and, for messaging, Sunshine Conversations
// (smooch.io); Classic chat connects to zopim.com.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL } from '../phrases.ts'

export const zendesk: ServiceDefinition = {
  id: 'zendesk',
  purposes: ['functional'],
  name: 'Zendesk Web Widget',
  recipient: { ja: 'Zendesk, Inc.', en: 'Zendesk, Inc.' },
  country: 'US',
  data: [
    { ja: '訪問者ID（Cookie __zlcmid）', en: 'visitor ID (cookie __zlcmid)' },
    {
      ja: 'チャット・問い合わせで入力した内容（入力した場合は名前・メールアドレスを含む）',
      en: 'what is written in the chat or contact form, with name and email address when given',
    },
    PAGE_URL,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'チャットや問い合わせフォームで質問に答えるため',
    en: 'to answer questions through chat and the contact form',
  },
  recipientPurpose: {
    ja: 'チャット・問い合わせの機能を提供し、訪問者を識別するため',
    en: 'to provide the chat and contact features and to recognise the visitor',
  },
  hosts: [
    'zdassets.com',
    'zendesk.com',
    'smooch.io',
    'zdusercontent.com',
    'zopim.com',
    'zopim.io',
    'zendesk-eu.my.sentry.io',
  ],
  cookies: ['__zlcmid', '__zlcprivacy'],
  privacyPolicyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
}

/** Where each fact above came from. */
const CSP = 'https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/sdks/web/csp/'
const CHAT_COOKIES =
  'https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Zendesk, Inc. is the US parent; no Zendesk page naming the contracting entity was read here.',
  ),
  country: /* @__PURE__ */ unconfirmed('Follows the recipient (United States); no Zendesk page read here.'),
  hosts: /* @__PURE__ */ source(
    CSP,
    '2026-12-04',
    'CSP for the Web Widget: static.zdassets.com, ekr.zdassets.com, ekr.zendesk.com, *.zendesk.com, api.smooch.io, media.smooch.io, zendesk-eu.my.sentry.io, *.zdusercontent.com; the Classic widget’s CSP page adds *.zopim.com and v2assets.zopim.io',
  ),
  cookies: /* @__PURE__ */ source(
    CHAT_COOKIES,
    '2026-12-04',
    '__zlcmid (visitor id, 365 days) and __zlcprivacy (cookie-law choice), on the site’s top host; the messaging widget also keeps data in local storage under keys Zendesk does not list',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'The cookie article backs the visitor id; chat contents, page URL, IP address and user agent follow from what the widget does, without a Zendesk page listing them read here.',
  ),
  purposes: /* @__PURE__ */ source(
    CHAT_COOKIES,
    '2026-12-04',
    'the cookies are required for the widget to work and to register the visitor',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    'https://zendesk.com/au/company/agreements-and-terms/privacy-notice/',
    '2026-12-05',
    'Zendesk’s Privacy Notice (effective 2024-02-20) at /company/agreements-and-terms/privacy-notice/, read in its /au/ path; it covers Zendesk, Inc. and its affiliates as controllers, while for widget data Zendesk is the subscriber’s processor',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed('Zendesk’s address is not given on a page read here.'),
  recipientRepresentative: /* @__PURE__ */ unconfirmed('No Zendesk page naming a representative was read here.'),
}
