// Unconfirmed (2026-11-27): cookie names (__lt__cid, __lt__sid), ldtag_cl and the policy/opt-out URLs; recipient LY Corporation is confirmed by the LINE Tag Usage Guidelines.
// LINE Tag (LINE Ads conversion and retargeting). Facts from LY Corporation's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { IP_ADDRESS, USER_AGENT, PAGE_URL } from '../phrases.ts'

export const lineTag: ServiceDefinition = {
  id: 'line-tag',
  purposes: ['advertising'],
  name: { ja: 'LINE Tag', en: 'LINE Tag' },
  recipient: { ja: 'LINEヤフー株式会社', en: 'LY Corporation' },
  country: 'JP',
  data: [
    { ja: 'Cookie ID（__lt__cid、__lt__sid）', en: 'cookie IDs (__lt__cid, __lt__sid)' },
    { ja: '広告クリックID（ldtag_cl）', en: 'ad click ID (ldtag_cl)' },
    PAGE_URL,
    { ja: 'コンバージョンの種類', en: 'type of conversions' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '広告の効果を測定し、サイトを訪れた方にLINEで広告を表示するため',
    en: 'to measure our ads and to show our ads in LINE to people who visited the site',
  },
  recipientPurpose: {
    ja: 'LINE広告の配信・効果測定、LINEヤフーのサービスの提供・改善のため',
    en: 'to serve and measure LINE Ads, and to provide and improve LY Corporation’s services',
  },
  hosts: ['d.line-scdn.net/n/line_tag/', 'd.line-cdn.net/n/line_tag/', 'tr.line.me'],
  cookies: ['__lt__cid', '__lt__sid'],
  privacyPolicyUrl: 'https://www.lycorp.co.jp/ja/company/privacypolicy/',
  optOutUrl: 'https://www.lycorp.co.jp/ja/company/privacypolicy/optout/',
}
