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
})
