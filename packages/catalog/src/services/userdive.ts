// USERDIVE (heatmaps and session analysis) by UNCOVER TRUTH: agent.js from cdn.userdive.com, which
// keeps a visitor id in a first-party cookie (_ud, _ud2 since agent version 2) and sends page views
// and interactions as image requests to v1.userdive.com.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import {
  IP_ADDRESS,
  USER_AGENT,
  PAGE_URL_TITLE,
  REFERRER,
  POINTER_MOVES,
  UX_PURPOSE,
  ANALYSIS_FOR_OPERATOR,
} from '../phrases.ts'

export const userdive: ServiceDefinition = {
  id: 'userdive',
  purposes: ['analytics'],
  name: 'USERDIVE',
  recipient: { ja: '株式会社UNCOVER TRUTH', en: 'UNCOVER TRUTH Inc.' },
  country: 'JP',
  data: [
    { ja: 'Cookieに保存する訪問者ID（_ud、_ud2）', en: 'visitor ID kept in a cookie (_ud, _ud2)' },
    PAGE_URL_TITLE,
    REFERRER,
    { ja: '画面・ウィンドウ・ページの大きさ', en: 'size of the screen, the window and the page' },
    POINTER_MOVES,
    { ja: 'サイトが設定するカスタムディメンション・指標', en: 'custom dimensions and metrics the site sets' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: ANALYSIS_FOR_OPERATOR,
  hosts: ['userdive.com'],
  cookies: ['_ud', '_ud2'],
  privacyPolicyUrl: 'https://app.userdive.com/terms_of_service/',
}

/** Where each fact above came from: UNCOVER TRUTH's own agent code (GPL-3.0) and its service terms. */
const AGENT = 'https://github.com/userdive/agent.js/blob/bff4ef59d3affa03e08d9199b62b2add742b2eee'
const CONSTANTS_V2 = `${AGENT}/packages/agent/src/constants.ts`
const CONSTANTS_V1 =
  'https://github.com/userdive/agent.js/blob/01d9377471df10a59244d6dfaa3a377a9e2bdb22/packages/agent/src/constants.ts'
const CORE =
  'https://github.com/userdive/agent.js/blob/01d9377471df10a59244d6dfaa3a377a9e2bdb22/packages/agent/src/core.ts'
const BROWSER = 'https://github.com/userdive/agent.js/blob/5cc4a84d05bedceaa4c0308103cb888841669b78/src/browser.ts'
const LOADER = 'https://github.com/userdive/userdive.js/blob/0fd1faa52235ce8b9d4c67bc7aff8ee8d5696e4c/src/index.ts'
const TERMS = 'https://app.userdive.com/terms_of_service/'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    TERMS,
    '2026-12-05',
    'Terms of Use for USERDIVE Services, Article 1: UNCOVER TRUTH Inc. is the Provider (the ja form of the name is the company’s own romanised name with 株式会社)',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'The terms read here name UNCOVER TRUTH Inc. without an address; JP follows from the service being offered from Japan, not from a page stating where the company is.',
  ),
  hosts: /* @__PURE__ */ source(
    LOADER,
    '2026-12-05',
    'userdive.js (Copyright UNCOVER TRUTH Inc.) loads https://cdn.userdive.com/agent.js; the agent sends to its baseUrl https://v1.userdive.com (constants.ts)',
  ),
  cookies: /* @__PURE__ */ source(
    CONSTANTS_V2,
    '2026-12-05',
    'SETTINGS.cookieName _ud2 (VERSION 2); _ud in version 1 (' +
      CONSTANTS_V1 +
      '); core.ts findOrCreateUserId writes it for 730 days',
  ),
  data: /* @__PURE__ */ source(
    BROWSER,
    '2026-12-05',
    'getEnv: referrer, title, page URL, screen, window and body sizes; core.ts (' +
      CORE +
      ') sends them to <baseUrl>/<project>/<user id>/<time>/env.gif and clicks, mouse moves, scrolls and touches to …/int.gif with custom dimensions and metrics',
  ),
  purposes: /* @__PURE__ */ source(
    TERMS,
    '2026-12-05',
    'a program for marketing, such as access analysis, of websites',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'No USERDIVE privacy policy page was read here; the service terms on app.userdive.com are given instead.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No UNCOVER TRUTH page giving its address was read here: the USERDIVE terms (app.userdive.com/terms_of_service/) name the company only, and no company profile (会社概要) of uncovertruth.co.jp was among the stored pages searched on 2026-12-05.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No UNCOVER TRUTH page naming its representative was read here (the USERDIVE terms and the agent.js / userdive.js repositories name the company only).',
  ),
}
