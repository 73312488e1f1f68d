import { expect } from 'chai'
import { validateReceipt, type Receipt } from './index.ts'

export const sampleReceipt = (): Receipt => ({
  id: 'r_01HXYZABCDEF',
  schema: 'sekisho-receipt/1',
  timestamp: '2024-05-01T09:30:00.000Z',
  site: 'https://www.example.jp',
  subject: 'subj_0123456789',
  policy: { revision: '2024-05-01', url: 'https://www.example.jp/privacy', language: 'ja' },
  jurisdiction: 'JP',
  method: 'custom',
  purposes: [{ id: 'necessary', granted: true }, { id: 'analytics', granted: true }, { id: 'advertising', granted: false }],
  services: [{ id: 'google-analytics', granted: true }],
  signals: { gpc: false, consentMode: { analytics_storage: 'granted', ad_storage: 'denied' } },
  ui: { textHash: 'a'.repeat(64) },
  previous: null,
})

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
