// The collector's read API as the console uses it: stats and exports, with the bearer export token.
import { exportFileName, exportQuery, statsQuery, type ConsoleFilters, type ExportFormat } from '../query/filters.ts'

/** `GET /v1/stats` (contracts.md). */
export interface ConsoleStats {
  total: number
  byDay: Array<{ day: string; total: number; byMethod: Record<string, number> }>
  byMethod: Record<string, number>
  purposes: Array<{ id: string; granted: number; total: number; rate: number }>
  revisions: Array<{ revision: string; first: string; last: string; total: number }>
  chain: { ok: boolean; checked: number; firstBreak?: unknown }
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
}

export function createConsoleApi(options: {
  token: string
  /** Collector base URL. @default '' (same origin as the page) */
  base?: string
  /** @default globalThis.fetch */
  fetch?: typeof fetch
}): ConsoleApi {
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
  }
}
