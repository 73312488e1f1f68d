// Treasure Data JavaScript SDK (td-js-sdk). Facts from Treasure Data's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL_TITLE, REFERRER } from '../phrases.ts'

export const treasureData: ServiceDefinition = {
  id: 'treasure-data',
  purposes: ['analytics'],
  name: 'Treasure Data',
  recipient: { ja: 'Treasure Data, Inc.', en: 'Treasure Data, Inc.' },
  country: 'US',
  data: [
    { ja: 'Cookie ID（_td、_td_global、_td_ssc_id）', en: 'cookie IDs (_td, _td_global, _td_ssc_id)' },
    PAGE_URL_TITLE,
    REFERRER,
    IP_ADDRESS,
    {
      ja: 'ブラウザの種類（ユーザーエージェント）・言語・文字コード',
      en: 'browser type (user agent), language and character set',
    },
    { ja: '画面の解像度・色深度と表示領域のサイズ', en: 'screen resolution, colour depth and viewport size' },
    { ja: 'ページのdescriptionメタタグ', en: 'the page’s description meta tag' },
  ],
  sitePurpose: {
    ja: 'サイトの利用状況を顧客データと合わせて分析し、サービスを改善するため',
    en: 'to analyse site use together with our customer data and improve our services',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼によりデータを保管・処理するため',
    en: 'to store and process the data on the site operator’s behalf',
  },
  // in.treasuredata.com and its regions (tokyo., eu01., ap02., ap03.), cdp.… and the cdn.
  hosts: ['treasuredata.com'],
  // _td_domain_<domain>: td-js-sdk's probe for the widest cookie domain, left for an hour.
  // __td_signed: Signed Mode (PII sent) once the site grants it, so it goes on withdrawal;
  // __td_blockEvents and td_consent_preferences record the visitor's own refusal and stay.
  cookies: ['_td', '_td_global', '_td_ssc_id', '_td_domain_*', '__td_signed'],
  storage: ['__td_signed'],
  privacyPolicyUrl: 'https://www.treasuredata.com/privacy/',
}

const TD_JS_SDK = 'https://github.com/treasure-data/td-js-sdk'
/** td-js-sdk's own code as published on npm, version 4.4.3. */
const RECORD = 'https://app.unpkg.com/td-js-sdk@4.4.3/files/lib/record.js'
/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: recipient, country, purposes, privacy policy URL (the vendor now publishes as Treasure AI, treasure.ai), address and representative; cookies, hosts and fields are from td-js-sdk.',
)

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: /* @__PURE__ */ source(
    'https://app.unpkg.com/td-js-sdk@4.4.3/files/lib/plugins/personalization.js',
    '2026-12-05',
    'ingest hosts per region: in.treasuredata.com, tokyo.in.treasuredata.com, eu01., ap02., ap03.in.treasuredata.com, with cdp-<region>.in.treasuredata.com for personalization; the README’s snippet loads cdn.treasuredata.com/sdk/…/td.min.js; no treasuredata.co.jp host in the SDK (removed from hosts)',
  ),
  cookies: /* @__PURE__ */ source(
    TD_JS_SDK,
    '2026-12-04',
    'lib/configurator.js: globalIdCookie _td_global and the _td_domain_<domain> probe (3600 s); lib/plugins/servercookie.js: _td_ssc_id; the tracker defaults: cookieName _td (2 years); ' +
      RECORD +
      ' (read 2026-12-05): setSignedMode writes the cookie __td_signed',
  ),
  storage: /* @__PURE__ */ source(
    RECORD,
    '2026-12-05',
    'setSignedMode also writes localStorage __td_signed when storeConsentByLocalStorage is set',
  ),
  data: /* @__PURE__ */ source(
    TD_JS_SDK + '#tracked-information',
    '2026-12-05',
    'README, Tracked information: td_client_id, td_global_id, td_url, td_title, td_referrer, td_ip (Signed Mode only), td_user_agent, td_language, td_charset, td_color, td_screen, td_viewport, td_description',
  ),
  purposes: /* @__PURE__ */ source(
    TD_JS_SDK + '#tracking',
    '2026-12-05',
    'README, Tracking: td-js-sdk tracks page impressions and events with client information, sent to the site’s own Treasure Data database',
  ),
  privacyPolicyUrl: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
