// Collector options from command-line flags and the environment: shared by `sekisho serve` and
// the package's own bin (used by the kill -9 test), so both read flags the same way.
import { parseArgs } from 'node:util'
import type { TokenOption } from '../access/tokens.ts'
import type { CollectorOptions } from '../http/server.ts'

export const SERVE_USAGE = `Usage: sekisho serve [--db FILE|postgres://…] [--schema NAME] [--host 127.0.0.1] [--port 8787]
  [--origin https://site.example]… [--retention-days 1827] [--no-rate-limit]
  --db defaults to $DATABASE_URL, else .data/receipts.sqlite. Tokens come from SEKISHO_EXPORT_TOKENS /
  SEKISHO_ADMIN_TOKENS (comma-separated), never from flags (they would show in the process list).
`

/** The options, `help` for -h, or an error naming the flag. */
export function serveOptions(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): { options: CollectorOptions } | { help: true } | { error: string } {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
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
    }))
  } catch (err) {
    return { error: (err as Error).message }
  }
  if (values.help) return { help: true }
  const port = Number(values.port ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return { error: `--port: expected 0–65535, got "${values.port}"` }
  const retention = values['retention-days']
  if (retention !== undefined && !(Number(retention) > 0))
    return { error: `--retention-days: expected a positive number of days, got "${retention}"` }
  for (const origin of values.origin ?? [])
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      return { error: `--origin: expected an origin like https://www.example.jp, got "${origin}"` }
  const tokens = (name: string, scope: TokenOption['scope']): TokenOption[] =>
    (env[name] ?? '')
      .split(',')
      .filter(Boolean)
      .map((token) => ({ token, scope }))
  const db = values.db ?? env.DATABASE_URL ?? '.data/receipts.sqlite'
  return {
    options: {
      ...(/^postgres(ql)?:/.test(db) ? { databaseUrl: db } : { sqlite: db }),
      ...(values.schema ? { schema: values.schema } : {}),
      host: values.host ?? '127.0.0.1',
      port,
      allowedOrigins: values.origin ?? [],
      tokens: [...tokens('SEKISHO_EXPORT_TOKENS', 'export'), ...tokens('SEKISHO_ADMIN_TOKENS', 'admin')],
      ...(retention ? { retentionDays: Number(retention) } : {}),
      ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
    },
  }
}
