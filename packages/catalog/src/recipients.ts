// Recipients that several services share: who they are for APPI records (name, country, address,
// representative), each fact from one page of the recipient itself, so that one correction reaches
// every entry. Catalog data only; the source objects never reach the head or the notice chunk.
import type { LocalizedText } from '@sekisho/core'
import { source, unconfirmed } from './sources.ts'

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
/** A page of Microsoft's own documentation (MicrosoftDocs) ending in Microsoft's privacy contacts. */
const MICROSOFT_CONTACT =
  'https://github.com/MicrosoftDocs/machine-learning-server-docs/blob/0285783e2ee2375d3aba31daf1e22b304b347d43/microsoft-r/resources-opting-out.md'
/** Microsoft Corporation's representative and address for the entries. */
export const MICROSOFT = {
  representative: { ja: 'CEO サティア・ナデラ', en: 'Satya Nadella, CEO' } as LocalizedText,
  address: {
    ja: 'アメリカ合衆国 ワシントン州 レドモンド ワン・マイクロソフト・ウェイ',
    en: 'One Microsoft Way, Redmond, Washington 98052, United States',
  } as LocalizedText,
}
export const MICROSOFT_SOURCES = {
  recipientRepresentative: /* @__PURE__ */ source(MICROSOFT_PRIVACY_JA, '2026-12-04', 'Satya Nadella, CEO'),
  recipientAddress: /* @__PURE__ */ source(
    MICROSOFT_CONTACT,
    '2026-12-05',
    'Microsoft’s docs page “Opting out of usage data collection” (Machine Learning Server, 2017), How to Contact Us: by mail, Microsoft Privacy, Microsoft Corporation, One Microsoft Way, Redmond, Washington 98052 USA',
  ),
  country: /* @__PURE__ */ source(
    MICROSOFT_CONTACT,
    '2026-12-05',
    'Microsoft Corporation’s privacy contact is in Redmond, Washington, USA',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    MICROSOFT_CONTACT,
    '2026-12-05',
    'Microsoft’s docs link the Microsoft privacy statement as https://privacy.microsoft.com/privacystatement',
  ),
}

/** Adobe's privacy policy in Japanese (last updated 2023-02-14), on adobe.com. */
const ADOBE_JP = 'https://adobe.com/jp/privacy/policy-linkfree.html'
const ADOBE_IRELAND = 'Adobe Systems Software Ireland Limited'
/**
 * Adobe's recipient for people outside North America: Adobe Ireland, not Adobe Inc. (Adobe Inc.
 * is the party for North America). A site whose Adobe contract names another entity overrides it.
 */
export const ADOBE = { recipient: { ja: ADOBE_IRELAND, en: ADOBE_IRELAND } as LocalizedText, country: 'IE' }
/** Adobe Campaign Classic's privacy page in Adobe's own docs repository (experienceleague.adobe.com's source). */
const ADOBE_CAMPAIGN_PRIVACY =
  'https://github.com/AdobeDocs/campaign-classic.en/blob/10f672bff4e083a34c57fa4d7d015a98705fb5cf/help/platform/using/privacy-and-recommendations.md'
export const ADOBE_SOURCES = {
  recipient: /* @__PURE__ */ source(
    ADOBE_JP,
    '2026-12-04',
    'お客様が北米以外にお住まいの場合、本ポリシーはお客様とAdobe Systems Software Ireland Limited(Adobe Ireland)との契約となります (in North America: Adobe Inc.); personal information is also transferred to other countries where Adobe operates, including the United States',
  ),
  country: /* @__PURE__ */ source(ADOBE_JP, '2026-12-04', 'Adobe Ireland; アイルランド法が適用されます'),
  privacyPolicyUrl: /* @__PURE__ */ source(
    ADOBE_CAMPAIGN_PRIVACY,
    '2026-12-05',
    'Privacy and recommendations (Adobe Experience Cloud privacy): as for all Adobe products, information about app and website users is collected; see the Adobe Privacy Policy, linked as https://www.adobe.com/privacy/policy.html',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No Adobe page giving Adobe Ireland’s address was read here (third-party lists give 4-6 Riverwalk, Citywest Business Campus, Dublin 24).',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Adobe page naming Adobe Ireland’s representative was read here.',
  ),
}

