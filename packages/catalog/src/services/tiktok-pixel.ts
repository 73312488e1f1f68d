// TikTok Pixel (events.js). Facts from TikTok's public business help pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER, SITE_EVENTS } from '../phrases.ts'

export const tiktokPixel: ServiceDefinition = {
  id: 'tiktok-pixel',
  purposes: ['advertising'],
  name: { ja: 'TikTok ピクセル', en: 'TikTok Pixel' },
  recipient: { ja: 'TikTok Pte. Ltd.', en: 'TikTok Pte. Ltd.' },
  country: 'SG',
  recipientAddress: {
    ja: 'シンガポール 048583 ラッフルズ・キー1 サウスタワー #26-10',
    en: '1 Raffles Quay, #26-10, South Tower, Singapore 048583',
  },
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
  // ttclid: TikTok's server-side tag (Events API template) keeps the click id in a first-party
  // cookie of that name for 30 days.
  cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid', 'ttcsid_*', 'ttclid'],
  privacyPolicyUrl: 'https://www.tiktok.com/legal/page/row/privacy-policy/ja',
  optOutUrl: 'https://www.tiktok.com/setting/ads',
  optOutKind: 'personalisation',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: hosts, data, the policy and opt-out pages, the opt-out kind and the representative; TikTok’s help confirms only that the pixel sets first-party cookies lasting 13 months.',
)

const PIXEL_COOKIES = 'https://ads.tiktok.com/help/mobile/article?aid=10007540'
/** TikTok's privacy policy for people outside the US, EEA, UK and Switzerland, version of 2021-06-02 (read in Malay). */
const PRIVACY_ROW = 'https://www.tiktok.com/legal/privacy-policy?lang=ms'
const PROVIDER =
  'the Platform is provided and controlled by TikTok Pte. Ltd., registered address 1 Raffles Quay, #26-10, South Tower, Singapore 048583'

/** TikTok's “Ads and your data” page (UK version) and its help page on off-TikTok data (read in Icelandic). */
const ADS_AND_YOUR_DATA = 'https://www.tiktok.com/privacy/ads-and-your-data/en-GB'
const OFF_TIKTOK_DATA =
  'https://support.tiktok.com/is/account-and-privacy/personalized-ads-and-data/control-your-off-tiktok-data'

const EAPI_TEMPLATE = 'github.com/tiktok/gtm-template-eapi (template.js, Apache-2.0, ByteDance)'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(PRIVACY_ROW, '2026-12-05', PROVIDER),
  country: /* @__PURE__ */ source(PRIVACY_ROW, '2026-12-05', PROVIDER),
  hosts: pending,
  cookies: /* @__PURE__ */ unconfirmed(
    `TikTok’s own Events API server template (${EAPI_TEMPLATE}, read 2026-12-05) reads the Pixel’s first-party cookie _ttp and reads and writes ttclid (30 days; added to cookies); _tt_enable_cookie, ttcsid and ttcsid_<pixel code> are in no TikTok code or page read here.`,
  ),
  data: pending,
  purposes: /* @__PURE__ */ source(
    PIXEL_COOKIES,
    '2026-12-04',
    'About using cookies with TikTok Pixel: cookies match events with people on TikTok to improve measurement, optimise ad campaigns and build retargeting and engagement audiences',
  ),
  privacyPolicyUrl: pending,
  optOutUrl: pending,
  optOutKind: /* @__PURE__ */ source(
    ADS_AND_YOUR_DATA,
    '2026-12-05',
    'people manage in the app’s privacy settings how certain data shapes the ads they see, and get non-personalised ads otherwise; the help page (' +
      OFF_TIKTOK_DATA +
      ') adds that disconnecting advertisers stops ads personalised on off-TikTok activity, while ads are always shown',
  ),
  recipientAddress: /* @__PURE__ */ source(PRIVACY_ROW, '2026-12-05', PROVIDER),
  recipientRepresentative: pending,
}
