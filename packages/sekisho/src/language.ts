// Which of the config's languages a language tag (`<html lang>`, an element's `lang`) stands for.
import type { ResolvedConfig } from '@sekisho/core'

/** `ja-JP` → `ja` when offered; otherwise the config's first language. */
export function offeredLanguage(config: Pick<ResolvedConfig, 'languages'>, tag: string | null | undefined): string {
  const primary = tag?.split('-')[0]
  return primary && config.languages.includes(primary) ? primary : config.languages[0]!
}
