// CSV cells for spreadsheets: RFC 4180 quoting, CRLF rows, and formula-looking text defused.
const FORMULA = /^[=+\-@\t\r]/
const QUOTED = /[",\r\n]/

/** Quotes when needed; text starting with = + - @ or a control gets a leading `'` so Excel shows it, never runs it. */
export function csvCell(value: string): string {
  const text = FORMULA.test(value) ? `'${value}` : value
  return QUOTED.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\r\n`
