// Recipients that several services share: who they are for APPI records (name, country, address,
// representative), each fact from one page of the recipient itself, so that one correction reaches
// every entry. Catalog data only; the source objects never reach the head or the notice chunk.
import type { LocalizedText } from '@sekisho/core'
import { source } from './sources.ts'

/** Google's statutory disclosures for users in Japan under the APPI (version of 2022-04-29). */
const GOOGLE_JP = 'https://policies.google.com/privacy/additional/archive/20220429?hl=is&gl=jp'
const GOOGLE_ADDRESS: LocalizedText = {
  ja: 'アメリカ合衆国 カリフォルニア州 マウンテンビュー アンフィシアター パークウェイ 1600',
  en: '1600 Amphitheatre Parkway, Mountain View, CA 94043, United States',
}
const GOOGLE_REPRESENTATIVE: LocalizedText = { ja: 'CEO スンダー・ピチャイ', en: 'Sundar Pichai, CEO' }
const GOOGLE_VERSION =
  'Google’s 日本のユーザーへの法定表示事項, archived version of 2022-04-29 (the one before the latest change): '
const GOOGLE_RECIPIENT_SOURCE = /* @__PURE__ */ source(
  GOOGLE_JP,
  '2026-12-04',
  GOOGLE_VERSION + '個人情報取扱事業者の名称 Google LLC',
)
const GOOGLE_COUNTRY_SOURCE = /* @__PURE__ */ source(
  GOOGLE_JP,
  '2026-12-04',
  GOOGLE_VERSION + '住所 Mountain View, CA 94043 United States',
)
const GOOGLE_ADDRESS_SOURCE = /* @__PURE__ */ source(
  GOOGLE_JP,
  '2026-12-04',
  GOOGLE_VERSION + '住所 1600 Amphitheatre Parkway Mountain View, CA 94043 United States',
)
const GOOGLE_REPRESENTATIVE_SOURCE = /* @__PURE__ */ source(
  GOOGLE_JP,
  '2026-12-04',
  GOOGLE_VERSION + '代表者の氏名 Sundar Pichai, CEO',
)

/** reCAPTCHA's FAQ gives the wording sites must show, with Google's Privacy Policy link. */
const GOOGLE_POLICY_SOURCE = /* @__PURE__ */ source(
  'https://cloud.google.com/recaptcha/docs/faq',
  '2026-12-04',
  'Google links its Privacy Policy as policies.google.com/privacy (in the text reCAPTCHA sites must show)',
)

/** Google LLC's identity for the entries (`recipientAddress: GOOGLE.address`). */
export const GOOGLE = { address: GOOGLE_ADDRESS, representative: GOOGLE_REPRESENTATIVE }
/** Where each of those facts, the recipient's name and country, and its policy's address came from. */
export const GOOGLE_SOURCES = {
  recipient: GOOGLE_RECIPIENT_SOURCE,
  country: GOOGLE_COUNTRY_SOURCE,
  recipientAddress: GOOGLE_ADDRESS_SOURCE,
  recipientRepresentative: GOOGLE_REPRESENTATIVE_SOURCE,
  privacyPolicyUrl: GOOGLE_POLICY_SOURCE,
}

/** Microsoft's privacy site in Japanese opens with a statement signed by its CEO. */
const MICROSOFT_PRIVACY_JA = 'https://privacy.microsoft.com/ja-jp'
/** Microsoft Corporation's representative for the entries (its address is on no Microsoft page read here). */
export const MICROSOFT = { representative: { ja: 'CEO サティア・ナデラ', en: 'Satya Nadella, CEO' } as LocalizedText }
export const MICROSOFT_SOURCES = {
  recipientRepresentative: /* @__PURE__ */ source(MICROSOFT_PRIVACY_JA, '2026-12-04', 'Satya Nadella, CEO'),
}
