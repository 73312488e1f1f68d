// Ptengine (heatmaps and analytics). Facts from Ptmind's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, REFERRER, DEVICE_SCREEN, CLICKS_SCROLLING, UX_PURPOSE } from '../phrases.ts'

export const ptengine: ServiceDefinition = {
  id: 'ptengine',
  purposes: ['analytics'],
  name: 'Ptengine',
  recipient: { ja: '株式会社Ptmind', en: 'Ptmind Inc.' },
  country: 'JP',
  recipientAddress: {
    ja: '東京都新宿区西新宿3-7-30 フロンティアグラン西新宿10F',
    en: 'Frontier Gran Nishi-Shinjuku 10F, 3-7-30 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan',
  },
  recipientRepresentative: { ja: '代表取締役CEO Yuan Zheng', en: 'Yuan Zheng, Representative Director & CEO' },
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
  'Ptmind’s privacy policies on ptengine.com and on its Kocoro help site (read 2026-12-05) give the purposes of use of its users’ and its customers’ entrusted information but no list of what the Ptengine tag collects; no Ptmind page listing it was found.',
)
/** Ptmind's personal-information protection policy as published for its Kocoro product (last updated 2026-05-29). */
const POLICY_KOCORO = 'https://help.kocoro.ai/en/privacy/'
/** Ptmind's privacy policy, on ptengine.com. */
const POLICY = 'https://www.ptengine.com/privacy-policy'
/** Ptengine's help: preventing duplicate page views in single-page apps (shows the base tag). */
const SPA_HELP = 'https://helps.ptengine.com/faq/tag-and-domain/spa-tracking/spa-pv-duplicate'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(POLICY, '2026-12-05', 'Privacy Policy: Ptmind Inc. (“the Company”)'),
  country: /* @__PURE__ */ source(
    POLICY_KOCORO,
    '2026-12-05',
    'Ptmind Inc.’s contact for personal-information inquiries is in Shinjuku-ku, Tokyo, Japan',
  ),
  hosts: /* @__PURE__ */ unconfirmed(
    'Ptengine’s help (' +
      SPA_HELP +
      ', read 2026-12-05) shows the base tag loading https://js.ptengine.jp/<project id>.js; the hosts the tag sends to, and any ptengine.com host it calls, were not found in Ptmind’s pages read here.',
  ),
  data: pending,
  purposes: /* @__PURE__ */ source(
    POLICY,
    '2026-12-05',
    'Ptmind provides services built on data: analysis, A/B testing and other measures, and automation',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(POLICY, '2026-12-05', 'Ptmind Inc.’s Privacy Policy'),
  recipientAddress: /* @__PURE__ */ source(
    POLICY_KOCORO,
    '2026-12-05',
    'Personal Information Protection Policy of Ptmind Inc.: inquiries to Frontier Gran Nishi-Shinjuku 10F, 3-7-30 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    POLICY_KOCORO,
    '2026-12-05',
    'the policy is signed “Ptmind Inc., Representative Director & CEO, Yuan Zheng”',
  ),
}
