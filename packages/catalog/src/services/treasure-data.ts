// Treasure Data JavaScript SDK (td-js-sdk). Facts from Treasure Data's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { IP_ADDRESS, PAGE_URL_TITLE, REFERRER } from '../phrases.ts'

export const treasureData: ServiceDefinition = {
  id: 'treasure-data',
  purposes: ['analytics'],
  name: 'Treasure Data',
  recipient: { ja: 'Treasure Data, Inc.', en: 'Treasure Data, Inc.' },
  country: 'US',
  data: [
    { ja: 'Cookie ID（_td）', en: 'cookie ID (_td)' },
    PAGE_URL_TITLE,
    REFERRER,
    IP_ADDRESS,
    { ja: 'ブラウザの種類（ユーザーエージェント）と画面サイズ', en: 'browser type (user agent) and screen size' },
  ],
  sitePurpose: {
    ja: 'サイトの利用状況を顧客データと合わせて分析し、サービスを改善するため',
    en: 'to analyse site use together with our customer data and improve our services',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼によりデータを保管・処理するため',
    en: 'to store and process the data on the site operator’s behalf',
  },
  hosts: ['treasuredata.com', 'treasuredata.co.jp'],
  cookies: ['_td', '_td_global'],
  privacyPolicyUrl: 'https://www.treasuredata.com/privacy/',
}
