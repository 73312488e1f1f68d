// The collector's read API as the console uses it: stats and exports, with the bearer export token.
import { exportFileName, exportQuery, statsQuery, type ConsoleFilters, type ExportFormat } from '../query/filters.ts'

/** `GET /v1/stats` (contracts.md). */
export interface ConsoleStats {
  total: number
  byDay: Array<{ day: string; total: number; byMethod: Record<string, number> }>
  byMethod: Record<string, number>
  purposes: Array<{ id: string; granted: number; total: number; rate: number }>
  revisions: Array<{ revision: string; first: string; last: string; total: number }>
  /** `checking`: a full pass is running; `ok`/`checked` are the last finished check's. */
  chain: { ok: boolean; checked: number; firstBreak?: unknown; checking?: boolean }
  /** The collector's zone (IANA), in which the page shows times and the collector reads dates;
   * absent from older collectors (times then show in UTC). */
  timeZone?: string
}

/** `GET /v1/summary`: the audit summary of a period (times in UTC; `timeZone` is the site's). */
export interface AuditSummary extends Omit<ConsoleStats, 'byDay'> {
  period: { from?: string; to?: string }
  site?: string
  timeZone: string
  generatedAt: string
}

/** `GET /v1/receipts/:id`: a stored receipt, its place in the chain and its wording's address. */
export interface ReceiptLookup {
  seq: number
  receivedAt: string
  prevHash: string
  hash: string
  /** Absent once erased on request (then `erased` says when). */
  receipt?: {
    id: string
    timestamp: string
    site: string
    subject: string
    method: string
    policy: { revision: string; language: string }
    purposes: Array<{ id: string; granted: boolean }>
    services: Array<{ id: string; granted: boolean }>
    ui: { textHash?: string; noText?: string }
  }
  erased?: string
  text?: { hash: string; url: string; stored: boolean }
}

/** A non-2xx answer; `status` 401/403 means the token was refused. */
export class CollectorError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`)
  }
}

export interface ConsoleApi {
  stats(filters: ConsoleFilters): Promise<ConsoleStats>
  /** Fetches a whole export; a plain link could not carry the Authorization header. */
  download(
    filters: ConsoleFilters,
    format: ExportFormat,
    options?: { bom?: boolean },
  ): Promise<{ blob: Blob; name: string }>
  /** The proof pack of one policy revision (a tar archive), for `site` or the collector's only site. */
  proofPack(revision: string, site?: string): Promise<{ blob: Blob; name: string }>
  /** The audit summary of the filters' period and site (their dates read in the collector's zone). */
  summary(filters: ConsoleFilters): Promise<AuditSummary>
  /** The same summary as a CSV file (with a BOM, times in the collector's zone). */
  summaryCsv(filters: ConsoleFilters): Promise<{ blob: Blob; name: string }>
  /** The receipt a visitor quotes by id; undefined when the collector has none. */
  receipt(id: string): Promise<ReceiptLookup | undefined>
  /** The exact wording kept under `hash`; undefined when not kept. */
  wording(hash: string): Promise<string | undefined>
  /** Every receipt of one subject (the browser's pseudonymous id), oldest first. */
  history(subject: string): Promise<Array<NonNullable<ReceiptLookup['receipt']>>>
}

export function createConsoleApi(options: {
  token: string
  /** Collector base URL. @default '' (same origin as the page) */
  base?: string
  /** @default globalThis.fetch */
  fetch?: typeof fetch
}): ConsoleApi {
  /** The answer, or undefined for a 404 (the id or wording is not there). */
  const found = async (path: string) => {
    try {
      return await request(path, '')
    } catch (error) {
      if (error instanceof CollectorError && error.status === 404) return undefined
      throw error
    }
  }
  const request = async (path: string, query: string) => {
    const doFetch = options.fetch ?? fetch
    const response = await doFetch(`${options.base ?? ''}${path}${query ? `?${query}` : ''}`, {
      headers: { authorization: `Bearer ${options.token}` },
      // The token is the only credential: no cookies travel with it.
      credentials: 'omit',
      cache: 'no-store',
    })
    if (!response.ok) throw new CollectorError(response.status)
    return response
  }
  return {
    stats: async (filters) => (await request('/v1/stats', statsQuery(filters))).json() as Promise<ConsoleStats>,
    async download(filters, format, downloadOptions) {
      const response = await request('/v1/export', exportQuery(filters, format, downloadOptions))
      return {
        blob: await response.blob(),
        name: exportFileName(filters, format, response.headers.get('content-disposition')),
      }
    },
    async proofPack(revision, site) {
      const response = await request(
        `/v1/proof-packs/${encodeURIComponent(revision)}`,
        site ? new URLSearchParams({ site }).toString() : '',
      )
      const disposition = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')
      return { blob: await response.blob(), name: disposition?.[1] ?? `sekisho-proof-${revision}.tar` }
    },
    summary: async (filters) => (await request('/v1/summary', statsQuery(filters))).json() as Promise<AuditSummary>,
    async summaryCsv(filters) {
      const params = new URLSearchParams(statsQuery(filters))
      params.set('format', 'csv')
      const response = await request('/v1/summary', params.toString())
      const disposition = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')
      return { blob: await response.blob(), name: disposition?.[1] ?? 'audit-summary.csv' }
    },
    receipt: async (id) => (await found(`/v1/receipts/${encodeURIComponent(id)}`))?.json() as Promise<ReceiptLookup>,
    wording: async (hash) => (await found(`/v1/texts/${encodeURIComponent(hash)}`))?.text(),
    async history(subject) {
      const lines = await (
        await request('/v1/export', new URLSearchParams({ format: 'jsonl', subject }).toString())
      ).text()
      return lines
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { receipt: NonNullable<ReceiptLookup['receipt']> }).receipt)
    },
  }
}
