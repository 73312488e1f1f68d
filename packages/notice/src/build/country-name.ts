// Country names for APPI Art. 28 (the country of a foreign recipient must be named).
// Intl.DisplayNames carries ISO 3166 names in every language the engine has, so no table ships.

/** The name of ISO 3166-1 alpha-2 `code` in `lang`, or the code itself when the engine has none. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}
