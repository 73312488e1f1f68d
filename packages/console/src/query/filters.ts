// The page's filters and the query strings they become for /v1/stats and /v1/export.
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from '@sekisho/core'

/** What a privacy manager narrows the view and the exports to; '' means "any". */
export interface ConsoleFilters {
  /** Origin the decisions were made on (`https://www.example.jp`). */
  site: string
  /** First day, `YYYY-MM-DD`: a day in the collector's zone, which reads it. */
  from: string
  /** Last day, `YYYY-MM-DD`. */
  to: string
  purpose: string
  method: string
  /** Pseudonymous subject id, for APPI disclosure requests about one browser. */
  subject: string
}

export { EXPORT_FORMATS, type ExportFormat }

export const EMPTY_FILTERS: ConsoleFilters = { site: '', from: '', to: '', purpose: '', method: '', subject: '' }

/** Copies the non-empty, trimmed values of `keys` into a query string (no leading `?`). */
function pick(
  filters: ConsoleFilters,
  keys: ReadonlyArray<keyof ConsoleFilters>,
  params = new URLSearchParams(),
): string {
  for (const key of keys) {
    const value = filters[key].trim()
    if (value) params.set(key, value)
  }
  return params.toString()
}

/** `/v1/stats` takes only the period and the site (contracts.md); purpose and method narrow the
 * view on the page, the subject only the exports. */
export function statsQuery(filters: ConsoleFilters): string {
  return pick(filters, ['from', 'to', 'site'])
}

export function exportQuery(filters: ConsoleFilters, format: ExportFormat, options: { bom?: boolean } = {}): string {
  const params = new URLSearchParams({ format })
  // The byte-order mark is what makes Excel read UTF-8 CSV (Japanese text) correctly; the collector
  // writes it unless told otherwise, so an unticked box says so.
  if (options.bom !== undefined && format === 'csv') params.set('bom', options.bom ? '1' : '0')
  return pick(filters, ['from', 'to', 'site', 'purpose', 'method', 'subject'], params)
}

/** The server's `Content-Disposition` file name when it sends one, else one naming the period. */
export function exportFileName(filters: ConsoleFilters, format: ExportFormat, disposition?: string | null): string {
  const quoted = disposition && /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition)
  if (quoted) return decodeURIComponent((quoted[1] ?? quoted[2] ?? '').trim())
  const period = [filters.from || 'start', filters.to || 'now'].join('_')
  const kind = format === 'appi' ? 'appi-records' : format === 'csv' || format === 'jsonl' ? 'receipts' : format
  return `sekisho-${kind}-${period}.${EXPORT_EXTENSIONS[format]}`
}
