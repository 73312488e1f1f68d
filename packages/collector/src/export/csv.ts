// CSV cells for spreadsheets: RFC 4180 quoting, CRLF rows, and formula-looking text defused.
const SPECIAL = /^[=+\-@\t\r]|[",\r\n]/

/** Quotes when needed; text starting with = + - @ or a control gets a leading `'` so Excel shows it, never runs it. */
export function csvCell(value: string): string {
  // One test on the common path: most cells (ids, hashes, times) need nothing.
  if (!SPECIAL.test(value)) return value
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\r\n`
