// The audit summary of a period as a page to print (A4) for the Privacy Mark internal audit: what
// it covers (period, site, time zone, when made), the hash chain's state first, then the counts.
import type { AuditSummary } from '../api/client.ts'
import { nameOf, type ConsoleText } from '../i18n/text.ts'
import { Table } from './table.tsx'
import { PurposeTable, RevisionTable } from './count-tables.tsx'
import { ChainStatus } from './chain-status.tsx'

const zoneFormats = new Map<string, Intl.DateTimeFormat>()

/** `iso` as `2026-11-01 09:00` in `timeZone` (the collector's: the one its CSV exports use). */
export function inZone(iso: string, timeZone: string): string {
  let format = zoneFormats.get(timeZone)
  // Swedish short date and time is ISO-like: 2026-11-01 09:00.
  if (!format)
    zoneFormats.set(
      timeZone,
      (format = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' })),
    )
  return format.format(new Date(iso))
}

export function SummaryPage({
  summary,
  text,
  format,
  formatPercent,
  onCsv,
  onBack,
}: {
  summary: AuditSummary
  text: ConsoleText
  format(n: number): string
  formatPercent(n: number): string
  onCsv(): void
  onBack(): void
}) {
  const zone = summary.timeZone
  const at = (iso: string) => inZone(iso, zone)
  const { chain } = summary
  return (
    <article class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{text.summaryTitle}</h2>
      <dl class="receipt meta">
        <dt>{text.summaryPeriod}</dt>
        <dd data-period>
          {summary.period.from ? at(summary.period.from) : text.summaryStart} –{' '}
          {summary.period.to ? at(summary.period.to) : text.summaryNow}
        </dd>
        <dt>{text.site}</dt>
        <dd>{summary.site ?? text.allSites}</dd>
        <dt>{text.timeZone}</dt>
        <dd data-zone>{zone}</dd>
        <dt>{text.generatedAt}</dt>
        <dd>{at(summary.generatedAt)}</dd>
        <dt>{text.total}</dt>
        <dd data-summary-total>{format(summary.total)}</dd>
      </dl>
      <section aria-labelledby="summary-chain" class={`chain-box ${chain.ok ? 'ok' : 'broken'}`}>
        <h3 id="summary-chain">{text.chain}</h3>
        <ChainStatus chain={chain} text={text} format={format} class="" />
      </section>
      <h3>{text.byMethod}</h3>
      <Table label={text.byMethod} heads={[text.method, text.count]}>
        {Object.entries(summary.byMethod).map(([m, n]) => (
          <tr key={m}>
            <th scope="row">{nameOf(text.methods, m)}</th>
            <td>{format(n)}</td>
          </tr>
        ))}
      </Table>
      <h3>{text.purposes}</h3>
      <PurposeTable purposes={summary.purposes} {...{ text, format, formatPercent }} />
      <h3>{text.revisions}</h3>
      <RevisionTable revisions={summary.revisions} {...{ text, format, zone }} when={at} />
      <div class="exports no-print">
        <button type="button" onClick={() => window.print()}>
          {text.print}
        </button>
        <button type="button" onClick={onCsv}>
          {text.summaryCsv}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {text.back}
        </button>
      </div>
    </article>
  )
}
