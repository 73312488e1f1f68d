import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseServices } from './services.ts'

describe('--services file', () => {
  it('takes data as one string or a list, and names the bad field', () => {
    assert.deepEqual(parseServices({ ga: { recipient: 'Google LLC', data: 'cookie id' }, x: { data: ['a', 'b'] } }), {
      ok: true,
      services: { ga: { recipient: 'Google LLC', data: ['cookie id'] }, x: { data: ['a', 'b'] } },
    })
    assert.deepEqual(parseServices({ ga: { data: 3 } }), {
      ok: false,
      error: 'ga.data: expected a string or an array of strings',
    })
    assert.deepEqual(parseServices({ ga: { recipent: 'x' } }), {
      ok: false,
      error: 'ga.recipent: unknown field; allowed: recipient, data',
    })
    assert.equal(parseServices([]).ok, false)
  })
})
