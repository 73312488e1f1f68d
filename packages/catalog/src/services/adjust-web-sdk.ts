// Adjust Web SDK: records sessions and events of a web app for Adjust's attribution. It keeps its
// state (web_uuid, attribution, queued requests) in IndexedDB, or in localStorage under
// `adjust-sdk.<store>` where IndexedDB is missing (iOS), and sets no cookie. The gate erases the
// localStorage keys; an IndexedDB database is outside what `storage` names.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, DEVICE } from '../phrases.ts'

export const adjustWebSdk: ServiceDefinition = {
  id: 'adjust-web-sdk',
  purposes: ['advertising'],
  name: 'Adjust Web SDK',
  recipient: { ja: 'Adjust GmbH', en: 'Adjust GmbH' },
  country: 'DE',
  data: [
    { ja: 'Web訪問者ID（web_uuid）', en: 'web visitor ID (web_uuid)' },
    DEVICE,
    { ja: 'OSとブラウザのバージョン', en: 'operating system and browser versions' },
    { ja: 'ブラウザの言語設定', en: 'browser language setting' },
    { ja: 'トラッキング拒否（Do Not Track）の設定', en: 'the browser’s Do Not Track setting' },
    {
      ja: 'セッションの回数・長さと、サイトが送信するイベントと売上金額',
      en: 'number and length of sessions, and events the site reports with their revenue',
    },
    IP_ADDRESS,
  ],
  sitePurpose: {
    ja: 'Webアプリの利用を広告キャンペーンに紐づけて効果を測定するため',
    en: 'to attribute use of our web app to ad campaigns and measure them',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により、訪問とイベントを広告キャンペーンに紐づけて計測するため',
    en: 'to attribute visits and events to ad campaigns on the site operator’s behalf',
  },
  // app. and gdpr. on adjust.com, its eu./tr./us. data-residency hosts and cdn.adjust.com; India and China endpoints.
  hosts: ['adjust.com', 'adjust.net.in', 'adjust.world'],
  // adjust-sdk.q, .as, .gp, .ed, .p; with a custom namespace adjust-sdk-<namespace>.<store>.
  storage: ['adjust-sdk*'],
  recipientAddress: {
    ja: 'ドイツ連邦共和国 ベルリン Saarbrücker Str. 37a, 10405',
    en: 'Saarbrücker Str. 37a, 10405 Berlin, Germany',
  },
  recipientRepresentative: { ja: 'マネージングディレクター Simon Dussart', en: 'Simon Dussart, managing director' },
  privacyPolicyUrl: 'https://www.adjust.com/terms/privacy-policy/',
}

/** Where each fact above came from. */
const SDK = 'https://github.com/adjust/web_sdk/blob/'
const POLICY = 'https://www.adjust.com/terms/privacy-policy/'
const POLICY_NOTE = 'Adjust privacy policy, last modified October 2024: '

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Adjust’s privacy policy names Adjust GmbH as controller and lists Adjust K.K., Japan among the entities responsible in contracts with their respective partners; which one receives a Japanese site’s SDK data depends on its contract, which was not read here.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (Adjust GmbH in Berlin, Germany); where SDK data is processed was not read here.',
  ),
  hosts: /* @__PURE__ */ source(
    SDK + '06e72c1354e2c6d54a5f381cc03f7456e918d251/src/sdk/url-strategy.ts',
    '2026-12-04',
    'endpointMap: app. and gdpr. on adjust.com, adjust.net.in (India), adjust.world (China), and app.eu./app.tr./app.us.adjust.com for data residency; the CDN build is loaded from cdn.adjust.com (dev.adjust.com/en/sdk/web)',
  ),
  storage: /* @__PURE__ */ source(
    SDK + '39536853227f50a40997b347927f29c0d32896e9/src/sdk/storage/quick-storage.ts',
    '2026-12-04',
    'localStorage keys <namespace>.<store> for the stores q, as, gp, ed and p (storage/scheme.ts), namespace adjust-sdk (the SDK’s webpack build) or adjust-sdk-<custom> (setCustomName); IndexedDB under the same name where supported',
  ),
  data: /* @__PURE__ */ source(
    SDK + '10112d9f6a2fdc20864f3ae9617e400055b76070/src/sdk/default-params.js',
    '2026-12-04',
    'every request carries web_uuid, Do Not Track, OS name and version, browser name and version, platform web, language and country of navigator.language, device type, timestamps; sessions and events add counts, length, event token and revenue (storage/scheme.ts); the IP address reaches Adjust with each request',
  ),
  purposes: /* @__PURE__ */ source(
    'https://dev.adjust.com/en/sdk/web',
    '2026-12-04',
    'the Adjust Web SDK records attribution, events and other data in a web app',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(POLICY, '2026-12-04', 'Adjust’s privacy policy'),
  recipientAddress: /* @__PURE__ */ source(
    POLICY,
    '2026-12-04',
    POLICY_NOTE + 'Adjust GmbH, Saarbrücker Str. 37a, 10405 Berlin',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    POLICY,
    '2026-12-04',
    POLICY_NOTE + 'managing director is Simon Dussart',
  ),
}
