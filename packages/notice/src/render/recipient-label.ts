// "Google LLC（Google Analytics）": the recipient with the service name, as the Act's guideline asks.
import type { NoticeRow } from '../model.ts'

/** The recipient's legal name followed by the better-known service name, in the notice's script. */
export function recipientLabel(row: Pick<NoticeRow, 'recipient' | 'name'>, lang: string): string {
  if (!row.name || row.name === row.recipient) return row.recipient
  return lang === 'ja' ? `${row.recipient}（${row.name}）` : `${row.recipient} (${row.name})`
}

/** Text of a link that says whose page it opens: "Google LLCのプライバシーポリシー", "Privacy policy: Google LLC". */
export function linkText(label: string, owner: string, lang: string): string {
  return lang === 'ja' ? `${owner}の${label}` : `${label}: ${owner}`
}
