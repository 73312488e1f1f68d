// The privacy managers' page: a small HTML shell around @sekisho/console's built script.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { consoleHtml } from '@sekisho/console'

const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sekisho collector</title></head>
<body>
<h1>Sekisho collector</h1>
<p>The privacy managers' page (@sekisho/console) is not built. Run <code>npm run build</code>, then reload.</p>
<p>The API answers meanwhile: <a href="/healthz">/healthz</a>, <code>/v1/export</code>, <code>/v1/stats</code>.</p>
</body>
</html>
`

/** Where @sekisho/console's built script is, or undefined when it cannot be resolved. */
export function consoleScriptPath(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('@sekisho/console/console.js')
  } catch {
    return undefined
  }
}

/** The page and script to serve: the shell when the script exists, else a plain "not built" page. */
export async function consoleAssets(path = consoleScriptPath()): Promise<{ html: string; script?: string }> {
  const script = path === undefined ? undefined : await readFile(path, 'utf8').catch(() => undefined)
  return script === undefined ? { html: NOT_BUILT } : { html: consoleHtml(), script }
}
