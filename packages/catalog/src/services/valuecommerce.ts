// ValueCommerce affiliate tags (conversion tag / LinkSwitch). Facts from ValueCommerce's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import {
  IP_ADDRESS,
  USER_AGENT,
  ORDER_NUMBER,
  CONVERSION_PAGE_URL,
  PURCHASE_VALUE_PRODUCTS,
  AFFILIATE_NETWORK_PURPOSE,
  AFFILIATE_PUBLISHER_PURPOSE,
} from '../phrases.ts'

export const valuecommerce: ServiceDefinition = {
  id: 'valuecommerce',
  purposes: ['affiliate'],
  name: { ja: 'バリューコマース', en: 'ValueCommerce' },
  recipient: { ja: 'バリューコマース株式会社', en: 'ValueCommerce Co., Ltd.' },
  country: 'JP',
  data: [
    { ja: '広告クリックID（vc_idパラメータ）', en: 'ad click ID (vc_id parameter)' },
    CONVERSION_PAGE_URL,
    ORDER_NUMBER,
    PURCHASE_VALUE_PRODUCTS,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: AFFILIATE_PUBLISHER_PURPOSE,
  recipientPurpose: AFFILIATE_NETWORK_PURPOSE,
  hosts: ['valuecommerce.com', 'valuecommerce.ne.jp'],
  privacyPolicyUrl: 'https://www.valuecommerce.co.jp/privacy_policy/',
  recipientAddress: { ja: '東京都千代田区紀尾井町1番3号', en: '1-3 Kioicho, Chiyoda-ku, Tokyo, Japan' },
  recipientRepresentative: {
    ja: '代表取締役社長 最高経営責任者 香川仁',
    en: 'Jin Kagawa, President and Representative Director, CEO',
  },
}

/** ValueCommerce's action history information protection policy (English version). */
const ACTION_POLICY = 'https://www.valuecommerce.co.jp/en/privacy_policy/privacy_action/'
const VC_FILING = 'https://financialreports.eu/filings/valuecommerce-co-ltd/annual-report/2024/7346362'
/** ValueCommerce's LinkSwitch guide for affiliate sites, on valuecommerce.ne.jp. */
const LINKSWITCH = 'https://www.valuecommerce.ne.jp/stepup/guide/tool/linkswitch'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    VC_FILING,
    '2026-12-04',
    'securities report filed 2024-03-25 (the latest found): バリューコマース株式会社 / ValueCommerce Co., Ltd.',
  ),
  country: /* @__PURE__ */ source(VC_FILING, '2026-12-04', '本店 東京都'),
  hosts: /* @__PURE__ */ unconfirmed(
    `ValueCommerce’s LinkSwitch guide (${LINKSWITCH}) and its Q&A (valuecommerce.ne.jp/stepup/lksh_qa01) say sites put a ValueCommerce JS tag in the page header that turns direct links into affiliate links, without naming the host it loads from; its technical docs read (pub-docs.valuecommerce.ne.jp, item and report APIs) name no tag or click hosts.`,
  ),
  data: /* @__PURE__ */ unconfirmed(
    'No ValueCommerce page read names the vc_id parameter or lists what its conversion tag sends; the action-history policy read here speaks of cookies for measuring ad results only in general.',
  ),
  purposes: /* @__PURE__ */ source(
    ACTION_POLICY,
    '2026-12-05',
    'About the use of cookies: ValueCommerce uses cookies to measure the results of the ads it delivers, among other uses',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'The English action-history policy (valuecommerce.co.jp/en/privacy_policy/privacy_action/) was read; the Japanese privacy policy at valuecommerce.co.jp/privacy_policy/ was not among the stored pages.',
  ),
  recipientAddress: /* @__PURE__ */ source(
    VC_FILING,
    '2026-12-04',
    '本店 東京都千代田区紀尾井町1番3号 (filing of 2024-03-25)',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    VC_FILING,
    '2026-12-04',
    '代表取締役社長 最高経営責任者 香川仁 (filing of 2024-03-25; check for a later change)',
  ),
}
