// Meta Pixel (fbevents.js). Information sent and cookies checked against Meta's developer docs (Meta Pixel, fbp and fbc).
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER, SITE_EVENTS } from '../phrases.ts'
import { META, META_SOURCES } from '../recipients.ts'

export const metaPixel: ServiceDefinition = {
  id: 'meta-pixel',
  purposes: ['advertising'],
  name: { ja: 'Meta ピクセル', en: 'Meta Pixel' },
  recipient: { ja: 'Meta Platforms, Inc.', en: 'Meta Platforms, Inc.' },
  country: 'US',
  recipientAddress: META.address,
  recipientRepresentative: META.representative,
  data: [
    { ja: 'Cookie ID（_fbp、_fbc）とピクセルID', en: 'cookie IDs (_fbp, _fbc) and the Pixel ID' },
    { ja: '広告クリックID（fbclid）', en: 'ad click ID (fbclid)' },
    PAGE_URL,
    REFERRER,
    SITE_EVENTS,
    {
      ja: 'クリックされたボタンとそのラベル、フォームの項目名',
      en: 'buttons clicked and their labels, and form field names',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '広告の効果を測定し、サイトを訪れた方にFacebook・Instagramで広告を表示するため',
    en: 'to measure our ads and to show our ads on Facebook and Instagram to people who visited the site',
  },
  recipientPurpose: {
    ja: '広告の配信・最適化・効果測定、Metaの製品の提供・改善のため',
    en: 'to serve, optimise and measure ads, and to provide and improve Meta products',
  },
  hosts: ['connect.facebook.net', 'www.facebook.com/tr'],
  cookies: ['_fbp', '_fbc'],
  privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
  optOutUrl: 'https://www.facebook.com/adpreferences/',
  optOutKind: 'personalisation',
  checked: '2026-11-27',
}

/** Where each fact above came from. */
const FBP_FBC = 'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/'

const GET_STARTED = 'https://developers.facebook.com/docs/meta-pixel/get-started'
const META_PIXEL = 'https://developers.facebook.com/docs/meta-pixel'
/** Meta's own WordPress plugin (Copyright Meta, Inc.), which writes the Pixel's base and noscript code. */
const WP_PLUGIN =
  'https://github.com/facebookincubator/Facebook-Pixel-for-Wordpress/blob/0385de8618f08f9bdf904ee0563ff5f6f97fa551/core/FacebookPixel.php'

export const sources: ServiceSources = {
  recipient: META_SOURCES.recipient,
  country: META_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    WP_PLUGIN,
    '2026-12-05',
    'pixelBaseCode loads https://connect.facebook.net/en_US/fbevents.js; pixelNoscriptCode sends https://www.facebook.com/tr?id=<pixel id>&ev=<event>&noscript=1',
  ),
  cookies: /* @__PURE__ */ source(
    FBP_FBC,
    '2026-12-04',
    '_fbp (browser id) and _fbc (click id from fbclid), first-party cookies of the Pixel',
  ),
  data: /* @__PURE__ */ source(
    META_PIXEL,
    '2026-12-05',
    'what the Pixel can collect: HTTP headers (IP address, browser, page location, referrer), Pixel ID and the Facebook cookie, buttons clicked with their labels, optional values (conversion value, page type) and form field names (not their values); fbclid and the _fbp/_fbc ids from the fbp/fbc page (' +
      FBP_FBC +
      ')',
  ),
  purposes: /* @__PURE__ */ source(
    GET_STARTED,
    '2026-12-04',
    'tracks Facebook ad-driven visitor activity, matches visitors to their Facebook accounts, and lets the advertiser analyse conversion flows and optimise ad campaigns in Ads Manager',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'facebook.com/privacy/policy/ is Meta’s privacy policy address; it was read only through proxies of m.facebook.com and an archive of mbasic.facebook.com/privacy/policy/printable/, not on facebook.com (the same Meta Privacy Policy is served on privacycenter.instagram.com/policy/).',
  ),
  optOutUrl: /* @__PURE__ */ unconfirmed(
    'facebook.com/adpreferences/ is Meta’s ad preferences page; Meta’s help on ad preferences and “Manage whether you see personalized or less-personalized ads” were read only through proxies and archives (archive.ph), not on facebook.com, and no Meta developer page read here links it.',
  ),
  optOutKind: /* @__PURE__ */ unconfirmed(
    'Meta’s cookies policy, read only in an archive.ph copy, says people with a Facebook account control in their ad settings whether data partners send about their activity off Meta is used to show them ads: the use for ads stops, not the Pixel’s sending; no page on facebook.com itself was read.',
  ),
  recipientAddress: META_SOURCES.recipientAddress,
  recipientRepresentative: META_SOURCES.recipientRepresentative,
}
