// afb (アフィb) affiliate tags. Facts from ForIt's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import {
  IP_ADDRESS,
  USER_AGENT,
  ORDER_NUMBER,
  CONVERSION_PAGE_URL,
  CLICK_ID,
  PURCHASE_VALUE,
  AFFILIATE_NETWORK_PURPOSE,
  AFFILIATE_PUBLISHER_PURPOSE,
} from '../phrases.ts'

export const afb: ServiceDefinition = {
  id: 'afb',
  purposes: ['affiliate'],
  name: 'afb',
  recipient: { ja: '株式会社フォーイット', en: 'ForIt Inc.' },
  country: 'JP',
  data: [CLICK_ID, CONVERSION_PAGE_URL, ORDER_NUMBER, PURCHASE_VALUE, IP_ADDRESS, USER_AGENT],
  sitePurpose: AFFILIATE_PUBLISHER_PURPOSE,
  recipientPurpose: AFFILIATE_NETWORK_PURPOSE,
  hosts: ['afi-b.com'],
  privacyPolicyUrl: 'https://www.for-it.co.jp/privacy/',
  // ForIt's English privacy policy gives the name in Latin letters only.
  recipientRepresentative: {
    ja: '最高経営責任者 Takeharu Yoshizawa',
    en: 'Takeharu Yoshizawa, Chief Executive Officer',
  },
}

/** Where each fact above came from. Looked for again on 2026-12-05 in the stored copies of afb's and ForIt's pages. */
const LINK_CODES = 'https://www.afi-b.com/beginner/archives/tsushin/6203'
const ITP = 'https://afi-b.com/beginner/archives/tsushin/8637'
const FORIT_POLICY_EN = 'https://for-it.co.jp/english/privacypolicy'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'ForIt’s partner terms on www.affiliate-b.com/web/terms/terms.html (read 2026-12-05) name 株式会社フォーイット as the provider of アフィリエイトB; afb’s own pages on afi-b.com read here (link codes, advertiser FAQ, ITP notice) are signed “afb運用チーム” without naming the company, and the sentence that フォーイット provides afb under the afb partner terms was read only in a copy of the セルフB terms on lawinsider.com.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (ForIt Inc., Japan), whose tie to afb no ForIt page read states.',
  ),
  hosts: /* @__PURE__ */ source(
    LINK_CODES,
    '2026-12-05',
    'afb’s link codes (as of May 2021) are <a href="https://t.afi-b.com/visit.php?guid=ON&a=…&p=…" rel="nofollow">; afi-b.com/guide/how-to-connect-link-codes adds id1–id5 keys to the same t.afi-b.com/visit.php link',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'afb’s ITP notice (' +
      ITP +
      ') says its tags kept a conversion-measuring parameter in localStorage and that it moves to server-to-server conversion notices and CNAME tracking; it names neither that key nor the items sent (IP address, user agent, order number, value).',
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    'afb’s advertiser FAQ (afi-b.com/advertiser/faq) says afb pays the partners’ commissions on the advertiser’s behalf, and its link-code guide ties conversions to link codes; fraud prevention is not stated on an afb page read here.',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'ForIt’s English privacy policy (' +
      FORIT_POLICY_EN +
      ') was read; the Japanese page at www.for-it.co.jp/privacy/ was not.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'ForIt’s English privacy policy (' +
      FORIT_POLICY_EN +
      ') as read gives no address; no ForIt company page was read here.',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    FORIT_POLICY_EN,
    '2026-12-05',
    'For it Inc. (“Forit”) privacy policy, signed Chief Executive Officer Takeharu Yoshizawa',
  ),
}
