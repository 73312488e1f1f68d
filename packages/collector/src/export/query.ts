// Reads export/stats parameters (HTTP query or CLI flags) into a filter; errors name the parameter.
import { DECISION_METHODS } from '@sekisho/receipts/schema'
import type { ReceiptFilter } from '../store/store.ts'
import { zoned } from './site.ts'
import { EXPORT_FORMATS, type ExportFormat } from '@sekisho/core'

export { EXPORT_FORMATS, type ExportFormat }

export interface ExportQuery {
  format: ExportFormat
  filter: ReceiptFilter
  /** Start CSV with a UTF-8 byte order mark (Excel then reads Japanese text correctly); parsed
   * queries have it unless `bom=0`: every CSV-like download carries one (the APPI record always). */
  bom: boolean
}

export interface ParamError {
  path: string
  message: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/

/** How far `zone` is ahead of UTC at `t` (ms; a whole second, as every midnight is). */
function offset(t: number, zone: string): number {
  const [day, time] = zoned(new Date(t).toISOString(), zone)
  return Date.parse(`${day}T${time}.000Z`) - t
}

/** Midnight starting `t`'s UTC date in `zone` (taken twice: the offset may change across that midnight). */
function zoneMidnight(t: number, zone: string): number {
  const first = t - offset(t, zone)
  return t - offset(first, zone)
}

/** A date (`2026-11-01`: midnight in `zone`, default UTC; as an end, the whole day is included) or an ISO time with zone. */
function parseTime(value: string, end: boolean, zone?: string): string | undefined {
  if (DATE.test(value)) {
    const t = Date.parse(`${value}T00:00:00.000Z`)
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) return undefined
    const day = end ? t + 86_400_000 : t
    return new Date(zone ? zoneMidnight(day, zone) : day).toISOString()
  }
  if (!DATETIME.test(value)) return undefined
  const t = Date.parse(value)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString()
}

/**
 * Parses `format, from, to, site, purpose, method, subject, bom`. `name` turns a parameter into
 * what the user typed (`from` over HTTP, `--from` on the command line).
 */
export function parseExportQuery(
  get: (key: string) => string | undefined,
  name: (key: string) => string = (k) => k,
  defaultFormat: ExportFormat = 'csv',
  /** The IANA zone a date without time is read in (the audit summary's); default UTC. */
  timeZone?: string,
): { ok: true; query: ExportQuery } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = []
  const filter: ReceiptFilter = {}
  const format = (get('format') ?? defaultFormat) as ExportFormat
  if (!EXPORT_FORMATS.includes(format))
    errors.push({ path: name('format'), message: `expected one of ${EXPORT_FORMATS.join(', ')}, got "${format}"` })
  for (const key of ['from', 'to'] as const) {
    const raw = get(key)
    if (raw === undefined) continue
    const time = parseTime(raw, key === 'to', timeZone)
    if (time === undefined)
      errors.push({
        path: name(key),
        message: `expected a date like 2026-11-01 or a time like 2026-11-01T09:00:00+09:00, got "${raw}"`,
      })
    else filter[key] = time
  }
  if (filter.from && filter.to && filter.from >= filter.to)
    errors.push({ path: name('to'), message: `must be after ${name('from')}` })
  for (const key of ['site', 'purpose', 'subject'] as const) {
    const raw = get(key)
    if (raw === undefined) continue
    if (!raw || raw.length > 2048) errors.push({ path: name(key), message: 'expected a non-empty value' })
    else filter[key] = raw
  }
  const method = get('method')
  if (method !== undefined) {
    if (!DECISION_METHODS.includes(method as never))
      errors.push({ path: name('method'), message: `expected one of ${DECISION_METHODS.join(', ')}, got "${method}"` })
    else filter.method = method
  }
  const bom = get('bom')
  if (bom !== undefined && !['', '0', '1', 'true', 'false'].includes(bom))
    errors.push({ path: name('bom'), message: `expected 1 or 0, got "${bom}"` })
  if (errors.length) return { ok: false, errors }
  return { ok: true, query: { format, filter, bom: bom !== '0' && bom !== 'false' } }
}
