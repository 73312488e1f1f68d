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

  it('takes a service with neither field, and refuses what is no object or a recipient that is no name', () => {
    assert.deepEqual(parseServices({ ga: {}, x: { data: [] } }), { ok: true, services: { ga: {}, x: { data: [] } } })
    for (const value of [null, 'ga', 3, []])
      assert.deepEqual(parseServices(value), {
        ok: false,
        error: 'expected an object of service id → {recipient, data}',
      })
    for (const info of [null, 'Google LLC', ['a']])
      assert.deepEqual(parseServices({ ga: info }), { ok: false, error: 'ga: expected {recipient, data}' })
    assert.deepEqual(parseServices({ ga: { recipient: ['Google LLC'] } }), {
      ok: false,
      error: 'ga.recipient: expected a name (string)',
    })
    for (const data of [['a', 3], { 0: 'a' }, null])
      assert.deepEqual(parseServices({ ga: { data } }), {
        ok: false,
        error: 'ga.data: expected a string or an array of strings',
      })
  })
})
