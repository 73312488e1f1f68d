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
      ja: 'localStorageに保存するセッションIDと端末ID（ZD-suid、ZD-buid）',
      en: 'session and device IDs kept in localStorage (ZD-suid, ZD-buid)',
    },
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
  storage: ['ZD-suid', 'ZD-buid'],
  privacyPolicyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
}

/** Where each fact above came from. */
const CSP = 'https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/sdks/web/csp/'
const JP_COOKIES = 'https://support.zendesk.com/hc/en-us/articles/5742080105626'
const PRIVACY_NOTICE = 'https://zendesk.com/au/company/agreements-and-terms/privacy-notice/'
const CHAT_COOKIES =
  'https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget'
/** Zendesk's Sunshine Conversations Web Messenger (formerly Smooch), the messaging platform the widget's messaging runs on. */
const SUNSHINE_WEB_CLIENT =
  'https://github.com/zendesk/sunshine-conversations-web/blob/456965eb19c1ef43353663abf409276a84817fa6/src/frame/js/utils/client.js'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Zendesk’s Privacy Notice (' +
      PRIVACY_NOTICE +
      ', effective 2024-02-20) covers Zendesk, Inc. and the affiliates listed in its section 14 and says Zendesk is the subscribers’ processor for data in its Services; the stored copy ends before section 14 and the contact section, so which Zendesk entity serves a Japanese subscriber was not read (Zendesk’s Japan cookie article names only “Zendesk” as the entity processing the widget IDs).',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (Zendesk, Inc., United States); the parts of Zendesk’s Privacy Notice read here do not give its country or where subscriber data is stored.',
  ),
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
  storage: /* @__PURE__ */ source(
    JP_COOKIES,
    '2026-12-05',
    "Japan Telecommunications Business Act Cookies Information: Web Widget (Classic) and Web Widget set ZD-suid (a UUID used as a session ID) and ZD-buid (a UUID used as a device ID), both sent to Zendesk; Zendesk lists them as in-product “Cookies”, a word its In-Product Cookie Policy uses for cookies and related web technologies; they sit in localStorage (public code of sites using the widget reads localStorage.getItem('ZD-buid'))",
  ),
  data: /* @__PURE__ */ unconfirmed(
    'Zendesk backs the visitor id (' +
      CHAT_COOKIES +
      ') and the session and device IDs (' +
      JP_COOKIES +
      '); chat contents, page URL, IP address and user agent follow from what the widget does: the In-Product Cookie Policy (support.zendesk.com article 4408824378650) speaks only of usage and navigational statistics, and no Zendesk page listing what the widget sends was read. Zendesk’s own Sunshine Conversations Web Messenger (' +
      SUNSHINE_WEB_CLIENT +
      ', read 2026-12-05) sends with its client info the page’s host, URL and title, the referrer, user agent and browser language, but it is a separate SDK from the Web Widget loaded by snippet.js.',
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
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'Zendesk’s address would be in the Contact Information section of its Privacy Notice, which the stored copies (zendesk.com/au/…/privacy-notice/ and older versions on zendesk.nl, .co.uk, .tw, .co.jp) do not reach.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Zendesk page naming a representative was found (privacy notices and support.zendesk.com cookie articles were read).',
  ),
}
