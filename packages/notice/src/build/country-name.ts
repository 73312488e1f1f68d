// Country names for APPI Art. 28 (the country of a foreign recipient must be named).
// The countries recipients usually sit in come from a small ja/en table: Intl.DisplayNames' first
// use loads locale data for tens of milliseconds on the main thread, which the visitor would feel
// as a slow "Settings" click. Every other country and language falls back to it.

const NAMES: Record<string, [ja: string, en: string]> = {
  JP: ['日本', 'Japan'],
  US: ['アメリカ合衆国', 'United States'],
  SG: ['シンガポール', 'Singapore'],
  IE: ['アイルランド', 'Ireland'],
  FR: ['フランス', 'France'],
  DE: ['ドイツ', 'Germany'],
  NL: ['オランダ', 'Netherlands'],
  GB: ['イギリス', 'United Kingdom'],
  MT: ['マルタ', 'Malta'],
  KR: ['韓国', 'South Korea'],
  CN: ['中国', 'China'],
}

/** The name of ISO 3166-1 alpha-2 `code` in `lang`, or the code itself when the engine has none. */
export function countryName(code: string, lang: string): string {
  const known = NAMES[code]
  if (known && (lang == 'ja' || lang == 'en')) return known[lang == 'ja' ? 0 : 1]
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}
