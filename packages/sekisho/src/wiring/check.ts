// The check part: the full config validator, which createSekisho loads only on a development host
// (localhost, *.test, …): production pages carry the head's structural check alone, and a config
// baked by `sekisho bundle` was validated by the CLI. Until it passes, nothing is released.
import { formatConfigErrors, validateConfig } from '@sekisho/core'
import type { GateCatalog } from './create-sekisho.ts'

/** Validates the config's JSON text; on errors reports them (console, `sekisho:error`) and returns false. */
export function checkConfig(text: string, catalog: GateCatalog): boolean {
  let result: ReturnType<typeof validateConfig>
  try {
    result = validateConfig(JSON.parse(text), catalog, { trustCatalog: true })
  } catch (err) {
    result = { ok: false, errors: [{ path: '(config)', message: `not valid JSON: ${(err as Error).message}` }] }
  }
  if (result.ok) return true
  console.error('[sekisho] the config has errors; every tag stays held:\n' + formatConfigErrors(result.errors))
  document.dispatchEvent(new CustomEvent('sekisho:error', { detail: { errors: result.errors } }))
  return false
}
