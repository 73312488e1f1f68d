// Hotjar (heatmaps, recordings, surveys). Facts from Hotjar's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
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
    { ja: 'IPアドレス（保存前に末尾を削除）', en: 'IP address (truncated before storage)' },
    DEVICE_SCREEN,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: {
    ja: '利用状況の分析結果と録画をサイト運営者に提供するため',
    en: 'to provide usage analysis and recordings to the site operator',
  },
  hosts: ['hotjar.com', 'hotjar.io'],
  cookies: ['_hj*'],
  storage: ['_hj*', 'hjViewportId', 'hjActiveViewportIds'],
  privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  optOutUrl: 'https://www.hotjar.com/policies/do-not-track/',
  optOutKind: 'transmission',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: recipient and policy URLs; cookie and storage names come from sites’ copies of Hotjar’s cookie table, not from Hotjar.',
)

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: pending,
  cookies: pending,
  storage: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
