// `npm start`: build, then run the demo on 127.0.0.1: the reference collector (SQLite in .data/,
// with the privacy managers' page at its /) and the script-tag example site, whose receipts go to it.
// Env: PORT (site, 8080), COLLECTOR_PORT (8787), SEKISHO_TOKEN (export token; random per start).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { root, run } from './run.mjs'
import { serveSite } from './serve.mjs'

const SITE_PORT = Number(process.env.PORT ?? 8080)
const COLLECTOR_PORT = Number(process.env.COLLECTOR_PORT ?? 8787)

if (!process.argv.includes('--no-build')) {
  const code = await run('node', ['scripts/build.mjs'])
  if (code !== 0) process.exit(code)
}

// Imported after the build: the collector runs from its built dist, as users run it.
const { createCollector, generateToken } = await import('@sekisho/collector')
mkdirSync(join(root, '.data'), { recursive: true })
// The token is printed, never written anywhere: the collector keeps only its SHA-256.
const token = process.env.SEKISHO_TOKEN || generateToken()
const collector = createCollector({
  sqlite: join(root, '.data/receipts.sqlite'),
  port: COLLECTOR_PORT,
  // Both spellings of the site's origin: a receipt's `site` must equal its request's Origin.
  allowedOrigins: [`http://127.0.0.1:${SITE_PORT}`, `http://localhost:${SITE_PORT}`],
  tokens: [{ token, scope: 'export', label: 'npm start' }],
})
const collectorUrl = await collector.listen()
// The example's config names http://127.0.0.1:8787; the pages are served naming the real port.
const site = await serveSite({
  site: 'examples/script-tag',
  port: SITE_PORT,
  receipts: () => `${collectorUrl}/v1/receipts`,
})

console.log(`
  Sekisho demo
  example site:     ${site.url}/
  consent records:  ${collectorUrl}/   (SQLite: .data/receipts.sqlite)
  export token:     ${token}
  Press Ctrl+C to stop.
`)

const stop = async () => {
  await Promise.all([site.close(), collector.close()])
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
