// CSV cells as a spreadsheet reads them: quoted only when needed, formula-looking text shown, never run.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { csvCell, csvRow } from './csv.ts'

describe('csvCell', () => {
  it('leaves plain text alone, formula characters included after the first', () => {
    for (const value of ['r_test_1', '2026-11-01T00:00:00.000Z', 'a=b', 'a-b', 'x+@', ''])
      assert.equal(csvCell(value), value)
  })

  it('defuses text that starts like a formula or a control, quoting it when it holds a quote, comma or break', () => {
    for (const start of ['=', '+', '-', '@', '\t']) assert.equal(csvCell(`${start}SUM(A1)`), `'${start}SUM(A1)`)
    assert.equal(csvCell('\rx'), `"'\rx"`)
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`)
  })

  it('quotes a quote, comma, CR or LF, doubling quotes', () => {
    assert.equal(csvCell('a"b'), '"a""b"')
    assert.equal(csvCell('"=x"'), '"""=x"""')
    assert.equal(csvCell('a,b'), '"a,b"')
    assert.equal(csvCell('a\rb'), '"a\rb"')
    assert.equal(csvCell('a\nb'), '"a\nb"')
  })

  it('joins a row with commas and ends it with CRLF', () => {
    assert.equal(csvRow(['a', 'b,c', '-1']), `a,"b,c",'-1\r\n`)
  })
})
