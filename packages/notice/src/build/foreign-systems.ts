// APPI Art. 28 / Enforcement Rules Art. 17(2)(ii): information on the personal-information protection
// system of each recipient's country. Summaries in our own words of the Personal Information Protection
// Commission's published country surveys (「外国における個人情報の保護に関する制度等の調査」), checked
// 2026-12; the source link goes with every paragraph so visitors can read the survey itself.

/** Where the PPC publishes its country surveys. */
export const PPC_SURVEYS = 'https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/#gaikoku'

/** EU member states and the UK: the PPC designated them (Enforcement Rules Art. 15) as having a
 * system equivalent to Japan's, so their paragraph is one shared text. */
const EU: [ja: string, en: string] = [
  'EU一般データ保護規則（GDPR）が直接適用され、各国のデータ保護機関が監督しています。個人情報保護委員会は、EUを個人の権利利益の保護について日本と同等の水準にある制度を持つ地域として指定しています。',
  'The EU General Data Protection Regulation (GDPR) applies directly, supervised by each member state’s data protection authority. Japan’s Personal Information Protection Commission has designated the EU as having a system of a standard equivalent to Japan’s.',
]

export const FOREIGN_SYSTEMS: Record<string, [ja: string, en: string]> = {
  US: [
    '連邦レベルで包括的な個人情報保護法はなく、連邦取引委員会（FTC）が不公正・欺まん的な行為を規制するほか、分野ごとの連邦法とカリフォルニア州消費者プライバシー法（CCPA）などの州法が個人情報を保護しています。APECの越境プライバシールール（CBPR）システムに参加しています。',
    'There is no comprehensive federal privacy law: the Federal Trade Commission acts against unfair or deceptive practices, and sector-specific federal laws and state laws such as the California Consumer Privacy Act (CCPA) protect personal information. The US takes part in the APEC Cross-Border Privacy Rules (CBPR) system.',
  ],
  SG: [
    '個人データ保護法（PDPA、2012年）が民間事業者による個人データの収集・利用・提供に同意、目的の通知、国外移転の制限などを義務づけ、個人データ保護委員会（PDPC）が監督しています。APECのCBPRシステムに参加しています。',
    'The Personal Data Protection Act 2012 (PDPA) requires private organisations to obtain consent, state purposes and restrict transfers abroad when they collect, use or disclose personal data; the Personal Data Protection Commission (PDPC) supervises it. Singapore takes part in the APEC CBPR system.',
  ],
  GB: [
    '英国一般データ保護規則（UK GDPR）とデータ保護法2018が適用され、情報コミッショナー（ICO）が監督しています。個人情報保護委員会は、英国を日本と同等の水準にある制度を持つ国として指定しています。',
    'The UK GDPR and the Data Protection Act 2018 apply, supervised by the Information Commissioner’s Office (ICO). Japan’s Personal Information Protection Commission has designated the UK as having a system of a standard equivalent to Japan’s.',
  ],
  KR: [
    '個人情報保護法（PIPA、2011年）が公共・民間の個人情報の取扱いに同意、目的の通知、国外移転の制限などを定め、個人情報保護委員会（PIPC）が監督しています。APECのCBPRシステムに参加しています。',
    'The Personal Information Protection Act 2011 (PIPA) governs the handling of personal information in the public and private sectors, with consent, notice of purposes and limits on transfers abroad; the Personal Information Protection Commission (PIPC) supervises it. Korea takes part in the APEC CBPR system.',
  ],
  IL: [
    'プライバシー保護法（1981年）とデータセキュリティ規則が個人データベースの管理・安全管理・国外移転などを定め、司法省のプライバシー保護庁（PPA）が監督しています。',
    'The Protection of Privacy Law 1981 and its data security regulations govern personal databases, their security and transfers abroad, supervised by the Privacy Protection Authority (PPA) of the Ministry of Justice.',
  ],
  FR: EU,
  IE: EU,
  DE: EU,
  NL: EU,
  MT: EU,
  EE: EU,
  SE: EU,
}

/** The paragraph for `country` in `lang` ('' when the country has none: the notice then links the surveys). */
export function foreignSystem(country: string, lang: string): string {
  const texts = Object.prototype.hasOwnProperty.call(FOREIGN_SYSTEMS, country) ? FOREIGN_SYSTEMS[country] : undefined
  return texts ? texts[lang == 'ja' ? 0 : 1] : ''
}
