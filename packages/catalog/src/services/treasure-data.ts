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
/** Treasure Data's AI Terms (updated 2024-10-09), on treasuredata.com. */
const AI_TERMS = 'https://treasuredata.com/terms/ai-terms'
/** トレジャーデータ株式会社's page on informative data, on treasure.ai. */
const INFORMATIVE_DATA_JA = 'https://www.treasure.ai/ja/privacy/informative-data-policy/'
const NO_IDENTITY_PAGE =
  'Treasure Data’s pages read here (' +
  AI_TERMS +
  ', the Terms of Service on treasure.ai/terms/terms-of-service/, ' +
  INFORMATIVE_DATA_JA +
  ', all read 2026-12-05) give no address or representative; the Japanese pages are トレジャーデータ株式会社’s, whose 個人情報に関する公表文 they link but which is not among the stored pages.'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    AI_TERMS,
    '2026-12-05',
    'the cloud services (the “Service”) are provided by Treasure Data, Inc. (“Treasure Data”) to the customer; personal data in the customer’s content is processed on the customer’s behalf (Treasure Data’s Japanese pages are those of its Japanese company トレジャーデータ株式会社, which a site contracting with it names instead)',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Treasure Data, Inc. is a US company by other accounts, but the AI Terms and the Terms of Service read here (2026-12-05) state neither its state of incorporation nor its seat in what was read.',
  ),
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
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'treasuredata.com/learn/privacy-compliance-with-treasure-data/ (read 2026-12-05) links “our privacy statement” without its address in the stored text, and the vendor now publishes as Treasure AI (treasure.ai), whose privacy page was not among the stored pages.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(NO_IDENTITY_PAGE),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(NO_IDENTITY_PAGE),
}
