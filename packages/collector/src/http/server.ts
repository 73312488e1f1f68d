// HTTP front of the collector, on node:http: no framework, so the body limit, CORS, streaming
// backpressure and error shapes are ours to control and the dependency surface stays small.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { siteAccess, type SiteOptions } from '../access/sites.ts'
import { generateToken, hashToken, createTokenCheck, type TokenOption } from '../access/tokens.ts'
import {
  DECLARATION_BYTES,
  declarationBody,
  declarationKeyError,
  parseDeclaration,
  verifyDeclarations,
} from '../export/declarations.ts'
import { CONTENT_TYPES, exportReceipts, FILE_EXTENSIONS, type ExportOptions } from '../export/export.ts'
import { parseExportQuery } from '../export/query.ts'
import { DEFAULT_TIME_ZONE } from '../export/site.ts'
import { anchorKey, appendAnchor } from '../chain/anchors.ts'
import { anchorPoster, type AnchorPostOptions } from '../chain/anchor-post.ts'
import { receiptStats } from '../export/stats.ts'
import { auditSummary, summaryCsv } from '../export/summary.ts'
import { verifyChain } from '../chain/verify.ts'
import { chainCheck, type ChainCheck } from '../chain/chain-check.ts'
import { ingest } from '../ingest/ingest.ts'
import { createRateLimit, type RateLimitOptions } from '../ingest/rate-limit.ts'
import { openStore, redact } from '../store/open.ts'
import {
  RECEIPT_WARNINGS,
  type ChainReport,
  type PurgeResult,
  type ReceiptStore,
  type TokenScope,
} from '../store/store.ts'
import { textError } from '../ingest/text.ts'
import { EMPTY_TEXT_HASH, type Receipt } from '@sekisho/receipts/schema'
import { consoleAssets } from './console-page.ts'
import { buildProofPack, type ProofSource } from '../proof/pack.ts'
import { tarArchive } from '../proof/tar.ts'
import { CONSOLE_CSP } from '@sekisho/console'

export interface CollectorOptions extends ExportOptions {
  /** What the proof pack of each revision is made of (the site config as written, resolved, and the
   * script files served): `GET /v1/proof-packs/:revision` serves these. @default [] (none) */
  proofSources?: readonly ProofSource[]
  /** The policy revision `site` (what the site declares now) belongs to: stored on start as the
   * declaration of that revision for every site without its own, so exports of this revision's
   * receipts keep resolving against it after the site declares a new one. */
  siteRevision?: string
  /** A store to use (tests, custom backends); otherwise one is opened from `databaseUrl` or `sqlite`. */
  store?: ReceiptStore
  /** PostgreSQL URL (`postgres://…`); takes precedence over `sqlite`. */
  databaseUrl?: string
  /** PostgreSQL schema. @default 'sekisho' */
  schema?: string
  /** SQLite file path; `:memory:` keeps nothing.
   * @default ':memory:' */
  sqlite?: string
  /** Origins allowed to POST receipts from a browser; each is a configured site whose receipts' `site` is that origin. */
  allowedOrigins?: string[]
  /** The sites receipts may be written for, by `site` value: their page origins and server-to-server tokens.
   * Without Origin a receipt's site must be configured here (or in `allowedOrigins`); with nothing
   * configured any site is accepted from servers, and the collector logs a warning at start. */
  sites?: Record<string, SiteOptions>
  /** Receipt times accepted around the collector's clock. @default { pastDays: 400, futureMinutes: 1440 } */
  timestampWindow?: { pastDays: number; futureMinutes: number }
  /** Longest wait for a request's headers, then for its whole body, in ms (slow clients are cut off with 408).
   * @default { headersMs: 10000, requestMs: 30000 } */
  timeouts?: { headersMs?: number; requestMs?: number }
  /** @default '127.0.0.1' */
  host?: string
  /** 0 picks a free port.
   * @default 8787 */
  port?: number
  /** Largest request body in bytes (413 above). @default 262144 */
  bodyLimit?: number
  /** Most receipts in one request (413 above). @default 500 */
  maxBatch?: number
  /** Per-client (IP) request rate (429 with Retry-After above); `false` turns it and `siteRateLimit` off. */
  rateLimit?: RateLimitOptions | false
  /** Per-site receipt requests (429 with Retry-After above). @default { perSecond: 200, burst: 2000 } */
  siteRateLimit?: RateLimitOptions
  /** Take the client address from the first `X-Forwarded-For` entry (only behind your own proxy). @default false */
  trustProxy?: boolean
  /** Bearer tokens accepted besides those created over the admin API; kept only as hashes. */
  tokens?: TokenOption[]
  /** Receipts received longer ago than this are purged; `false` keeps everything. @default 1827 (5 years) */
  retentionDays?: number | false
  /** How often the purge runs while listening. @default 24 */
  purgeEveryHours?: number
  /** How often the background chain check hashes the rows added since the last one (seconds). @default 60 */
  verifyEverySeconds?: number
  /** Every how many background checks is a full pass (all rows, from each chain's start). @default 60 */
  fullVerifyEvery?: number
  /** Append-only file the collector signs its chain heads into (key in `FILE.key`): at start, on a schedule and at
   * close; with `post`, each signed line is also POSTed (JSON) to that URL in the background, retried with backoff. */
  anchors?: {
    file: string
    /** @default 5 */
    everyMinutes?: number
    post?: Omit<AnchorPostOptions, 'log'> & {
      /** How long `close()` still tries to deliver queued lines. @default 5000 */
      closeWaitMs?: number
    }
  }
  /** Log lines (purges, storage errors); default: one JSON line to stderr. */
  log?: (entry: Record<string, unknown>) => void
  /** Clock (tests). @default Date.now */
  now?: () => number
}

