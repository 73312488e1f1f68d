// Runs a collector from the command line (`node --import tsx packages/collector/src/bin.ts --db …`);
// prints `listening <url>` on stdout once it accepts requests.
import { parseArgs } from 'node:util'
import { createCollector } from './http/server.ts'
import type { TokenOption } from './access/tokens.ts'

const USAGE = `Usage: collector [--db FILE|postgres://…] [--schema NAME] [--host 127.0.0.1] [--port 8787]
  [--origin https://site.example]… [--retention-days 1827] [--no-rate-limit]
  Tokens from SEKISHO_EXPORT_TOKENS / SEKISHO_ADMIN_TOKENS (comma-separated), never from flags.`

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    schema: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'retention-days': { type: 'string' },
    'no-rate-limit': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
const port = Number(values.port ?? 8787)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port: expected 0–65535, got "${values.port}"\n`)
  process.exit(1)
}
const retention = values['retention-days']
if (retention !== undefined && !(Number(retention) > 0)) {
  process.stderr.write(`--retention-days: expected a positive number of days, got "${retention}"\n`)
  process.exit(1)
}
const tokens = (name: string, scope: TokenOption['scope']): TokenOption[] =>
  (process.env[name] ?? '').split(',').filter(Boolean).map((token) => ({ token, scope }))

const db = values.db ?? process.env.DATABASE_URL ?? '.data/receipts.sqlite'
const collector = createCollector({
  ...(/^postgres(ql)?:/.test(db) ? { databaseUrl: db } : { sqlite: db }),
  ...(values.schema ? { schema: values.schema } : {}),
  host: values.host ?? '127.0.0.1',
  port,
  allowedOrigins: values.origin ?? [],
  tokens: [...tokens('SEKISHO_EXPORT_TOKENS', 'export'), ...tokens('SEKISHO_ADMIN_TOKENS', 'admin')],
  ...(retention ? { retentionDays: Number(retention) } : {}),
  ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
})
const url = await collector.listen()
process.stdout.write(`listening ${url}\n`)
const stop = () => void collector.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
