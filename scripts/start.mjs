// `npm start`: build, then run the reference collector (SQLite) and the example site on 127.0.0.1.
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
const { createCollector } = await import('@sekisho/collector')
mkdirSync(join(root, '.data'), { recursive: true })
const siteOrigin = `http://127.0.0.1:${SITE_PORT}`
const collector = createCollector({
  sqlite: join(root, '.data/receipts.sqlite'),
  port: COLLECTOR_PORT,
  allowedOrigins: [siteOrigin, `http://localhost:${SITE_PORT}`],
})
const collectorUrl = await collector.listen()
const site = await serveSite({ site: 'examples/script-tag', port: SITE_PORT })

console.log(`
  Sekisho demo
  example site:  ${site.url}/
  collector:     ${collectorUrl}/   (SQLite: .data/receipts.sqlite)
  Press Ctrl+C to stop.
`)

const stop = async () => {
  await Promise.all([site.close(), collector.close()])
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
