// Unconfirmed (2026-11-27): recipient entity, cookie names and hosts; TikTok’s help confirms only that the pixel sets first-party cookies lasting 13 months.
// TikTok Pixel (events.js). Facts from TikTok's public business help pages.
import type { ServiceDefinition } from '@sekisho/core'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER, SITE_EVENTS } from '../phrases.ts'

export const tiktokPixel: ServiceDefinition = {
  id: 'tiktok-pixel',
  purposes: ['advertising'],
  name: { ja: 'TikTok ピクセル', en: 'TikTok Pixel' },
  recipient: { ja: 'TikTok Pte. Ltd.', en: 'TikTok Pte. Ltd.' },
  country: 'SG',
  data: [
    { ja: 'Cookie ID（_ttp）', en: 'cookie ID (_ttp)' },
    { ja: '広告クリックID（ttclid）', en: 'ad click ID (ttclid)' },
    PAGE_URL,
    REFERRER,
    SITE_EVENTS,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '広告の効果を測定し、サイトを訪れた方にTikTokで広告を表示するため',
    en: 'to measure our ads and to show our ads on TikTok to people who visited the site',
  },
  recipientPurpose: {
    ja: '広告の配信・最適化・効果測定、TikTokのサービスの提供・改善のため',
    en: 'to serve, optimise and measure ads, and to provide and improve TikTok’s services',
  },
  hosts: ['analytics.tiktok.com'],
  cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid', 'ttcsid_*'],
  privacyPolicyUrl: 'https://www.tiktok.com/legal/page/row/privacy-policy/ja',
  optOutUrl: 'https://www.tiktok.com/setting/ads',
}
