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
  privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  optOutUrl: 'https://www.hotjar.com/policies/do-not-track/',
  optOutKind: 'transmission',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: the policy and opt-out URLs; cookie and storage names come from sites’ copies of Hotjar’s cookie table, not from Hotjar.',
)

/** Hotjar's own loader package, @hotjar/browser, before and after the move to Contentsquare's domain. */
const LOADER_HOTJAR = 'https://github.com/hotjar/hotjar-js/blob/cd56bd8b63a7b18df063263679f58fbb65b2afe2/src/utils.ts'
const LOADER_CONTENTSQUARE =
  'https://github.com/hotjar/hotjar-js/blob/1526200c33526b2e487c98063b7db7a354111de4/src/utils.ts'

/** Hotjar's help center: its privacy FAQs. */
const PRIVACY_FAQS = 'https://help.hotjar.com/hc/en-us/articles/360045420794-Privacy-FAQs'
/**
 * Hotjar's privacy page, in its “Privacy by Design” version (read at this address with campaign
 * parameters appended; an older crawl of it shows the 2015 policy v2).
 */
const PRIVACY_BY_DESIGN = 'https://www.hotjar.com/privacy'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    PRIVACY_FAQS,
    '2026-12-05',
    'About Hotjar: Hotjar Ltd. is the software company that provides Hotjar',
  ),
  country: /* @__PURE__ */ source(PRIVACY_FAQS, '2026-12-05', 'Hotjar Ltd. is headquartered on the island of Malta'),
  hosts: /* @__PURE__ */ unconfirmed(
    'Hotjar’s own loader (@hotjar/browser) fetches https://static.hotjar.com/c/hotjar-<site id>.js?sv= (' +
      LOADER_HOTJAR +
      ', read 2026-12-05) and, in its latest version, https://static.contentsquare.com/c/contentsquare-<site id>.js?sv= (' +
      LOADER_CONTENTSQUARE +
      '); hotjar.io and the hosts the script then sends to are named in no Hotjar code or page read here.',
  ),
  cookies: pending,
  storage: pending,
  data: /* @__PURE__ */ unconfirmed(
    'Hotjar’s loader README (github.com/hotjar/hotjar-js) shows the Identify API (user id and attributes), the Events API and stateChange (URL changes); the cookie id, recordings, survey answers and the IP truncation are from no Hotjar page read here.',
  ),
  purposes: /* @__PURE__ */ source(
    PRIVACY_BY_DESIGN,
    '2026-12-05',
    'Privacy by Design: Hotjar analyses how visitors behave for the site or app owner; the data collected belongs to that owner, the data controller, who alone has direct access to it',
  ),
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: /* @__PURE__ */ source(
    PRIVACY_BY_DESIGN,
    '2026-12-05',
    'Hotjar honours the Do Not Track header, and its opt-out sets a cookie telling the Hotjar script not to track the visitor',
  ),
  recipientAddress: pending,
  recipientRepresentative: pending,
}
