import { expect } from 'chai'
import { namePattern } from '../index.ts'

describe('namePattern', () => {
  it('matches exact names and * runs, and nothing else', () => {
    const test = namePattern(['_ga', '_ga_*', 'tt.*'])!
    expect(['_ga', '_ga_ABC', '_ga_', 'tt.x'].every((n) => test.test(n))).to.equal(true)
    expect(['_gat', 'x_ga', '_ga2', 'ttax'].some((n) => test.test(n))).to.equal(false)
  })
  it('has no pattern for no names', () => {
    expect(namePattern(undefined)).to.equal(undefined)
    expect(namePattern([])).to.equal(undefined)
  })
})
