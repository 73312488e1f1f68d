// The purpose and revision tables, as the dashboard and the audit summary both show them.
import type { ConsoleStats } from '../api/client.ts'
import { nameOf, type ConsoleText } from '../i18n/text.ts'
import { Table } from './table.tsx'

export function PurposeTable({
  purposes,
  text,
  format,
  formatPercent,
}: {
  purposes: ConsoleStats['purposes']
  text: ConsoleText
  format(n: number): string
  formatPercent(n: number): string
}) {
  return (
    <Table label={text.purposes} heads={[text.purpose, text.granted, text.total, text.rate]}>
      {purposes.map((p) => {
        // Computed from the counts: the same figure whatever scale `rate` arrives in.
        const rate = p.total ? p.granted / p.total : 0
        return (
          <tr key={p.id}>
            <th scope="row">
              {nameOf(text.purposeNames, p.id)} <code>{p.id}</code>
            </th>
            <td>{format(p.granted)}</td>
            <td>{format(p.total)}</td>
            <td class="rate">
              <meter min={0} max={1} value={rate} aria-hidden="true" /> {formatPercent(rate)}
            </td>
          </tr>
        )
      })}
    </Table>
  )
}

/** `when` writes a receipt time; `zone`, when set, is named in the time columns' headings. */
export function RevisionTable({
  revisions,
  text,
  format,
  when,
  zone,
}: {
  revisions: ConsoleStats['revisions']
  text: ConsoleText
  format(n: number): string
  when(iso: string): string
  zone?: string
}) {
  const suffix = zone ? ` (${zone})` : ''
  return (
    <Table label={text.revisions} heads={[text.revision, text.firstSeen + suffix, text.lastSeen + suffix, text.total]}>
      {revisions.map((r) => (
        <tr key={r.revision}>
          <th scope="row">{r.revision}</th>
          <td>{when(r.first)}</td>
          <td>{when(r.last)}</td>
          <td>{format(r.total)}</td>
        </tr>
      ))}
    </Table>
  )
}
