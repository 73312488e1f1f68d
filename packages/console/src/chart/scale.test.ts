import { expect } from 'chai'
import { labelEvery, niceScale } from './scale.ts'

describe('niceScale', () => {
  it('rounds the top up to a 1-2-5 step', () => {
    expect(niceScale(7)).to.deep.equal({ max: 8, step: 2, ticks: [0, 2, 4, 6, 8] })
    expect(niceScale(93)).to.deep.equal({ max: 100, step: 50, ticks: [0, 50, 100] })
    expect(niceScale(1234).step).to.equal(500)
    expect(niceScale(1234).max).to.equal(1500)
  })
  it('keeps whole-number steps for small counts', () => {
    expect(niceScale(1)).to.deep.equal({ max: 1, step: 1, ticks: [0, 1] })
    expect(niceScale(3)).to.deep.equal({ max: 3, step: 1, ticks: [0, 1, 2, 3] })
  })
  it('gives a unit axis for no data', () => {
    expect(niceScale(0)).to.deep.equal({ max: 1, step: 1, ticks: [0, 1] })
    expect(niceScale(Number.NaN).max).to.equal(1)
  })
  it('always covers the largest value', () => {
    for (const n of [2, 9, 10, 11, 49, 50, 51, 999, 1001, 76543]) {
      const s = niceScale(n)
      expect(s.max, String(n)).to.be.at.least(n)
      expect(s.ticks.length, String(n)).to.be.within(2, 11)
    }
  })
})

describe('labelEvery', () => {
  it('thins day labels to fit', () => {
    expect(labelEvery(7)).to.equal(1)
    expect(labelEvery(30)).to.equal(4)
    expect(labelEvery(365)).to.equal(46)
  })
})
