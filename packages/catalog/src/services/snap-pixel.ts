// Snap Pixel (scevent.min.js, the `snaptr` queue): Snapchat ads conversion tracking and audiences.
// Its browser id is a first-party cookie on the site; the click id comes from the ScCid URL parameter.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, SITE_EVENTS } from '../phrases.ts'

export const snapPixel: ServiceDefinition = {
  id: 'snap-pixel',
  purposes: ['advertising'],
  name: { ja: 'Snap ピクセル', en: 'Snap Pixel' },
  recipient: { ja: 'Snap Group Limited Singapore Branch', en: 'Snap Group Limited Singapore Branch' },
  country: 'SG',
  data: [
    { ja: 'Cookie ID（_scid）とピクセルID', en: 'cookie ID (_scid) and the Pixel ID' },
    { ja: '広告クリックID（ScCid）', en: 'ad click ID (ScCid)' },
    {
      ja: 'サイトが渡すメールアドレス・電話番号（ハッシュ化したもの）',
      en: 'email address or phone number the site passes (hashed)',
    },
    PAGE_URL,
    SITE_EVENTS,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '広告の効果を測定し、サイトを訪れた方にSnapchatで広告を表示するため',
    en: 'to measure our ads and to show our ads on Snapchat to people who visited the site',
  },
  recipientPurpose: {
    ja: 'Snapchat広告の効果測定・配信の最適化・オーディエンスの作成のため',
    en: 'to measure Snapchat ads, optimise their delivery and build audiences',
  },
  hosts: ['sc-static.net', 'tr.snapchat.com', 'tr-shadow.snapchat.com'],
  cookies: ['_scid', '_scid_r', '_sctr'],
  privacyPolicyUrl: 'https://values.snap.com/privacy/privacy-policy',
}

/** Where each fact above came from. */
const LAUNCHPAD =
  'https://github.com/Snapchat/launchpad/blob/2221bfe35ee6fd1a7a14a3f865fb3ccc26b635cf/src/main/resources/'
const CAPI = 'https://developers.snap.com/api/marketing-api/Conversions-API'
const LOCAL_TERMS = 'https://snap.com/terms/local'
const ENTITY =
  'Local Terms (effective 2024-04-01): for an entity whose principal place of business is in Japan using Snap’s conversion program, “Snap” means Snap Group Limited Singapore Branch'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(LOCAL_TERMS, '2026-12-05', ENTITY),
  country: /* @__PURE__ */ source(LOCAL_TERMS, '2026-12-05', ENTITY),
  hosts: /* @__PURE__ */ source(
    'https://developers.snap.com/api/marketing-api/Ads-API/snap-pixel',
    '2026-12-05',
    'the pixel_javascript Snap returns loads https://sc-static.net/scevent.min.js; Snap’s own Launchpad server (' +
      LAUNCHPAD +
      'application.yml) relays the Pixel to pixel-server-host tr.snapchat.com, test host tr-shadow.snapchat.com',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'Snap’s Conversions API takes the Pixel’s cookie id as sc_cookie1, and Snap’s advertiser privacy FAQ (businesshelp.snapchat.com/articles/en_US/Knowledge/snap-privacy-faq) lists cookie IDs among the data; the names _scid, _scid_r and _sctr are in third-party docs only (consent vendors), and Snap’s cookie information page (snap.com/privacy/cookie-information) lists Snap’s own sites’ cookies, not the Pixel’s.',
  ),
  data: /* @__PURE__ */ unconfirmed(
    "Snap’s advertiser privacy FAQ (businesshelp.snapchat.com/articles/en_US/Knowledge/snap-privacy-faq) gives (hashed) email addresses, (hashed) phone numbers, device identifiers, IP addresses, cookie IDs, metadata and browser information as data advertisers may send, and the Ads API’s pixel code passes user_email to snaptr('init') and tracks PAGE_VIEW; the ScCid click id is named in third-party docs only.",
  ),
  purposes: /* @__PURE__ */ source(
    CAPI,
    '2026-12-04',
    'like the Snap Pixel, events passed give post-view and post-swipe campaign reporting, and can be used for custom audience targeting, campaign optimization and Dynamic Ads',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'values.snap.com/privacy/privacy-policy is taken as Snap’s privacy policy; Snap’s privacy principles page (values.snap.com/ja-JP/privacy/privacy-principles), read, refers to the policy, which itself was not among the stored pages searched on 2026-12-05.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'Snap’s Local Terms (snap.com/terms/local) name Snap Group Limited Singapore Branch for Japan without an address (they give one only for the Indian entity); no Snap page giving the branch’s address was read here.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed('No Snap page naming a representative was read here.'),
}
