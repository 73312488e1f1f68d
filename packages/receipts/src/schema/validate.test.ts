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
