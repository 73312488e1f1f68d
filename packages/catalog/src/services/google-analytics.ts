// Google Analytics 4 (gtag.js). Facts from Google's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { IP_ADDRESS, PAGE_URL_TITLE, REFERRER, DEVICE_SCREEN } from '../phrases.ts'

export const googleAnalytics: ServiceDefinition = {
  id: 'google-analytics',
  purposes: ['analytics'],
  name: 'Google Analytics',
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  data: [
    { ja: 'Cookie ID（_ga）', en: 'cookie ID (_ga)' },
    PAGE_URL_TITLE,
    REFERRER,
    IP_ADDRESS,
    DEVICE_SCREEN,
    { ja: '閲覧日時', en: 'date and time of visits' },
  ],
  sitePurpose: { ja: 'サイトの利用状況を分析し改善するため', en: 'to analyse and improve how the site is used' },
  recipientPurpose: {
    ja: '利用状況の統計をサイト運営者に提供するため、Googleのサービスの提供・改善のため',
    en: 'to report usage statistics to the site operator and to provide and improve Google services',
  },
  hosts: ['www.googletagmanager.com/gtag/js?id=G-', 'google-analytics.com', 'analytics.google.com'],
  cookies: ['_ga', '_ga_*', '_gid', '_gat', '_gat_*'],
  retention: { ja: '最長14か月（設定による）', en: 'up to 14 months (configurable)' },
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
  checked: '2026-11-22',
}
