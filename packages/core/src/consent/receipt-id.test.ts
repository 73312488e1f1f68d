import { expect } from 'chai'
import { randomId, receiptId } from './receipt-id.ts'

describe('random ids', () => {
  it('makes a subject id of 128 random bits: 28 base-36 digits, never the same twice', () => {
    // About half of the 32-bit words are below 36^6 and need their leading zero digits.
    const ids = Array.from({ length: 200 }, randomId)
    for (const id of ids) expect(id).to.match(/^[0-9a-z]{28}$/)
    expect(new Set(ids).size).to.equal(ids.length)
  })

  it('starts a receipt id with the time in 9 base-36 digits, so that ids sort by creation', () => {
    expect(receiptId(1)).to.match(/^000000001[0-9a-z]{28}$/)
    // 2026-01-01T00:00:00Z is 1767225600000 ms: 'mjuohs00' in base 36.
    expect(receiptId(Date.UTC(2026, 0, 1))).to.match(/^0mjuohs00[0-9a-z]{28}$/)
    const before = Date.now()
    const now = receiptId()
    expect(parseInt(now.slice(0, 9), 36)).to.be.within(before, Date.now())
    expect([receiptId(2000), receiptId(1000)].sort().map((id) => parseInt(id.slice(0, 9), 36))).to.deep.equal([
      1000, 2000,
    ])
  })
})
