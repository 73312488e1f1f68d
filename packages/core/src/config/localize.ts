// Picks the visitor's language out of a LocalizedText.
import type { LocalizedText } from '../types.ts'

/** The text in `lang`, else in the first of `fallbacks` that exists, else any; '' for none. */
export function localize(
  text: LocalizedText | undefined,
  lang: string,
  fallbacks: readonly string[] = ['ja', 'en'],
): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  for (const l of [lang, ...fallbacks]) {
    const value = text[l]
    if (value !== undefined) return value
  }
  return Object.values(text)[0] ?? ''
}