export interface Collector {
  /** Opens the store, starts the purge job and listens; resolves with the base URL. */
  listen(): Promise<string>
  close(): Promise<void>
  /** Runs the retention purge now. */
  purge(): Promise<PurgeResult | undefined>
  server: Server
}

const JSON_TYPE = 'application/json; charset=utf-8'
const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...headers })
  res.end(JSON.stringify(body))
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** Reads the body up to `limit` bytes as strict UTF-8 (a leading BOM kept only with `keepBom`). */
async function readBody(req: IncomingMessage, limit: number, keepBom = false): Promise<string> {
  const declared = Number(req.headers['content-length'])
  if (declared > limit) throw new HttpError(413, `body: at most ${limit} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new HttpError(413, `body: at most ${limit} bytes`)
    chunks.push(chunk)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBom }).decode(Buffer.concat(chunks))
  } catch {
    throw new HttpError(400, 'body: not valid UTF-8')
  }
}

/** Lowercase hex SHA-256 of a string's UTF-8 bytes: how `ui.textHash` is computed in the browser. */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Writes chunks honouring backpressure; stops when the client goes away. */
async function stream(res: ServerResponse, chunks: AsyncIterable<string>): Promise<void> {
  if (res.req.method === 'HEAD') return void res.end()
  for await (const chunk of chunks) {
    if (res.destroyed) return
    if (!res.write(chunk))
      await new Promise<void>((resolve) => {
        // Both listeners go once either fires: a long export waits for drain thousands of times.
        const done = () => (res.off('drain', done), res.off('close', done), resolve())
        res.on('drain', done).on('close', done)
      })
  }
  res.end()
}

export function createCollector(options: CollectorOptions = {}): Collector {
  const now = options.now ?? Date.now
  const iso = () => new Date(now()).toISOString()
  // The zone people read: CSV times, the summary, and the days `from`/`to` name (JSON stays in UTC).
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE
  const access = siteAccess(options.sites, options.allowedOrigins)
  const allowed = access.origins
  const window = options.timestampWindow ?? { pastDays: 400, futureMinutes: 1440 }
  const bodyLimit = options.bodyLimit ?? 256 * 1024
  const maxBatch = options.maxBatch ?? 500
  const limit = options.rateLimit === false ? () => 0 : createRateLimit(options.rateLimit, now)
  const siteLimit =
    options.rateLimit === false
      ? undefined
      : createRateLimit(options.siteRateLimit ?? { perSecond: 200, burst: 2000 }, now)
  const log = options.log ?? ((entry) => void process.stderr.write(`${JSON.stringify(entry)}\n`))
  let store: ReceiptStore | undefined
  let checkToken: ReturnType<typeof createTokenCheck> | undefined
  let timer: NodeJS.Timeout | undefined
  let anchorTimer: NodeJS.Timeout | undefined
  let verifyTimer: NodeJS.Timeout | undefined
  // The chain is checked from a checkpoint: each check hashes only the rows added since the last one
  // (a full pass from each chain's start every `fullVerifyEvery` checks), in the background on a timer
  // and when /v1/stats asks (concurrent callers share one check), in a worker thread with its own
  // connection when the collector opened the database itself.
  let chain: ChainCheck | undefined
  const checkChain = (): Promise<ChainReport> => {
    if (!chain) throw new HttpError(503, 'the collector is starting')
    return chain.check()
  }
  const poster =
    options.anchors?.post && anchorPoster({ ...options.anchors.post, log: (e) => log({ at: iso(), ...e }) })
  const anchor = async () => {
    if (!options.anchors || !store) return
    const line = await appendAnchor(store, options.anchors.file, anchorKey(options.anchors.file), iso())
    poster?.post(line)
  }
  let page: Promise<{ html: string; script?: string }> | undefined

  const ready = () => {
    if (!store || !checkToken) throw new HttpError(503, 'the collector is starting')
    return { store, checkToken }
  }

  const cors = (req: IncomingMessage, res: ServerResponse, methods = 'POST, OPTIONS'): boolean => {
    const origin = req.headers.origin
    if (!origin || !allowed.has(origin)) return false
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('vary', 'origin')
    res.setHeader('access-control-allow-methods', methods)
    res.setHeader('access-control-allow-headers', 'content-type')
    res.setHeader('access-control-max-age', '86400')
    // A page's script may read when to retry (429); other response headers stay hidden.
    res.setHeader('access-control-expose-headers', 'retry-after')
    return true
  }

  /** The answer to a client over its rate: when to come back, in the body and in Retry-After. */
  const tooMany = (res: ServerResponse, wait: number) =>
    send(res, 429, { error: `rate limit: retry after ${wait} s` }, { 'retry-after': String(wait) })

  const client = (req: IncomingMessage) =>
    (options.trustProxy &&
      String(req.headers['x-forwarded-for'] ?? '')
        .split(',')[0]!
        .trim()) ||
    req.socket.remoteAddress ||
    'unknown'

  /** Checks the bearer token's scope; resolves to the id tokens are listed under (never the token). */
  const requireScope = async (req: IncomingMessage, scope: TokenScope): Promise<string> => {
    const granted = await ready().checkToken(req.headers.authorization)
    if (!granted) throw new HttpError(401, 'authorization: expected a valid bearer token')
    if (scope === 'admin' && granted !== 'admin')
      throw new HttpError(403, 'authorization: this token has the export scope; admin needed')
    return `tok_${hashToken(/^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')![1]!).slice(0, 12)}`
  }
  /** The access log a privacy manager's audit asks for: who read which receipts, when, with what filter. */
  const accessed = (by: string, what: 'export' | 'lookup', detail: Record<string, unknown>) =>
    ready().store.logEvent({ at: iso(), kind: 'access', detail: { by, what, ...detail } })

  const purge = async (): Promise<PurgeResult | undefined> => {
    if (options.retentionDays === false || !store) return undefined
    const days = options.retentionDays ?? 1827
    const cutoff = new Date(now() - days * 86_400_000).toISOString()
    const result = await store.purge(cutoff, iso())
    log({ at: iso(), event: 'purge', retentionDays: days, ...result })
    return result
  }

  // Wordings are immutable and never deleted, so a hash once known stays known: remembered here
  // (up to a bound), each receipt POST asks the database only about hashes it has not seen kept.
  const kept = new Set<string>()
  const remember = (hash: string) => {
    if (kept.size >= 10_000) kept.clear()
    kept.add(hash)
  }
  const knownTexts = async (hashes: readonly string[]): Promise<Set<string>> => {
    const unknown = hashes.filter((h) => !kept.has(h))
    if (unknown.length) for (const h of await ready().store.knownTexts(unknown)) remember(h)
    return new Set(hashes.filter((h) => kept.has(h)))
  }

  /** Whether this request may send or read wording `hash`: an export token, or the right to write
   * receipts for a site whose stored receipts refer to it (so the wording comes after its receipt). */
  const mayUseText = async (req: IncomingMessage, hash: string, write: boolean): Promise<void> => {
    if (!write && req.headers.origin === undefined && (await ready().checkToken(req.headers.authorization))) return
    const sites = await ready().store.textSites(hash)
    if (!sites.length)
      throw new HttpError(
        404,
        `hash: no stored receipt has ui.textHash ${hash}${write ? ' (send the receipt first)' : ''}`,
      )
    const check = access.forRequest(req.headers.origin, req.headers.authorization)
    const errors = sites.map(check)
    if (errors.some((e) => e === undefined)) return
    throw new HttpError(403, `site: ${errors[0]}`)
  }

  /** `PUT|GET|HEAD /v1/texts/:hash`: the wording a receipt's `ui.textHash` stands for. */
  async function wording(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<void> {
    const fromAllowed = cors(req, res, 'PUT, GET, HEAD, OPTIONS')
    if (req.headers.origin && !fromAllowed)
      throw new HttpError(403, `origin: ${req.headers.origin.slice(0, 200)} is not allowed to send wordings`)
    if (method === 'OPTIONS') return void res.writeHead(204).end()
    const hash = /^\/v1\/texts\/([0-9a-f]{64})$/.exec(path)?.[1]
    if (!hash) throw new HttpError(400, 'hash: expected /v1/texts/ and a lowercase hex SHA-256 (64 characters)')
    const wait = limit(client(req))
    if (wait) return tooMany(res, wait)
    const { store } = ready()
    if (method === 'PUT') {
      const type = (req.headers['content-type'] ?? 'text/plain').split(';')[0]!.trim().toLowerCase()
      if (type !== 'text/plain') throw new HttpError(415, 'content-type: expected text/plain (the wording, UTF-8)')
      // The exact bytes the browser hashed: a leading BOM is part of them.
      const text = await readBody(req, bodyLimit, true)
      if (hash === EMPTY_TEXT_HASH || !text)
        throw new HttpError(400, 'body: an empty wording proves nothing (receipts say ui.noText instead)')
      const actual = sha256(text)
      if (actual !== hash)
        throw new HttpError(400, `body: its SHA-256 is ${actual}, not the ui.textHash in the URL (${hash})`)
      const bad = textError(text, 'body')
      if (bad) throw new HttpError(400, `body: ${bad.message}`)
      await mayUseText(req, hash, true)
      const added = await store.putText(hash, text, iso())
      remember(hash)
      return send(res, added ? 201 : 200, { hash, stored: added ? 'now' : 'before' })
    }
    if (method !== 'GET') throw new HttpError(405, 'method: expected PUT, GET or HEAD')
    await mayUseText(req, hash, false)
    const stored = await store.getText(hash)
    if (!stored) throw new HttpError(404, `hash: the wording ${hash} is not kept yet`)
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // Shown as text only, whatever it contains.
      'content-security-policy': "default-src 'none'; sandbox",
      etag: `"${hash}"`,
      'last-modified': new Date(stored.receivedAt).toUTCString(),
    })
    res.end(stored.text)
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname
    // HEAD is answered as GET (Node sends the headers only).
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET')
    if (path === '/healthz' && method === 'GET') return send(res, 200, { ok: true })

    if (path === '/v1/receipts') {
      const fromAllowed = cors(req, res)
      if (req.headers.origin && !fromAllowed)
        throw new HttpError(403, `origin: ${req.headers.origin.slice(0, 200)} is not allowed to send receipts`)
      if (method === 'OPTIONS') return void res.writeHead(204).end()
      if (method !== 'POST') throw new HttpError(405, 'method: expected POST')
      const wait = limit(client(req))
      if (wait) return tooMany(res, wait)
      const type = (req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase()
      // sendBeacon posts text/plain (a CORS-safelisted type) holding JSON.
      if (type !== 'application/json' && type !== 'text/plain')
        throw new HttpError(415, 'content-type: expected application/json or text/plain')
      const text = await readBody(req, bodyLimit)
      const { status, body, retryAfter } = await ingest(ready().store, text, {
        knownTexts,
        siteCheck: access.forRequest(req.headers.origin, req.headers.authorization),
        receivedAt: iso(),
        maxBatch,
        window: { pastMs: window.pastDays * 86_400_000, futureMs: window.futureMinutes * 60_000 },
        ...(siteLimit ? { siteLimit } : {}),
      })
      if (status === 409 || body.rejected.some((r) => r.errors.some((e) => e.path === 'id')))
        log({
          at: iso(),
          event: 'conflicting-duplicate',
          client: client(req),
          ids: body.rejected.filter((r) => r.errors.some((e) => e.path === 'id')).map((r) => r.id),
        })
      return send(res, status, body, retryAfter ? { 'retry-after': String(retryAfter) } : {})
    }

    if (path.startsWith('/v1/texts/')) return wording(req, res, path, method)

    if (method === 'GET' && (path === '/' || path === '/console.js')) {
      const assets = await (page ??= consoleAssets())
      // Not built yet: look again next time, so building the console needs no restart.
      if (assets.script === undefined) page = undefined
      if (path === '/') {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          // The console's own strict policy (its shell has no inline script or style).
          'content-security-policy': CONSOLE_CSP,
          'x-content-type-options': 'nosniff',
        })
        return void res.end(assets.html)
      }
      if (assets.script === undefined) throw new HttpError(404, 'console.js: @sekisho/console is not built')
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'x-content-type-options': 'nosniff' })
      return void res.end(assets.script)
    }

    if (!path.startsWith('/v1/')) throw new HttpError(404, `${path.slice(0, 200)}: not found`)
    const wait = limit(client(req))
    if (wait) return tooMany(res, wait)
    const { store } = ready()
    const get = (key: string) => url.searchParams.get(key) ?? undefined
    // Summary and stats take the receipts' range and site only (no format, no columns).
    const rangeOf = (key: string) => (key === 'from' || key === 'to' || key === 'site' ? get(key) : undefined)

    const receiptMatch = /^\/v1\/receipts\/([A-Za-z0-9_-]{1,128})$/.exec(path)
    if (receiptMatch && method === 'GET') {
      await accessed(await requireScope(req, 'export'), 'lookup', { id: receiptMatch[1] })
      const row = await store.get(receiptMatch[1]!)
      if (!row) throw new HttpError(404, `id: no receipt ${receiptMatch[1]}`)
      if (row.erased !== undefined)
        return send(res, 200, {
          seq: row.seq,
          receivedAt: row.receivedAt,
          prevHash: row.prevHash,
          hash: row.hash,
          id: row.id,
          site: row.site,
          erased: row.erased,
        })
      const receipt = JSON.parse(row.body) as Receipt
      const textHash = row.warning ? undefined : receipt.ui.textHash
      return send(res, 200, {
        // Its place in the collector's arrival order (the chain of its site links it by prevHash).
        seq: row.seq,
        receivedAt: row.receivedAt,
        prevHash: row.prevHash,
        hash: row.hash,
        receipt,
        // The wording it was given under, where the collector keeps it (GET the url with this token).
        ...(textHash && {
          text: { hash: textHash, url: `/v1/texts/${textHash}`, stored: (await knownTexts([textHash])).has(textHash) },
        }),
        ...(row.warning && { warning: { code: row.warning, message: RECEIPT_WARNINGS[row.warning] } }),
      })
    }
    if (path === '/v1/export' && method === 'GET') {
      const by = await requireScope(req, 'export')
      // A date without a time is a day of the collector's zone, as in the CSV's columns and the summary.
      const parsed = parseExportQuery(get, undefined, 'csv', zone)
      if (!parsed.ok)
        return send(res, 400, {
          error: parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'),
          errors: parsed.errors,
        })
      const { format } = parsed.query
      await accessed(by, 'export', { format, filter: parsed.query.filter })
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="receipts-${iso().slice(0, 10)}${format === 'appi' || format === 'iso27560' ? `-${format}` : ''}.${FILE_EXTENSIONS[format]}"`,
        'cache-control': 'no-store',
      })
      return stream(res, exportReceipts(store, parsed.query, options))
    }
    if (path === '/v1/summary' && method === 'GET') {
      const by = await requireScope(req, 'export')
      const parsed = parseExportQuery(rangeOf, undefined, 'csv', zone)
      const as = get('format') ?? 'json'
      const errors = [
        ...(parsed.ok ? [] : parsed.errors),
        ...(as === 'json' || as === 'csv'
          ? []
          : [{ path: 'format', message: `expected json or csv, got "${as.slice(0, 100)}"` }]),
      ]
      if (errors.length || !parsed.ok)
        return send(res, 400, { error: errors.map((e) => `${e.path}: ${e.message}`).join('\n'), errors })
      const { filter } = parsed.query
      await accessed(by, 'export', { format: `summary-${as}`, filter })
      const summary = await auditSummary(store, filter, {
        timeZone: zone,
        generatedAt: iso(),
        // One site's chain is walked for it; every site's is the background check's.
        chainReport: filter.site === undefined ? checkChain() : verifyChain(store, { site: filter.site }),
      })
      if (as === 'json') return send(res, 200, summary)
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="audit-summary-${iso().slice(0, 10)}.csv"`,
        'cache-control': 'no-store',
      })
      return void res.end(summaryCsv(summary))
    }
    if (path === '/v1/proof-packs' && method === 'GET') {
      await requireScope(req, 'export')
      return send(res, 200, { revisions: (options.proofSources ?? []).map((p) => p.revision) })
    }
    const packMatch = /^\/v1\/proof-packs\/([^/]+)$/.exec(path)
    if (packMatch && method === 'GET') {
      const by = await requireScope(req, 'export')
      let revision: string
      try {
        revision = decodeURIComponent(packMatch[1]!)
      } catch {
        throw new HttpError(400, 'revision: expected a URL-encoded policy revision')
      }
      const sources = options.proofSources ?? []
      const source = sources.find((p) => p.revision === revision)
      if (!source)
        throw new HttpError(
          404,
          `revision: the collector holds no site config of "${revision.slice(0, 200)}" (it can pack: ${sources.map((p) => p.revision).join(', ') || 'none; start it with --site-config'})`,
        )
      const site = get('site')
      const built = await buildProofPack(store, source, { site, writtenAt: iso() })
      if (!built.ok)
        throw new HttpError(built.path === 'site' && site !== undefined ? 404 : 400, `${built.path}: ${built.message}`)
      const { pack } = built
      // Logged as every export is: who took which revision's evidence, when.
      await accessed(by, 'export', { format: 'proof-pack', filter: { site: pack.site, revision } })
      const name = `sekisho-proof-${new URL(pack.site).host.replace(/[^\w.-]/g, '_')}-${revision.replace(/[^\w.-]/g, '_')}`
      const archive = tarArchive(name, pack.files, Math.floor(now() / 1000))
      res.writeHead(200, {
        'content-type': 'application/x-tar',
        'content-length': String(archive.length),
        'content-disposition': `attachment; filename="${name}.tar"`,
        'x-proof-pack-id': pack.id,
        'cache-control': 'no-store',
      })
      return void res.end(archive)
    }
    if (path === '/v1/declarations' && method === 'GET') {
      await requireScope(req, 'export')
      const all = await store.declarations()
      const site = get('site')
      return send(res, 200, {
        declarations: all
          .filter((d) => site === undefined || d.site === site || d.site === '*')
          .map(({ body, ...d }) => ({ ...d, declaration: JSON.parse(body) })),
        chain: verifyDeclarations(all),
      })
    }
    if (path === '/v1/texts' && method === 'GET') {
      await requireScope(req, 'export')
      const site = get('site')
      return send(res, 200, {
        texts: (await store.texts()).map((t) => ({
          hash: t.hash,
          bytes: Buffer.byteLength(t.text),
          receivedAt: t.receivedAt,
        })),
        missing: await store.missingTexts(site),
      })
    }
    if (path === '/v1/stats' && method === 'GET') {
      await requireScope(req, 'export')
      const parsed = parseExportQuery(rangeOf, undefined, 'csv', zone)
      if (!parsed.ok)
        return send(res, 400, {
          error: parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'),
          errors: parsed.errors,
        })
      // Counts at once: a full pass of a large chain (the first after a start) is reported as `checking`.
      if (!chain) throw new HttpError(503, 'the collector is starting')
      // The zone lets the console show times as the CSV exports write them.
      return send(res, 200, { ...(await receiptStats(store, parsed.query.filter, chain.status())), timeZone: zone })
    }

    if (path.startsWith('/v1/admin/')) {
      const admin = await requireScope(req, 'admin')
      if (path === '/v1/admin/purge' && method === 'POST')
        return send(res, 200, (await purge()) ?? { error: 'retention is off' })
      if (path === '/v1/admin/erase' && method === 'POST') {
        let body: { subject?: unknown; reason?: unknown; by?: unknown }
        try {
          body = JSON.parse(await readBody(req, 4096))
        } catch (error) {
          if (error instanceof HttpError) throw error
          throw new HttpError(400, 'body: expected JSON {subject, reason, by?}')
        }
        const text = (key: 'subject' | 'reason' | 'by', value: unknown, what: string) => {
          if (typeof value !== 'string' || !value || value.length > 2048 || textError(value))
            throw new HttpError(400, `${key}: expected ${what} (1–2048 characters)`)
          return value
        }
        const subject = text('subject', body?.subject, "the data subject's id (the receipts' subject)")
        const reason = text('reason', body?.reason, 'why, e.g. the request reference')
        // Which token did it, by the id tokens are listed under (never the token).
        const by = body.by === undefined ? admin : `${text('by', body.by, 'who carried it out')} (${admin})`
        const record = await store.erase({ subject, reason, by }, iso())
        log({ at: iso(), event: 'erasure', by, erased: record.erased, hash: record.hash })
        return send(res, 200, record)
      }
      if (path === '/v1/admin/declarations' && method === 'POST') {
        let body: { site?: unknown; revision?: unknown; declaration?: unknown }
        try {
          body = JSON.parse(await readBody(req, DECLARATION_BYTES))
        } catch (error) {
          if (error instanceof HttpError) throw error
          throw new HttpError(400, 'body: expected JSON {site, revision, declaration}')
        }
        const keyError = declarationKeyError(body?.site, body?.revision)
        if (keyError) throw new HttpError(400, keyError)
        const parsed = parseDeclaration(body.declaration)
        if (!parsed.ok) throw new HttpError(400, parsed.error)
        const site = body.site as string
        const revision = body.revision as string
        const result = await store.putDeclaration(site, revision, declarationBody(parsed.value), iso())
        const { body: _, ...stored } = result.declaration
        if (result.status === 'conflict')
          throw new HttpError(
            409,
            `revision: ${site} declared "${revision}" already, with other content; a changed declaration is a new policy revision`,
          )
        if (result.status === 'stored') {
          await store.logEvent({
            at: iso(),
            kind: 'declaration',
            detail: { by: admin, site, revision, hash: stored.hash },
          })
          log({ at: iso(), event: 'declaration', by: admin, site, revision, hash: stored.hash })
        }
        return send(res, result.status === 'stored' ? 201 : 200, { status: result.status, ...stored })
      }
      if (path === '/v1/admin/events' && method === 'GET') return send(res, 200, await store.events(100))
      if (path === '/v1/admin/tokens' && method === 'GET')
        return send(
          res,
          200,
          (await store.tokens()).map(({ hash: _, ...t }) => t),
        )
      if (path === '/v1/admin/tokens' && method === 'POST') {
        let body: { scope?: unknown; label?: unknown }
        try {
          body = JSON.parse(await readBody(req, 4096))
        } catch (error) {
          if (error instanceof HttpError) throw error
          throw new HttpError(400, 'body: expected JSON {scope, label}')
        }
        if (body?.scope !== 'export' && body?.scope !== 'admin')
          throw new HttpError(400, 'scope: expected "export" or "admin"')
        if (typeof body.label !== 'string' || !body.label || body.label.length > 200)
          throw new HttpError(400, 'label: expected a name of 1–200 characters')
        const token = generateToken()
        const record = {
          id: `tok_${hashToken(token).slice(0, 12)}`,
          hash: hashToken(token),
          scope: body.scope as TokenScope,
          label: body.label,
          createdAt: iso(),
        }
        await store.addToken(record)
        await store.logEvent({
          at: iso(),
          kind: 'token-created',
          detail: { id: record.id, scope: record.scope, label: record.label },
        })
        return send(res, 201, { id: record.id, scope: record.scope, label: record.label, token })
      }
      const tokenMatch = /^\/v1\/admin\/tokens\/([A-Za-z0-9_-]{1,64})$/.exec(path)
      if (tokenMatch && method === 'DELETE') {
        if (!(await store.removeToken(tokenMatch[1]!))) throw new HttpError(404, `id: no token ${tokenMatch[1]}`)
        await store.logEvent({ at: iso(), kind: 'token-removed', detail: { id: tokenMatch[1] } })
        return void res.writeHead(204).end()
      }
    }
    throw new HttpError(404, `${method} ${path.slice(0, 200)}: not found`)
  }

  const headersTimeout = options.timeouts?.headersMs ?? 10_000
  const requestTimeout = Math.max(options.timeouts?.requestMs ?? 30_000, headersTimeout)
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      // How often Node looks for requests past those timeouts (its default, 30 s, would let them run long).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, headersTimeout / 4)),
    },
    (req, res) => {
      let url: URL
      try {
        url = new URL(req.url ?? '/', 'http://collector')
      } catch {
        return send(res, 400, { error: 'url: malformed' })
      }
      route(req, res, url).catch((error: unknown) => {
        if (res.headersSent) return void res.destroy()
        if (error instanceof HttpError) {
          // Stop reading an oversized body: answer, then close the connection.
          const headers: Record<string, string> = error.status === 413 ? { connection: 'close' } : {}
          if (error.status === 401) headers['www-authenticate'] = 'Bearer'
          return send(res, error.status, { error: error.message }, headers)
        }
        log({ at: iso(), event: 'error', message: redact(String((error as Error)?.message ?? error)) })
        send(res, 500, { error: 'internal error; see the collector log' })
      })
    },
  )

  return {
    server,
    purge,
    async listen() {
      store =
        options.store ??
        (await openStore(
          options.databaseUrl ?? options.sqlite ?? ':memory:',
          options.schema ? { schema: options.schema } : {},
        ))
      checkToken = createTokenCheck(store, options.tokens)
      chain = chainCheck(
        store,
        options.fullVerifyEvery ?? 60,
        options.store
          ? undefined
          : { url: options.databaseUrl ?? options.sqlite ?? ':memory:', schema: options.schema },
      )
      if (options.site && options.siteRevision) {
        const declared = await store.putDeclaration('*', options.siteRevision, declarationBody(options.site), iso())
        // A changed declaration under a revision already declared (an edited config, a newer catalog):
        // the stored one stays what that revision's receipts are read against.
        if (declared.status === 'conflict')
          log({
            at: iso(),
            event: 'warning',
            message: `site config: revision "${options.siteRevision}" was declared before with other content (hash ${declared.declaration.hash.slice(0, 12)}…); its receipts stay read against that declaration: give the changed config a new revision`,
          })
      }
      if (!access.configured)
        log({
          at: iso(),
          event: 'warning',
          message: 'no sites configured (--site/--origin): receipts sent without Origin are accepted for any site',
        })
      if (options.retentionDays !== false) {
        await purge()
        timer = setInterval(
          () => void purge().catch((e) => log({ at: iso(), event: 'purge-failed', message: String(e) })),
          (options.purgeEveryHours ?? 24) * 3_600_000,
        )
        timer.unref()
      }
      verifyTimer = setInterval(
        () => void checkChain().catch((e) => log({ at: iso(), event: 'verify-failed', message: redact(String(e)) })),
        (options.verifyEverySeconds ?? 60) * 1000,
      )
      verifyTimer.unref()
      if (options.anchors) {
        await anchor()
        anchorTimer = setInterval(
          () => void anchor().catch((e) => log({ at: iso(), event: 'anchor-failed', message: String(e) })),
          (options.anchors.everyMinutes ?? 5) * 60_000,
        )
        anchorTimer.unref()
      }
      return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => {
          const { address, port } = server.address() as AddressInfo
          resolve(`http://${address.includes(':') ? `[${address}]` : address}:${port}`)
        })
      })
    },
    async close() {
      clearInterval(timer)
      clearInterval(anchorTimer)
      clearInterval(verifyTimer)
      await chain?.close()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Idle keep-alive connections would hold close() open for their timeout; requests in flight finish.
      server.closeIdleConnections()
      await closed
      // The last head, so what was written since the last scheduled anchor is covered too.
      await anchor()
      await poster?.close(options.anchors?.post?.closeWaitMs)
      if (store && !options.store) await store.close()
    },
  }
}
