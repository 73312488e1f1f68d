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
  'Ptmind’s privacy policy on ptengine.com (read 2026-12-05) names Ptmind Inc. but gives no address, representative or list of what the tag collects; no other Ptmind page stating this fact was found.',
)
/** Ptmind's privacy policy, on ptengine.com. */
const POLICY = 'https://www.ptengine.com/privacy-policy'
/** Ptengine's help: preventing duplicate page views in single-page apps (shows the base tag). */
const SPA_HELP = 'https://helps.ptengine.com/faq/tag-and-domain/spa-tracking/spa-pv-duplicate'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(POLICY, '2026-12-05', 'Privacy Policy: Ptmind Inc. (“the Company”)'),
  country: pending,
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
  recipientAddress: pending,
  recipientRepresentative: pending,
}
