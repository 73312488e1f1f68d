// Unconfirmed (2026-11-27): cookie names _ycl_yjad/_yjsu_yjad, the b9x.yahoo.co.jp hosts and the opt-out URL; the site general tag’s first-party cookie and yclid are confirmed.
// Yahoo! JAPAN Ads: search ads conversion, display ads conversion and site retargeting, with the
// site general tag (ytag.js). Facts from Yahoo! JAPAN Ads Help.
import type { ServiceDefinition } from '@sekisho/core'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER, CONVERSION_VALUE } from '../phrases.ts'

export const yahooJapanAds: ServiceDefinition = {
  id: 'yahoo-japan-ads',
  purposes: ['advertising'],
  name: { ja: 'Yahoo!広告', en: 'Yahoo! JAPAN Ads' },
  recipient: { ja: 'LINEヤフー株式会社', en: 'LY Corporation' },
  country: 'JP',
  data: [
    { ja: 'Cookie ID（_ycl_yjad、_yjsu_yjad）', en: 'cookie IDs (_ycl_yjad, _yjsu_yjad)' },
    { ja: '広告クリックID（yclid、yj_r）', en: 'ad click IDs (yclid, yj_r)' },
    PAGE_URL,
    REFERRER,
    CONVERSION_VALUE,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '検索広告・ディスプレイ広告の効果を測定し、サイトを訪れた方にYahoo! JAPANと提携サイトで広告を表示するため',
    en: 'to measure our search and display ads and to show our ads on Yahoo! JAPAN and partner sites to people who visited the site',
  },
  recipientPurpose: {
    ja: 'Yahoo!広告の配信・効果測定、LINEヤフーのサービスの提供・改善のため',
    en: 'to serve and measure Yahoo! JAPAN Ads, and to provide and improve LY Corporation’s services',
  },
  hosts: [
    's.yimg.jp/images/listing/tool/cv/',
    'b90.yahoo.co.jp',
    'b91.yahoo.co.jp',
    'b92.yahoo.co.jp',
    'b97.yahoo.co.jp',
  ],
  // yjr_yjad is the name LY's developer notice of 2022-03 gives for the yj_r cookie.
  cookies: ['_ycl_yjad', '_yjsu_yjad', '_yjr_yjad', 'yjr_yjad'],
  privacyPolicyUrl: 'https://www.lycorp.co.jp/ja/company/privacypolicy/',
  optOutUrl: 'https://btoptout.yahoo.co.jp/optout/index.html',
}
