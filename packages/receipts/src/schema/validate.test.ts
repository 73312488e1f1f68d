import { expect } from 'chai'
import { validateReceipt } from './index.ts'
import { sampleReceipt } from './sample-receipt.ts'

export { sampleReceipt }

const errorsOf = (value: unknown) => {
  const result = validateReceipt(value)
  return result.ok ? [] : result.errors.map((e) => e.path)
}

describe('validateReceipt', () => {
  it('accepts a complete receipt', () => {
    expect(validateReceipt(sampleReceipt())).to.deep.equal({ ok: true, receipt: sampleReceipt() })
  })
  it('names the field that is wrong', () => {
    const r = sampleReceipt() as any
    r.purposes[1].granted = 'yes'
    r.ui.textHash = 'XYZ'
    expect(errorsOf(r)).to.deep.equal(['purposes[1].granted', 'ui.textHash'])
  })
  it('refuses the hash of an empty wording and a ui with both or neither of textHash and noText', () => {
    const empty = {
      ...sampleReceipt(),
      ui: { textHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    }
    const result = validateReceipt(empty)
    expect(result.ok ? [] : result.errors).to.deep.equal([
      { path: 'ui.textHash', message: 'the SHA-256 of an empty wording proves nothing: send ui.noText instead' },
    ])
    expect(errorsOf({ ...sampleReceipt(), ui: { textHash: 'a'.repeat(64), noText: 'unknown' } })).to.deep.equal([
      'ui.textHash',
    ])
    expect(errorsOf({ ...sampleReceipt(), ui: {} })).to.deep.equal(['ui.noText'])
    expect(errorsOf({ ...sampleReceipt(), ui: { noText: 'lost' } })).to.deep.equal(['ui.noText'])
    expect(errorsOf({ ...sampleReceipt(), ui: { noText: 'none-shown' } })).to.deep.equal([])
  })
  it('rejects unknown fields, duplicates and wrong schema versions', () => {
    expect(errorsOf({ ...sampleReceipt(), ip: '1.2.3.4' })).to.deep.equal(['ip'])
    expect(errorsOf({ ...sampleReceipt(), schema: 'sekisho-receipt/2' })).to.deep.equal(['schema'])
    const dup = sampleReceipt()
    dup.services.push({ id: 'google-analytics', granted: false })
    expect(errorsOf(dup)).to.deep.equal(['services[1].id'])
  })
  it('rejects non-objects and impossible dates', () => {
    expect(errorsOf(null)).to.deep.equal([''])
    expect(errorsOf([])).to.deep.equal([''])
    expect(errorsOf({ ...sampleReceipt(), timestamp: '2024-13-45T00:00:00Z' })).to.deep.equal(['timestamp'])
  })
})
