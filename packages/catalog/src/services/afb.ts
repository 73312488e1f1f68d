// afb (アフィb) affiliate tags. Facts from ForIt's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
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
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'Check of 2026-11-27 (no URLs recorded) left unconfirmed: hosts and the policy URL; ForIt Inc. as the operator of afb is confirmed by its press release.',
)

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'ForIt’s partner terms on www.affiliate-b.com/web/terms/terms.html (read 2026-12-05) name 株式会社フォーイット as the provider of アフィリエイトB; no ForIt page read here ties that service to the afb name or to afi-b.com.',
  ),
  country: pending,
  hosts: pending,
  data: pending,
  purposes: pending,
  privacyPolicyUrl: pending,
  recipientAddress: pending,
  recipientRepresentative: pending,
}
