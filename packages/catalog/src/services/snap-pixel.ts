// Snap Pixel (scevent.min.js, the `snaptr` queue): Snapchat ads conversion tracking and audiences.
// Its browser id is a first-party cookie on the site; the click id comes from the ScCid URL parameter.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, SITE_EVENTS } from '../phrases.ts'

export const snapPixel: ServiceDefinition = {
  id: 'snap-pixel',
  purposes: ['advertising'],
  name: { ja: 'Snap ピクセル', en: 'Snap Pixel' },
  recipient: { ja: 'Snap Inc.', en: 'Snap Inc.' },
  country: 'US',
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

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Snap Inc. runs Snapchat Ads; no Snap page naming the party that receives Pixel data for sites in Japan was read here.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (Snap Inc., Santa Monica, United States); no Snap page read here states it.',
  ),
  hosts: /* @__PURE__ */ unconfirmed(
    'Snap’s own Launchpad server (' +
      LAUNCHPAD +
      'application.yml) relays the Pixel to pixel-server-host tr.snapchat.com (test host tr-shadow.snapchat.com, path /gateway/p) and serves /scevent.min.js; sc-static.net/scevent.min.js, the script address of the base code advertisers paste, is not on a Snap page read here.',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'Snap’s Conversions API takes the Pixel’s cookie id as sc_cookie1; _scid, _scid_r and _sctr are named only in third-party integration docs (MetaRouter, Datafly, consent vendors), not on a Snap page read here.',
  ),
  data: /* @__PURE__ */ unconfirmed(
    "Snap’s Launchpad readme shows the base code passing user_email to snaptr('init') and tracking PAGE_VIEW; hashing before sending, the ScCid click id and the rest are named only in third-party docs.",
  ),
  purposes: /* @__PURE__ */ source(
    CAPI,
    '2026-12-04',
    'like the Snap Pixel, events passed give post-view and post-swipe campaign reporting, and can be used for custom audience targeting, campaign optimization and Dynamic Ads',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'values.snap.com/privacy/privacy-policy is understood to be Snap’s privacy policy; Snap’s privacy principles page (values.snap.com/ja-JP/privacy/privacy-principles), read, refers to the policy, which itself was not read here.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No Snap page giving Snap Inc.’s address was read here (the US Data Privacy Framework list gives 3000 31st Street, Santa Monica, California 90405).',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed('No Snap page naming a representative was read here.'),
}
