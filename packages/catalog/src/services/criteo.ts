// Criteo OneTag (retargeting). Criteo's scripts come from static.criteo.net; its user sync keeps
// cto_bundle and cto_bidid in first-party cookies and localStorage.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL } from '../phrases.ts'

export const criteo: ServiceDefinition = {
  id: 'criteo',
  purposes: ['advertising'],
  name: 'Criteo',
  recipient: { ja: 'Criteo SA', en: 'Criteo SA' },
  country: 'FR',
  recipientAddress: { ja: 'フランス共和国 パリ 32 rue Blanche, 75009', en: '32 rue Blanche, 75009 Paris, France' },
  data: [
    { ja: 'Cookie ID（cto_bundle）', en: 'cookie ID (cto_bundle)' },
    PAGE_URL,
    { ja: '閲覧・カートに入れた・購入した商品のID', en: 'IDs of products viewed, added to the cart or bought' },
    { ja: '購入の金額', en: 'value of purchases' },
    {
      ja: 'ハッシュ化したメールアドレス（サイトが送信する場合）',
      en: 'hashed email address (where the site sends it)',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'サイトで見た商品の広告を他のサイトで表示し、その効果を測定するため',
    en: 'to show ads for products viewed on our site on other sites, and to measure them',
  },
  recipientPurpose: {
    ja: '広告の配信・最適化・効果測定のため',
    en: 'to serve, optimise and measure ads',
  },
  hosts: ['criteo.com', 'criteo.net'],
  cookies: ['cto_*'],
  storage: ['cto_*'],
  retention: { ja: '収集から最長13か月', en: 'up to 13 months from collection' },
  privacyPolicyUrl: 'https://www.criteo.com/jp/privacy/',
  optOutUrl: 'https://www.criteo.com/privacy/disable-criteo-services-on-internet-browsers/',
  optOutKind: 'personalisation',
}

/** Where each fact above came from. */
/** Criteo's own modules in Prebid.js (the adapter's maintainer is pi-direct@criteo.com; gvlid 91 is Criteo). */
const ID_MODULE =
  'https://github.com/prebid/Prebid.js/blob/07a13b235198fc92b35f886b631340fcd146f74c/modules/criteoIdSystem.js'
const ADAPTER = 'https://github.com/prebid/Prebid.js/blob/master/modules/criteoBidAdapter.js'
const ADAPTER_DOC =
  'https://github.com/prebid/Prebid.js/blob/00f32c9d566e65b88ea32e5a6b947649b34513de/modules/criteoBidAdapter.md'

/** Criteo's pages on criteo.com: its privacy commitment, and its privacy policy (read in Italian). */
const COMMITMENT = 'https://criteo.com/privacy-commitment'
const POLICY_IT = 'https://www.criteo.com/it/privacy/'
/** Criteo's privacy policy for its services in Japanese, on criteo.com. */
const POLICY_JA = 'https://www.criteo.com/jp/privacy/'
/** Criteo's page on disabling its services in mobile apps (in Japanese), which links the one for browsers. */
const DISABLE_APPS_JA = 'www.criteo.com/jp/privacy/disable-criteo-services-on-mobile-applications/'
/** Criteo's notice for its websites and business relationships (effective 2026-07-02). */
const CORPORATE_NOTICE = 'www.criteo.com/corporate-privacy-notice/'
/** Criteo S.A.'s own annual report on Form 10-K for 2020, filed with the SEC 2021-02-26 (EDGAR, CIK 1576427). */
const FORM_10K = 'https://www.sec.gov/Archives/edgar/data/1576427/000157642721000008/0001576427-21-000008.txt'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    `Criteo’s privacy policy for its services (${POLICY_JA}, read 2026-12-05) speaks of “Criteo” and names no company in the part read; Criteo’s corporate privacy notice (${CORPORATE_NOTICE}) says the controller is Criteo SA and/or the affiliated group company of the person’s location and contracting entity, but for Criteo’s websites and business relationships, not its ad services.`,
  ),
  country: /* @__PURE__ */ source(COMMITMENT, '2026-12-05', 'Our commitment to privacy: based in Paris, France'),
  hosts: /* @__PURE__ */ source(
    ADAPTER,
    '2026-12-05',
    'Criteo’s adapter (' +
      ADAPTER_DOC +
      ': Maintainer pi-direct@criteo.com) loads https://static.criteo.net/js/ld/publishertag.prebid<version>.js; Criteo’s ID module calls https://gum.criteo.com/sid/json',
  ),
  cookies: /* @__PURE__ */ source(
    ID_MODULE,
    '2026-12-05',
    'saveOnAllStorages writes cto_bundle and cto_bidid as cookies (13 months); areCookiesWriteable sets and clears cto_test_cookie',
  ),
  storage: /* @__PURE__ */ source(
    ID_MODULE,
    '2026-12-05',
    'saveOnAllStorages also writes cto_bundle and cto_bidid to localStorage',
  ),
  data: /* @__PURE__ */ unconfirmed(
    `Criteo’s privacy commitment (${COMMITMENT}, read 2026-12-05) names pseudonymized identifiers (a Criteo UID, a hashed email), the device’s technical specifications and browsing events such as products viewed and purchased, and its policy in Japanese (${POLICY_JA}) products viewed, put in the cart and bought, tied to an identifier cookie; the page URL, the purchase value and the IP address are on no Criteo page read here.`,
  ),
  purposes: /* @__PURE__ */ source(
    POLICY_IT,
    '2026-12-05',
    'Criteo’s privacy policy (Italian): personalised ads (Dynamic Retargeting, Sponsored Products) showing products likely to interest the user from recent browsing on partners’ sites',
  ),
  retention: /* @__PURE__ */ source(
    COMMITMENT,
    '2026-12-05',
    'Limit data retention: user data kept at most 13 months from collection; only aggregated data longer',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    POLICY_JA,
    '2026-12-05',
    '個人情報保護方針: the principles Criteo applies to data it collects and processes through its services (Criteo Dynamic Retargeting, Sponsored Products), with a separate policy for its corporate website; also read in Italian at ' +
      POLICY_IT,
  ),
  optOutUrl: /* @__PURE__ */ unconfirmed(
    `Criteo’s page on disabling its services in mobile apps (${DISABLE_APPS_JA}, read 2026-12-05) links a page on disabling them in internet browsers, whose address and text were not in what was read; criteo.com/privacy/disable-criteo-services-on-internet-browsers/ is that page’s English address as recorded on 2026-11-27.`,
  ),
  optOutKind: /* @__PURE__ */ unconfirmed(
    `Criteo’s page for mobile apps (${DISABLE_APPS_JA}) says resetting the advertising ID and limiting ad tracking withdraws consent to Criteo’s services and objects to its processing; what the browser opt-out stops (Criteo’s ads only, or also its collection) is in the part “何が変わりますか?” not read, and the browser page itself was not read.`,
  ),
  recipientAddress: /* @__PURE__ */ source(
    FORM_10K,
    '2026-12-05',
    'Form 10-K filed 2021-02-26 (EDGAR header): Criteo S.A., incorporated in France, business and mail address 32 Rue Blanche, Paris 75009',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Criteo page or recent filing naming its current chief executive was read here: the SEC filings read that name one (Form F-1 and 20-F of 2014 and 2015) give Jean-Baptiste Rudelle as Chairman and CEO, who no longer is; the 10-K of 2021 was read only in its EDGAR header.',
  ),
}
