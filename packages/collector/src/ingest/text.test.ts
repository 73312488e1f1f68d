// What no store can keep, found wherever it hides in a receipt and named by the path a sender can fix.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { textError } from './text.ts'

describe('text every store can keep', () => {
  it('accepts ordinary text, surrogate pairs (emoji) included, in values and keys', () => {
    assert.equal(textError({ a: ['関所', '😀', { '😀 key': 'x\ud83d\ude00y' }], n: 1, b: null, t: true }), undefined)
  })

  it('names the first NUL by its path and character position', () => {
    assert.deepEqual(textError({ purposes: [{ id: 'ok' }, { id: 'an\u0000d' }] }), {
      path: 'purposes[1].id',
      message: 'contains U+0000 (NUL) at character 2, which no store can keep',
    })
    assert.deepEqual(textError('\u0000', 'body'), {
      path: 'body',
      message: 'contains U+0000 (NUL) at character 0, which no store can keep',
    })
  })

  it('names a lone surrogate, high or low, with its code and position', () => {
    assert.deepEqual(textError({ s: 'ab\ud83d' }), {
      path: 's',
      message: 'contains a lone surrogate U+D83D at character 2 (not encodable as UTF-8)',
    })
    assert.deepEqual(textError({ s: 'a\ude00b' }), {
      path: 's',
      message: 'contains a lone surrogate U+DE00 at character 1 (not encodable as UTF-8)',
    })
    // A high surrogate followed by another high one: the first is lone.
    assert.equal(textError(['\ud83d\ud83d\ude00'])?.message.includes('U+D83D at character 0'), true)
  })

  it('checks field names too, and writes a name that is not an identifier in brackets', () => {
    assert.deepEqual(textError({ signals: { 'x\u0000': 1 } }), {
      path: 'signals["x\\u0000"]',
      message: 'field name contains U+0000 (NUL) at character 1, which no store can keep',
    })
    assert.deepEqual(textError({ 'data-x': { $ok_1: ['\u0000'] } }), {
      path: '["data-x"].$ok_1[0]',
      message: 'contains U+0000 (NUL) at character 0, which no store can keep',
    })
    assert.deepEqual(textError({ '1st': '\u0000' })?.path, '["1st"]')
  })

  it('reports the first problem in document order and stops there', () => {
    assert.equal(textError([{ a: 'fine', b: '\u0000' }, '\ud800'])?.path, '[0].b')
    assert.equal(textError({ a: ['fine'], b: '\ud800', c: '\u0000' })?.path, 'b')
  })
})
