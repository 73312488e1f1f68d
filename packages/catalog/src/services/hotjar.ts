// Hotjar (heatmaps, recordings, surveys). Its loader fetches hotjar-<site id>.js from static.hotjar.com,
// and since Hotjar became part of Contentsquare, contentsquare-<site id>.js from static.contentsquare.com.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { PAGE_URL, DEVICE_SCREEN, POINTER_MOVES, UX_PURPOSE } from '../phrases.ts'

export const hotjar: ServiceDefinition = {
  id: 'hotjar',
  purposes: ['analytics'],
  name: 'Hotjar',
  recipient: { ja: 'Hotjar Ltd.', en: 'Hotjar Ltd.' },
  country: 'MT',
  data: [
    { ja: 'Cookie ID（_hjSessionUser_で始まるもの）', en: 'cookie ID (names starting with _hjSessionUser_)' },
    PAGE_URL,
    POINTER_MOVES,
    { ja: 'アンケートへの回答', en: 'answers to surveys' },
    {
      ja: 'サイトがIdentify APIで渡すユーザーID・属性、Events APIで渡す操作',
      en: 'user ID and attributes the site passes with the Identify API, and actions it passes with the Events API',
    },
    { ja: 'IPアドレス（保存前に末尾を削除）', en: 'IP address (truncated before storage)' },
    DEVICE_SCREEN,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: {
    ja: '利用状況の分析結果と録画をサイト運営者に提供するため',
    en: 'to provide usage analysis and recordings to the site operator',
  },
  hosts: ['hotjar.com', 'hotjar.io', 'static.contentsquare.com/c/contentsquare-'],
  cookies: ['_hj*'],
  storage: ['_hj*', 'hjViewportId', 'hjActiveViewportIds'],
  retention: { ja: '最長365日', en: 'up to 365 days' },
  privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  optOutUrl: 'https://www.hotjar.com/policies/do-not-track/',
  optOutKind: 'transmission',
}

/** Hotjar's legal overview: the agreement is with Hotjar Limited, company number C65490 (Malta). */
const LEGAL = 'https://www.hotjar.com/legal/'
/** Cookie tables read in the search: only sites' copies of Hotjar's list (help.hotjar.com's own page is not stored). */
const COOKIE_TABLES =
  'Hotjar’s own cookie list (help.hotjar.com) is not among the stored pages; the names _hjSessionUser_{site_id}, _hjSession_{site_id}, hjViewportId and hjActiveViewportIds were read only in sites’ copies of it (angleplc.com, careerswales.gov.wales, cmssupport.nhs.wales, read 2026-12-05).'

/** Hotjar's own loader package, @hotjar/browser, before and after the move to Contentsquare's domain. */
const LOADER_HOTJAR = 'https://github.com/hotjar/hotjar-js/blob/cd56bd8b63a7b18df063263679f58fbb65b2afe2/src/utils.ts'
const LOADER_CONTENTSQUARE =
  'https://github.com/hotjar/hotjar-js/blob/1526200c33526b2e487c98063b7db7a354111de4/src/utils.ts'
const LOADER_README = 'https://github.com/hotjar/hotjar-js/blob/dfa4f7f54302cac14fd4343117ee3b1545daf01d/README.md'

/** Hotjar's help center: its privacy FAQs. */
const PRIVACY_FAQS = 'https://help.hotjar.com/hc/en-us/articles/360045420794-Privacy-FAQs'
/**
 * Hotjar's privacy page, in its “Privacy by Design” version (read at this address with campaign
 * parameters appended; an older crawl of it shows the 2015 policy v2).
 */
const PRIVACY_BY_DESIGN = 'https://www.hotjar.com/privacy'
/** Hotjar's help center: its section on privacy, security and operations (storage, visitor privacy). */
const PRIVACY_SECURITY = 'https://help.hotjar.com/hc/en-us/sections/115003180467'
/** Hotjar's help center: how recordings capture a session. */
const RECORDINGS =
  'https://help.hotjar.com/hc/en-us/articles/21825186925207-How-do-Recordings-Work-Advanced-Explanation'
/** Hotjar's privacy policy, version 6.0 of 2021-01-11 (read at this address with a tid parameter appended). */
const PRIVACY_POLICY = 'https://www.hotjar.com/legal/policies/privacy/'
/** Contentsquare's service schedule for Hotjar services, version 2025.1.1 of 2025-07-01. */
const CS_HOTJAR_SCHEDULE = 'https://contentsquare.com/it-it/legal/service-schedule-hotjar'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    PRIVACY_FAQS,
    '2026-12-05',
    'About Hotjar: Hotjar Ltd. is the software company that provides Hotjar',
  ),
  country: /* @__PURE__ */ source(PRIVACY_FAQS, '2026-12-05', 'Hotjar Ltd. is headquartered on the island of Malta'),
  hosts: /* @__PURE__ */ unconfirmed(
    'Hotjar’s loader README (' +
      LOADER_README +
      ', read 2026-12-05) has sites allow script-src and frame-src *.hotjar.com in their CSP; Hotjar’s own loader (@hotjar/browser) fetches https://static.hotjar.com/c/hotjar-<site id>.js?sv= (' +
      LOADER_HOTJAR +
      ', read 2026-12-05) and, in its latest version, https://static.contentsquare.com/c/contentsquare-<site id>.js?sv= (' +
      LOADER_CONTENTSQUARE +
      '); Hotjar’s recordings article (' +
      RECORDINGS +
      ') says the script opens a WebSocket to Hotjar’s servers without naming the host; hotjar.io and the hosts the script then sends to are named in no Hotjar code or page read here (its CSP help article, help.hotjar.com/hc/en-us/articles/115011640307, is not stored; metrics.hotjar.io and content.hotjar.io appear only in copies of Hotjar’s script and in CSPs in others’ repositories).',
  ),
  cookies: /* @__PURE__ */ unconfirmed(COOKIE_TABLES),
  storage: /* @__PURE__ */ unconfirmed(
    COOKIE_TABLES +
      ' Hotjar’s own guide (hotjar.com/website-tracking/privacy/) says only that it uses first-party cookies, without names.',
  ),
  data: /* @__PURE__ */ source(
    PRIVACY_SECURITY,
    '2026-12-05',
    'each visitor gets a random user id (UUID) to recognise returning visitors; the last octet of the IPv4 address is set to 0 before storage, the rest giving the country. Hotjar’s recordings article (' +
      RECORDINGS +
      ') lists the page’s DOM, clicks, mouse moves, scrolls, keystrokes, viewport changes, and the attributes and events sites pass with the Identify and Events APIs; Contentsquare’s Hotjar service schedule (' +
      CS_HOTJAR_SCHEDULE +
      ') names survey answers left by visitors (Responses)',
  ),
  purposes: /* @__PURE__ */ source(
    PRIVACY_BY_DESIGN,
    '2026-12-05',
    'Privacy by Design: Hotjar analyses how visitors behave for the site or app owner; the data collected belongs to that owner, the data controller, who alone has direct access to it',
  ),
  retention: /* @__PURE__ */ source(
    PRIVACY_SECURITY,
    '2026-12-05',
    'data is stored in AWS eu-west-1 (Ireland) and kept for no longer than 365 days',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    PRIVACY_POLICY,
    '2026-12-05',
    'version 6.0 of 2021-01-11: covers the personal data Hotjar Ltd. processes through its site and its software, with a section on visitors of Hotjar-enabled sites',
  ),
  optOutUrl: /* @__PURE__ */ source(
    'https://www.hotjar.com/policies/do-not-track/',
    '2026-12-05',
    'Hotjar’s Do Not Track page: how visitors ask Hotjar not to collect their data on any site, through the browser’s Do Not Track setting, which Hotjar checks before collecting',
  ),
  optOutKind: /* @__PURE__ */ source(
    PRIVACY_BY_DESIGN,
    '2026-12-05',
    'Hotjar honours the Do Not Track header, and its opt-out sets a cookie telling the Hotjar script not to track the visitor',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'Hotjar’s legal overview (' +
      LEGAL +
      ', read 2026-12-05) names Hotjar Limited, registered under the laws of Malta, company number C65490, without an address; the addresses found (Level 2, St Julian’s Business Centre, 3 Elia Zammit Street, St Julian’s STJ 1000) are in sites’ and consent tools’ pages only. Since 2025-07-01 Contentsquare licenses Hotjar services under its own MSA (' +
      CS_HOTJAR_SCHEDULE +
      '), whose contracting entity was not read here.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'The Privacy FAQs name the founder, Dr. David Darmanin, as having brought the team together in 2014, not as the company’s representative; no Hotjar page naming one was read here.',
  ),
}
