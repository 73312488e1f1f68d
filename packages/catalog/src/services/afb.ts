// Unconfirmed (2026-11-27): hosts and the policy URL; ForIt Inc. as the operator of afb is confirmed by its press release.
// afb (アフィb) affiliate tags. Facts from ForIt's public pages.
import type { ServiceDefinition } from '@sekisho/core'
import {
  IP_ADDRESS,
  USER_AGENT,
  ORDER_NUMBER,
  CONVERSION_PAGE_URL,
  CLICK_ID,
  PURCHASE_VALUE,
  AFFILIATE_NETWORK_PURPOSE,
  AFFILIATE_PARTNER_PURPOSE,
} from '../phrases.ts'

export const afb: ServiceDefinition = {
  id: 'afb',
  purposes: ['affiliate'],
  name: 'afb',
  recipient: { ja: '株式会社フォーイット', en: 'ForIt Inc.' },
  country: 'JP',
  data: [CLICK_ID, CONVERSION_PAGE_URL, ORDER_NUMBER, PURCHASE_VALUE, IP_ADDRESS, USER_AGENT],
  sitePurpose: AFFILIATE_PARTNER_PURPOSE,
  recipientPurpose: AFFILIATE_NETWORK_PURPOSE,
  hosts: ['afi-b.com'],
  privacyPolicyUrl: 'https://www.for-it.co.jp/privacy/',
}
