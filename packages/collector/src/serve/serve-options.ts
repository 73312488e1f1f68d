// Collector options from command-line flags and the environment: shared by `sekisho serve` and
// the package's own bin (used by the kill -9 test), so both read flags the same way.
import { parseArgs } from 'node:util'
import type { TokenOption } from '../access/tokens.ts'
import { anchorUrlError } from '../chain/anchor-post.ts'
import type { CollectorOptions } from '../http/server.ts'
import type { SiteOptions } from '../access/sites.ts'

const ORIGIN = /^https?:\/\/[^/\s]+$/

export const SERVE_USAGE = `Usage: sekisho serve [--db FILE|postgres://…] [--schema NAME] [--host 127.0.0.1] [--port 8787]
  [--site https://site.example]… [--origin https://site.example]… [--retention-days 1827] [--no-rate-limit]
  [--anchors FILE [--anchor-url https://…]]
  --db defaults to $DATABASE_URL, else .data/receipts.sqlite. --site names a site receipts may be written
  for (its pages' origin); --anchors appends the signed chain heads to FILE (key in FILE.key) at start,
  every 5 minutes and at shutdown, for \`sekisho verify --anchors FILE\`; --anchor-url also POSTs each signed line (JSON)
  to that URL, in the background with retries (ingest never waits for it); --origin is a site too (kept for older configs). Tokens come from
  SEKISHO_EXPORT_TOKENS / SEKISHO_ADMIN_TOKENS (comma-separated), and server-to-server senders' site tokens
  from SEKISHO_SITE_TOKENS (https://site.example=TOKEN,…), never from flags (they would show in the process list).
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
        site: { type: 'string', multiple: true },
        'retention-days': { type: 'string' },
        'no-rate-limit': { type: 'boolean' },
        anchors: { type: 'string' },
        'anchor-url': { type: 'string' },
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
  for (const flag of ['origin', 'site'] as const)
    for (const origin of values[flag] ?? [])
      if (!ORIGIN.test(origin))
        return { error: `--${flag}: expected an origin like https://www.example.jp, got "${origin}"` }
  const anchorUrl = values['anchor-url']
  if (anchorUrl !== undefined) {
    if (!values.anchors) return { error: '--anchor-url: needs --anchors FILE (the signing key is kept beside it)' }
    const bad = anchorUrlError(anchorUrl)
    if (bad) return { error: `--anchor-url: ${bad}` }
  }
  const sites: Record<string, SiteOptions> = {}
  for (const site of values.site ?? []) sites[site] = { origins: [site] }
  for (const pair of (env.SEKISHO_SITE_TOKENS ?? '').split(',').filter(Boolean)) {
    const at = pair.lastIndexOf('=')
    const site = pair.slice(0, at)
    // The token itself is never echoed.
    if (at < 0 || !ORIGIN.test(site) || at === pair.length - 1)
      return { error: `SEKISHO_SITE_TOKENS: expected https://site.example=TOKEN entries, got one for "${site}"` }
    sites[site] = {
      origins: sites[site]?.origins ?? [site],
      tokens: [...(sites[site]?.tokens ?? []), pair.slice(at + 1)],
    }
  }
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
      sites,
      tokens: [...tokens('SEKISHO_EXPORT_TOKENS', 'export'), ...tokens('SEKISHO_ADMIN_TOKENS', 'admin')],
      ...(retention ? { retentionDays: Number(retention) } : {}),
      ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
      ...(values.anchors
        ? { anchors: { file: values.anchors, ...(anchorUrl ? { post: { url: anchorUrl } } : {}) } }
        : {}),
    },
  }
}
