// Ptengine (heatmaps and analytics). Facts from Ptmind's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, REFERRER, DEVICE_SCREEN, CLICKS_SCROLLING, UX_PURPOSE } from '../phrases.ts'

export const ptengine: ServiceDefinition = {
  id: 'ptengine',
  purposes: ['analytics'],
  name: 'Ptengine',
  recipient: { ja: '株式会社Ptmind', en: 'Ptmind Inc.' },
  country: 'JP',
  data: [
    { ja: 'Cookie ID（Ptengineが設定したもの）', en: 'cookie ID (set by Ptengine)' },
    PAGE_URL,
    REFERRER,
    CLICKS_SCROLLING,
    IP_ADDRESS,
    DEVICE_SCREEN,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: {
    ja: 'サイト運営者の依頼により分析結果を提供するため',
    en: 'to provide analysis to the site operator on its behalf',
  },
  hosts: ['ptengine.jp', 'ptengine.com'],
  privacyPolicyUrl: 'https://www.ptengine.com/privacy-policy',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: cookie names, hosts and the ja name; recipient Ptmind Inc. and the policy URL are confirmed from ptengine.com.',
)

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
