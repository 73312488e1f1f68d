// i-mobile Ad Network (display and native ads on the publisher's pages): ad tags from
// *.i-mobile.co.jp (imp-adedge, spdeliver, spamp and spad in the tags and AMP integration).
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER } from '../phrases.ts'

export const iMobile: ServiceDefinition = {
  id: 'i-mobile',
  purposes: ['advertising'],
  name: { ja: 'i-mobile Ad Network（アイモバイル）', en: 'i-mobile Ad Network' },
  recipient: { ja: '株式会社アイモバイル', en: 'i-mobile Co., Ltd.' },
  country: 'JP',
  data: [
    PAGE_URL,
    REFERRER,
    { ja: '広告枠のID（パートナーID・メディアID・スポットID）', en: 'ad slot IDs (partner, media and spot IDs)' },
    { ja: '広告の表示とクリック', en: 'ads shown and clicked' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'ページに広告を表示し、広告収入を得るため',
    en: 'to show ads on our pages and earn ad revenue',
  },
  recipientPurpose: {
    ja: '広告の配信と、表示・クリックの計測のため',
    en: 'to serve ads and count their views and clicks',
  },
  hosts: ['i-mobile.co.jp'],
  privacyPolicyUrl: 'https://www.i-mobile.co.jp/privacy.html',
  recipientAddress: { ja: '東京都渋谷区渋谷三丁目26番20号', en: '3-26-20 Shibuya, Shibuya-ku, Tokyo, Japan' },
  recipientRepresentative: {
    ja: '代表取締役社長 野口哲也',
    en: 'Tetsuya Noguchi, President and Representative Director',
  },
}

/** Where each fact above came from: AMP's i-mobile integration (i-mobile's contact on it) and i-mobile's filing. */
const AMP_IMOBILE =
  'https://github.com/ampproject/amphtml/blob/341086d6796d8976d6738159f9d55ac70c76785e/ads/vendors/imobile.js'
const AMP_IMOBILE_DOC =
  'https://github.com/ampproject/amphtml/blob/1d7da03b5b499f6e1294d2be8e3e427b8900eb2e/ads/vendors/imobile.md'
/** i-mobile's securities report (EDINET E32687), read in financialreports.eu's copy. */
const FILING = 'https://financialreports.eu/filings/i-mobile-coltd/annual-report/2025/8037287'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    FILING,
    '2026-12-05',
    'securities report for the year to 2025-07-31 (filed 2025-10-23): 株式会社アイモバイル, i-mobile Co.,Ltd.',
  ),
  country: /* @__PURE__ */ source(FILING, '2026-12-05', '本店 東京都渋谷区'),
  hosts: /* @__PURE__ */ source(
    AMP_IMOBILE,
    '2026-12-05',
    'AMP’s imobile integration writes https://spamp.i-mobile.co.jp/script/amp.js; AMP’s ad config preconnects to spad.i-mobile.co.jp; the integration’s doc (' +
      AMP_IMOBILE_DOC +
      ') sends tags to inquiry@i-mobile.co.jp; sites’ tags load imp-adedge.i-mobile.co.jp/script/v1/spot.js and spdeliver.i-mobile.co.jp, under the same domain',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'The tag parameters pid, mid and asid (and page URL and referrer, which any ad request carries) are seen in sites’ tags; no i-mobile page listing what it collects was read here.',
  ),
  purposes: /* @__PURE__ */ source(
    AMP_IMOBILE_DOC,
    '2026-12-05',
    'an amp-ad type for i-mobile’s banner ads, configured with i-mobile’s pid and asid',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'www.i-mobile.co.jp/privacy.html is the address apps’ and sites’ notices link for i-mobile (with an opt-out page at /optout.html, left out here until what it stops is read); neither page was read here.',
  ),
  recipientAddress: /* @__PURE__ */ source(FILING, '2026-12-05', '本店の所在の場所 東京都渋谷区渋谷三丁目26番20号'),
  recipientRepresentative: /* @__PURE__ */ source(FILING, '2026-12-05', '代表者の役職氏名 代表取締役社長 野口 哲也'),
}
