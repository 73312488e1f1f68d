// CSV cells for spreadsheets: RFC 4180 quoting, CRLF rows, and formula-looking text defused.
/** Quotes when needed; text starting with = + - @ or a control gets a leading `'` so Excel shows it, never runs it. */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\r\n`
