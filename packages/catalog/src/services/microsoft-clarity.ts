// Microsoft Clarity (session recording and heatmaps). Cookies checked against Microsoft Learn's Clarity cookie list.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, DEVICE_SCREEN, POINTER_MOVES, UX_PURPOSE } from '../phrases.ts'
import { MICROSOFT, MICROSOFT_SOURCES } from '../recipients.ts'

export const microsoftClarity: ServiceDefinition = {
  id: 'microsoft-clarity',
  purposes: ['analytics'],
  name: 'Microsoft Clarity',
  recipient: { ja: 'Microsoft Corporation', en: 'Microsoft Corporation' },
  country: 'US',
  recipientRepresentative: MICROSOFT.representative,
  data: [
    { ja: 'Cookie ID（_clck、_clsk）', en: 'cookie IDs (_clck, _clsk)' },
    PAGE_URL,
    POINTER_MOVES,
    { ja: '表示されたページの内容（入力欄の値は除く）', en: 'content of the pages shown (input values excluded)' },
    IP_ADDRESS,
    DEVICE_SCREEN,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: {
    ja: '利用状況の分析結果と録画をサイト運営者に提供するため、Microsoftの製品の改善と広告のため',
    en: 'to provide usage analysis and recordings to the site operator, and to improve Microsoft products and advertising',
  },
  hosts: ['clarity.ms'],
  cookies: ['_clck', '_clsk'],
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
  checked: '2026-11-27',
}

const CLARITY_COOKIES = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list'
/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed('No URL of the vendor’s documentation recorded for this fact yet.')

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: pending,
  cookies: /* @__PURE__ */ source(
    CLARITY_COOKIES,
    '2026-12-04',
    'first-party _clck (user id) and _clsk (session); CLID, ANONCHK, MR, MUID and SM are listed too but live on Microsoft’s domains',
  ),
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  recipientAddress: pending,
  recipientRepresentative: MICROSOFT_SOURCES.recipientRepresentative,
}
