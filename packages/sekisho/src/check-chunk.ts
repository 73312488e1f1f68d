// The full config validator, as a chunk the generic head loads only on a development host
// (localhost, *.test, …): production pages carry the head's structural check alone, and a config
// baked by `sekisho bundle` was validated by the CLI. Until it passes, nothing is released.
import { formatConfigErrors, validateConfig } from '@sekisho/core'

const head = window.sekisho._
let result: ReturnType<typeof validateConfig>
try {
  result = validateConfig(JSON.parse(head.text), head.catalog, { trustCatalog: true })
} catch (err) {
  result = { ok: false, errors: [{ path: '(config)', message: `not valid JSON: ${(err as Error).message}` }] }
}
if (result.ok) head.verified()
else {
  console.error('[sekisho] #sekisho-config has errors; every tag stays held:\n' + formatConfigErrors(result.errors))
  document.dispatchEvent(new CustomEvent('sekisho:error', { detail: { errors: result.errors } }))
}
