// KARTE (customer experience platform). Facts from PLAID's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL_TITLE, REFERRER, DEVICE, CLICKS_SCROLLING } from '../phrases.ts'

export const karte: ServiceDefinition = {
  id: 'karte',
  purposes: ['personalization'],
  name: 'KARTE',
  recipient: { ja: '株式会社プレイド', en: 'PLAID, Inc.' },
  country: 'JP',
  data: [
    { ja: 'Cookie ID（krt.vis）', en: 'cookie ID (krt.vis)' },
    PAGE_URL_TITLE,
    REFERRER,
    CLICKS_SCROLLING,
    IP_ADDRESS,
    DEVICE,
  ],
  sitePurpose: {
    ja: '閲覧状況に合わせたご案内を表示し、サイトを改善するため',
    en: 'to show messages suited to how the site is being used, and to improve the site',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により分析とメッセージ配信の機能を提供するため',
    en: 'to provide analysis and messaging to the site operator on its behalf',
  },
  // ktid.karte-edge.io is a frame of multi-domain mode; the S3 bucket serves action scripts.
  hosts: ['karte.io', 'ktid.karte-edge.io', 'blitz-production-action.s3.ap-northeast-1.amazonaws.com'],
  cookies: ['krt.*', 'krt_*', '_karte_consent'],
  storage: ['krt_*', 'krt.*'],
  privacyPolicyUrl: 'https://plaid.co.jp/privacy/',
  recipientAddress: {
    ja: '東京都中央区銀座六丁目10番1号 GINZA SIX10階',
    en: 'GINZA SIX 10F, 6-10-1 Ginza, Chuo-ku, Tokyo, Japan',
  },
  recipientRepresentative: {
    ja: '代表取締役執行役員CEO 倉橋健太',
    en: 'Kenta Kurahashi, Representative Director, Executive Officer and CEO',
  },
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed the storage keys other than krt___oo; no PLAID page listing KARTE’s localStorage keys was read on 2026-12-05.',
)

/** KARTE's terms of use, on karte.io. */
const TERMS = 'https://karte.io/legal/terms-of-use.html'
/** KARTE's privacy policy as revised on 2018-06-01 (kept under karte.io/legal/previous/; the current one was not read here). */
const POLICY_2018 = 'https://karte.io/legal/previous/karte-policy-en-20180601.html'
/** PLAID's support page on the Content Security Policy KARTE needs. */
const CSP = 'https://support.karte.io/post/1wOX42rWNCMpyOeROWsiqV'
/** PLAID's securities report (EDINET S100UZ8M, filed 2024-12-20), cover page. */
const PLAID_FILING = 'https://bttb.jp/kabuu/dx.php?docid=S100UZ8M&type=EDINET'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(TERMS, '2026-12-05', 'Article 1: the service is provided by 株式会社プレイド'),
  country: /* @__PURE__ */ source(PLAID_FILING, '2026-12-05', '本店の所在の場所 東京都中央区'),
  hosts: /* @__PURE__ */ source(
    CSP,
    '2026-12-05',
    'allow *.karte.io (script, style, img, font, connect) and wss://*.karte.io, https://blitz-production-action.s3.ap-northeast-1.amazonaws.com (script), and https://ktid.karte-edge.io (frame) in multi-domain mode',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'PLAID’s support site names the first-party krt.vis (visitor id, 2 years from last access; support.karte.io/post/217nvEYyFnSc4mzbGntIR1) and _karte_consent (opt-in mode; support.karte.io/post/4blsfu5B0EB1N7im7QQrl7), both read 2026-12-04; the other krt.* and krt_* names the patterns cover are not listed there.',
  ),
  storage: pending,
  data: /* @__PURE__ */ source(
    POLICY_2018,
    '2026-12-05',
    'Website Usage Data: cookies, IP address, browsing histories, activity logs, device IDs, user agents, referrers; the terms of use define browsing history as time on each page, moves between pages and the mouse’s path',
  ),
  purposes: /* @__PURE__ */ source(
    POLICY_2018,
    '2026-12-05',
    'KARTE analyses visitors’ attributes and behaviour in real time so that the site can communicate with each visitor',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'PLAID’s KARTE Privacy Policy (' +
      POLICY_2018 +
      ', the version of 2018-06-01, read 2026-12-05) is the policy for personal information of visitors received through KARTE, and KARTE’s guide for sites’ own policies (assets.karte.io/karte-use-policy.html) was read in its opening; the current policy’s address under karte.io/legal/ was in no stored text read, and plaid.co.jp/privacy/ itself was not read.',
  ),
  recipientAddress: /* @__PURE__ */ source(
    PLAID_FILING,
    '2026-12-05',
    '本店の所在の場所 東京都中央区銀座六丁目10番1号 GINZA SIX10階 (filing of 2024-12-20)',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    PLAID_FILING,
    '2026-12-05',
    '代表者の役職氏名 代表取締役執行役員CEO 倉橋 健太 (filing of 2024-12-20)',
  ),
}
