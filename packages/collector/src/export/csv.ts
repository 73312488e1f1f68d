// CSV cells for spreadsheets: RFC 4180 quoting, CRLF rows, and formula-looking text defused.
const FORMULA = /^[=+\-@\t\r]/
const QUOTED = /[",\r\n]/
// Either of the two: one test on the common path, where most cells (ids, hashes, times) need nothing.
const SPECIAL = new RegExp(`${FORMULA.source}|${QUOTED.source}`)

/** Quotes when needed; text starting with = + - @ or a control gets a leading `'` so Excel shows it, never runs it. */
export function csvCell(value: string): string {
  if (!SPECIAL.test(value)) return value
  const text = FORMULA.test(value) ? `'${value}` : value
  return QUOTED.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\r\n`
