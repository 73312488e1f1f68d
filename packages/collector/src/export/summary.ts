// The audit summary of a period (for the Privacy Mark internal audit): the /v1/stats counts without
// the per-day series, with the period, site, time zone and generation time it was made for, as JSON
// (times in UTC) or as a CSV (times in the collector's zone, with a BOM, as the other CSV exports).
import type { ChainReport, ReceiptFilter, ReceiptStore } from '../store/store.ts'
import { csvRow } from './csv.ts'
import { zonedText } from './site.ts'
import { receiptStats, type Stats } from './stats.ts'

export interface AuditSummary {
  /** What the counts cover: `from` inclusive, `to` exclusive (ISO 8601 UTC; absent = open). */
  period: { from?: string; to?: string }
  /** The site counted, or absent for every site. */
  site?: string
  /** The zone the period's dates were read in and the CSV's times are written in. */
  timeZone: string
  generatedAt: string
  total: number
  byMethod: Stats['byMethod']
  purposes: Stats['purposes']
  revisions: Stats['revisions']
  /** The whole chain of the site (or of every site), not only the period's rows: a break anywhere matters. */
  chain: ChainReport
}

export async function auditSummary(
  store: ReceiptStore,
  filter: Pick<ReceiptFilter, 'from' | 'to' | 'site'>,
  options: { timeZone: string; generatedAt: string; chainReport?: Promise<ChainReport> },
): Promise<AuditSummary> {
  // One way of counting: the same counters and chain check as /v1/stats.
  const { byDay: _, ...stats } = await receiptStats(store, filter, options.chainReport)
  return {
    period: { ...(filter.from && { from: filter.from }), ...(filter.to && { to: filter.to }) },
    ...(filter.site !== undefined && { site: filter.site }),
    timeZone: options.timeZone,
    generatedAt: options.generatedAt,
    ...stats,
  }
}

const BOM = '\uFEFF'

/** The summary as a spreadsheet: a heading block (label, value), then one table of every count. */
export function summaryCsv(summary: AuditSummary): string {
  const zone = summary.timeZone
  const at = (iso: string | undefined) => (iso ? zonedText(iso, zone) : '')
  const chain = summary.chain.ok
    ? `OK: ${summary.chain.checked} records verified`
    : `BROKEN: ${summary.chain.checked} records checked; first break at ${describe(summary.chain)}`
  const rows = [
    ['監査用集計 audit summary', 'Sekisho'],
    [`期間開始 from (${zone})`, at(summary.period.from) || '(start)'],
    [`期間終了 before (${zone})`, at(summary.period.to) || '(now)'],
    ['サイト site', summary.site ?? '(all sites)'],
    ['タイムゾーン time zone', zone],
    [`作成日時 generated at (${zone})`, at(summary.generatedAt)],
    ['改ざん検知 hash chain', chain],
    ['同意記録 receipts', String(summary.total)],
    [],
    [
      '区分 section',
      '項目 item',
      '同意 granted',
      '件数 total',
      '同意率 rate',
      `初回 first (${zone})`,
      `最終 last (${zone})`,
    ],
    ...Object.entries(summary.byMethod).map(([method, n]) => ['method', method, '', String(n), '', '', '']),
    ...summary.purposes.map((p) => ['purpose', p.id, String(p.granted), String(p.total), String(p.rate), '', '']),
    ...summary.revisions.map((r) => ['revision', r.revision, '', String(r.total), '', at(r.first), at(r.last)]),
  ]
  return BOM + rows.map(csvRow).join('')
}

const describe = ({ firstBreak: b }: ChainReport) =>
  b ? `${b.site}${b.seq === undefined ? '' : ` #${b.seq}`}${b.id ? ` (${b.id})` : ''}: ${b.reason}` : '?'
