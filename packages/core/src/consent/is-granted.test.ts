import { expect } from 'chai'
import { isGranted } from '../index.ts'
import type { Decision } from '../index.ts'

const decision: Decision = {
  revision: '2024-05-01',
  time: Date.UTC(2024, 4, 1),
  purposes: { necessary: true, analytics: true, advertising: false },
  services: { 'meta-pixel': true, 'google-analytics': false },
  subject: 's1',
  method: 'custom',
}

describe('isGranted', () => {
  it('grants nothing without a decision', () => {
    expect(isGranted(undefined, 'necessary')).to.equal(false)
  })
  it('reads purposes', () => {
    expect(isGranted(decision, 'analytics')).to.equal(true)
    expect(isGranted(decision, 'advertising')).to.equal(false)
    expect(isGranted(decision, 'unknown')).to.equal(false)
  })
  it('needs every purpose of a service', () => {
    expect(isGranted(decision, { id: 'x', purposes: ['analytics'] })).to.equal(true)
    expect(isGranted(decision, { id: 'y', purposes: ['analytics', 'advertising'] })).to.equal(false)
    expect(isGranted(decision, { id: 'z', purposes: [] })).to.equal(false)
  })
  it('never reads inherited properties as choices', () => {
    expect(isGranted(decision, 'constructor')).to.equal(false)
    expect(isGranted(decision, { id: 'constructor', purposes: ['advertising'] })).to.equal(false)
    expect(isGranted(decision, { id: 'toString', purposes: ['analytics'] })).to.equal(true)
  })
  it('lets a service override win over its purposes', () => {
    expect(isGranted(decision, { id: 'meta-pixel', purposes: ['advertising'] })).to.equal(true)
    expect(isGranted(decision, { id: 'google-analytics', purposes: ['analytics'] })).to.equal(false)
  })
})
