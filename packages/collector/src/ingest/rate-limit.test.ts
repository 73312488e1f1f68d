import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createRateLimit } from './rate-limit.ts'

describe('rate limit', () => {
  it('allows a burst, then asks to wait, and refills over time', () => {
    let t = 0
    const check = createRateLimit({ perSecond: 2, burst: 3 }, () => t)
    assert.deepEqual([check('a'), check('a'), check('a')], [0, 0, 0])
    assert.equal(check('a'), 1)
    assert.equal(check('b'), 0, 'clients are counted apart')
    t = 500
    assert.equal(check('a'), 0)
    assert.equal(check('a'), 1)
  })

  it('by default lets 200 requests through at once and 20 a second after', () => {
    let t = 0
    const check = createRateLimit({}, () => t)
    const first = Array.from({ length: 201 }, () => check('a'))
    assert.deepEqual([first.filter((w) => w === 0).length, first[200]], [200, 1])
    t = 1000
    assert.equal(Array.from({ length: 21 }, () => check('a')).filter((w) => w === 0).length, 20)
  })

  it('saves up no more than the burst however long a client was quiet', () => {
    let t = 0
    const check = createRateLimit({ perSecond: 10, burst: 2 }, () => t)
    t = 3_600_000
    assert.deepEqual([check('a'), check('a'), check('a')], [0, 0, 1])
  })

  it('asks to wait the whole seconds until the next request is allowed', () => {
    let t = 0
    const check = createRateLimit({ perSecond: 0.25, burst: 1 }, () => t)
    assert.equal(check('a'), 0)
    assert.equal(check('a'), 4)
    t = 1000
    assert.equal(check('a'), 3)
    t = 3999
    assert.equal(check('a'), 1)
    t = 4000
    assert.equal(check('a'), 0)
  })

  it('keeps a limited client limited however many other clients come (only full buckets are forgotten)', () => {
    let t = 1000
    const check = createRateLimit({ perSecond: 0.5, burst: 1 }, () => t)
    assert.deepEqual([check('a'), check('a')], [0, 2])
    // A second on, half a request is saved up: not a full bucket.
    t = 2000
    for (let i = 0; i < 10_001; i++) check(`client-${i}`)
    assert.equal(check('a'), 1)
    t = 3000
    assert.deepEqual([check('a'), check('a')], [0, 2])
  })
})
