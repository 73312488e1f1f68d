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

/** Where each fact above came from. */
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
/**
 * TikTok's own WordPress plugin “TikTok” (tiktok-for-business, “Copyright (c) Bytedance, Inc.”), as
 * vendored unchanged in a site's repository: its pixel class prints the Pixel's base code.
 */
const WP_PLUGIN =
  'https://github.com/youxianyen/royalag/blob/2d9578d9b81d912871335c6d77c754ba9c5af368/wp-content/plugins/tiktok-for-business/pixel/Tt4b_Pixel_Class.php'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(PRIVACY_ROW, '2026-12-05', PROVIDER),
  country: /* @__PURE__ */ source(PRIVACY_ROW, '2026-12-05', PROVIDER),
  hosts: /* @__PURE__ */ source(
    WP_PLUGIN,
    '2026-12-05',
    'TikTok’s WordPress plugin (Copyright Bytedance, as vendored in a site’s repository): print_script writes the Pixel base code, whose ttq.load loads https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=<pixel code>',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    `TikTok’s own Events API server template (${EAPI_TEMPLATE}, read 2026-12-05) reads the Pixel’s first-party cookie _ttp and reads and writes ttclid (30 days; added to cookies), and TikTok’s WordPress plugin (${WP_PLUGIN}) reads _ttp and keeps ttclid in a cookie of its own, tiktok_ttclid; _tt_enable_cookie, ttcsid and ttcsid_<pixel code> are in no TikTok code or page read here.`,
  ),
  data: /* @__PURE__ */ unconfirmed(
    `What the browser Pixel itself sends is on no TikTok page read here. TikTok’s WordPress plugin (${WP_PLUGIN}) sends, with each Pixel event, the same event to the Events API with the IP address, user agent, ttclid, _ttp, page URL and referrer and the event’s contents and value, and its GTM Pixel template (github.com/tiktok/gtm-template-pixel) passes the site’s event parameters (content IDs, price, quantity, value, currency) to ttq.track; neither shows what events.js adds in the browser.`,
  ),
  purposes: /* @__PURE__ */ source(
    PIXEL_COOKIES,
    '2026-12-04',
    'About using cookies with TikTok Pixel: cookies match events with people on TikTok to improve measurement, optimise ad campaigns and build retargeting and engagement audiences',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    `TikTok’s privacy policy for people outside the US, EEA, UK and Switzerland was read at ${PRIVACY_ROW} (version of 2021-06-02, in Malay); the address tiktok.com/legal/page/row/privacy-policy/ja is in no stored page or code read here.`,
  ),
  optOutUrl: /* @__PURE__ */ unconfirmed(
    `TikTok’s “Ads and your data” (${ADS_AND_YOUR_DATA}) and its help on off-TikTok data (${OFF_TIKTOK_DATA}) send people to the app’s privacy settings; the web address tiktok.com/setting/ads is on no TikTok page read here.`,
  ),
  optOutKind: /* @__PURE__ */ source(
    ADS_AND_YOUR_DATA,
    '2026-12-05',
    'people manage in the app’s privacy settings how certain data shapes the ads they see, and get non-personalised ads otherwise; the help page (' +
      OFF_TIKTOK_DATA +
      ') adds that disconnecting advertisers stops ads personalised on off-TikTok activity, while ads are always shown',
  ),
  recipientAddress: /* @__PURE__ */ source(PRIVACY_ROW, '2026-12-05', PROVIDER),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    `TikTok’s privacy policy (${PRIVACY_ROW}) gives TikTok Pte. Ltd.’s registered address and no representative; no TikTok page naming one was read here.`,
  ),
}