/** Meta Platforms, Inc.'s own filing with the SEC (EDGAR, CIK 1326801): a Form 4 of its CEO, filed 2024-08-14. */
const META_FORM_4 = 'https://sec.gov/Archives/edgar/data/1326801/000095010324012230/0000950103-24-012230.txt'
/** Meta Platforms, Inc.'s address and representative for the entries (`recipientAddress: META.address`). */
export const META = {
  address: {
    ja: 'アメリカ合衆国 カリフォルニア州 メンローパーク 1 Meta Way',
    en: '1 Meta Way, Menlo Park, California 94025, United States',
  } as LocalizedText,
  representative: { ja: 'CEO マーク・ザッカーバーグ', en: 'Mark Zuckerberg, CEO' } as LocalizedText,
}
// Recipients whose identity was looked for on their own pages without success: what was found
// instead is in the reason, once for all their entries.
export const META_SOURCES = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Meta’s privacy policy says “the information we, Meta Platforms, Inc., process”, read only through proxies of m.facebook.com and an archive of mbasic.facebook.com/privacy/policy/printable/ (version of 2022-07-26), not on facebook.com itself; its 2022 version on privacycenter.instagram.com was read only in a part that names no company. Meta’s own pages that do name Meta Platforms, Inc. (forwork.meta.com’s Meta for Work terms, outside the European Region) are for other products; its SEC filings name Meta Platforms, Inc. as the registrant, not as the party receiving these products’ data.',
  ),
  country: /* @__PURE__ */ source(
    META_FORM_4,
    '2026-12-05',
    'Form 4 filed 2024-08-14 (EDGAR header): issuer Meta Platforms, Inc., state of incorporation DE, business address 1 Meta Way, Menlo Park, CA 94025',
  ),
  recipientAddress: /* @__PURE__ */ source(
    META_FORM_4,
    '2026-12-05',
    'Form 4 filed 2024-08-14: Meta Platforms, Inc.’s business and mail address in EDGAR’s header is 1 Meta Way, Menlo Park, CA 94025 (the reporting person writes c/o Meta Platforms, Inc. at the same address)',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    META_FORM_4,
    '2026-12-05',
    'Form 4 filed 2024-08-14 by Mark Zuckerberg, c/o Meta Platforms, Inc., 1 Meta Way: director, 10% owner and officer, title COB and CEO',
  ),
}
/** X's developer documentation (docs.x.com) as published from its own repository. */
const X_DOCS = 'https://github.com/xdevplatform/docs/blob/'
/** The X Developer Agreement, which X for Websites users accept (x-for-websites/overview.mdx). */
export const X_DEVELOPER_AGREEMENT = X_DOCS + '0ad0f2fa941eccd0f3569892fc189af3e3f9b5d7/developer-terms/agreement.mdx'
/** X for Websites' privacy FAQ: what X receives from embeds and how long it keeps it. */
export const X_FOR_WEBSITES_PRIVACY = X_DOCS + '271dc3ab5a5a230ebe55aec5629ce6f3b87c94d0/x-for-websites/privacy.mdx'
/** X Corp.'s address, as X's own Developer Agreement gives it. */
export const X = {
  address: {
    ja: 'アメリカ合衆国 テキサス州 バストロップ 865 FM 1209, Building 2',
    en: '865 FM 1209, Building 2, Bastrop, TX 78602, United States',
  } as LocalizedText,
}
export const X_SOURCES = {
  privacyPolicyUrl: /* @__PURE__ */ source(
    X_FOR_WEBSITES_PRIVACY,
    '2026-12-05',
    'X for Websites privacy FAQ: learn more about the information X receives and how it is used in its privacy policy, linked as https://x.com/privacy',
  ),
  recipientAddress: /* @__PURE__ */ source(
    X_DEVELOPER_AGREEMENT,
    '2026-12-05',
    'X Developer Agreement (last updated 2026-04-27): X Corp., 865 FM 1209, Building 2, Bastrop, TX 78602, USA',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No X page naming a representative was read here (the Developer Agreement and Ads API Agreement in X’s docs repository name X Corp. and its address, no officer).',
  ),
}
/** Cloudflare, Inc.'s own filing with the SEC (EDGAR, CIK 1477333): its Form S-8 of 2019-09-13. */
const CLOUDFLARE_S8 = 'https://www.sec.gov/Archives/edgar/data/1477333/000119312519244741/d795321ds8.htm'
/** Cloudflare, Inc.'s address and representative for its two entries. */
export const CLOUDFLARE = {
  address: {
    ja: 'アメリカ合衆国 カリフォルニア州 サンフランシスコ 101 Townsend Street',
    en: '101 Townsend Street, San Francisco, California 94107, United States',
  } as LocalizedText,
  representative: { ja: 'CEO マシュー・プリンス', en: 'Matthew Prince, CEO' } as LocalizedText,
}
export const CLOUDFLARE_SOURCES = {
  country: /* @__PURE__ */ source(
    CLOUDFLARE_S8,
    '2026-12-05',
    'Form S-8 filed 2019-09-13: Cloudflare, Inc., incorporated in Delaware, principal executive offices in San Francisco, California',
  ),
  recipientAddress: /* @__PURE__ */ source(
    CLOUDFLARE_S8,
    '2026-12-05',
    'Form S-8 filed 2019-09-13: address of principal executive offices 101 Townsend Street, San Francisco, California 94107',
  ),
  recipientRepresentative: /* @__PURE__ */ source(
    CLOUDFLARE_S8,
    '2026-12-05',
    'Form S-8 filed 2019-09-13: agent for service Matthew Prince, Chief Executive Officer, Cloudflare, Inc., 101 Townsend Street',
  ),
}
export const LINKEDIN_SOURCES = {
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'LinkedIn’s European Regional Privacy Notice gives LinkedIn Corporation’s address as 1000 W Maude Avenue, Sunnyvale, CA (as the UK controller), read only in Open Terms Archive’s copy, not on linkedin.com.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed('No LinkedIn page naming a representative was read here.'),
}
export const PINTEREST_SOURCES = {
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'The Japanese privacy policy (policy.pinterest.com/ja/privacy-policy) names Pinterest Europe Ltd. and Pinterest, Inc. for the EEA, Switzerland and the UK; no address was in what was read of it.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed('No Pinterest page naming a representative was read here.'),
}
export const SALESFORCE_SOURCES = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Japanese customers are understood to contract with Salesforce Japan Co., Ltd.; no Salesforce page naming the contracting entity for its Marketing Cloud products (Account Engagement, Engagement, Personalization) was read here.',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'salesforce.com/jp/company/privacy/ is Salesforce’s Japanese privacy page address; the page was not read here.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No current Salesforce Japan page giving its head office address was read here.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'Salesforce Japan’s personal-information policy page on salesforce.com/jp names 代表取締役会長 兼 社長 小出 伸一, but in its 2017 version under the former name 株式会社セールスフォース・ドットコム; no current page was read here.',
  ),
}

/** LY Corporation's securities report (EDINET S100VYGU, filed 2025-06-18): who LY is, for its three tags. */
const LY_FILING = 'https://bttb.jp/kabu/EdinetBodys/edinet/S100VYGU'
export const LY_SOURCES = {
  recipient: /* @__PURE__ */ source(
    LY_FILING,
    '2026-12-04',
    'EDINET S100VYGU, securities report filed 2025-06-18: LY Corporation',
  ),
  country: /* @__PURE__ */ source(LY_FILING, '2026-12-04', '本店 東京都'),
  recipientAddress: /* @__PURE__ */ source(LY_FILING, '2026-12-04', '本店 東京都千代田区紀尾井町1番3号'),
  recipientRepresentative: /* @__PURE__ */ source(LY_FILING, '2026-12-04', '代表取締役社長CEO 出澤剛'),
}
