// The READMEs' tagged byte figures (size-readme.mjs), which `npm run size` holds to the build.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { root } from './run.mjs'
import { figuresIn, kb, staleFigures, taggedReadmes, writeFigures } from './size-readme.mjs'

const text = 'head | 15.9 KB<!-- size:head --> |\nfirst 21.4 KB<!-- size:first -->, peer 14.5 KB, 3 KB<!-- size:x -->'

test('a figure is KB of 1024 bytes to one decimal', () => {
  assert.equal(kb(16365), '16.0 KB')
  assert.equal(kb(14848), '14.5 KB')
  assert.equal(kb(1023), '1.0 KB')
})

test('reads only tagged figures, whole or not', () => {
  assert.deepEqual(figuresIn(text), [
    { id: 'head', shown: '15.9 KB' },
    { id: 'first', shown: '21.4 KB' },
    { id: 'x', shown: '3 KB' },
  ])
})

test('a stale figure, an unknown id and an unrounded figure are each named; a current one is not', () => {
  assert.deepEqual(staleFigures(text, { head: 16365, first: 21876 }), [
    'size:head says 15.9 KB, measured 16.0 KB',
    'size:x names no measured row of budgets.json',
  ])
  assert.deepEqual(staleFigures('3 KB<!-- size:x -->', { x: 3072 }), ['size:x says 3 KB, measured 3.0 KB'])
  assert.deepEqual(staleFigures('3.0 KB<!-- size:x -->', { x: 3072 }), [])
  // A figure holds a few bytes past its rounding edge (another zlib may compress a little differently).
  assert.deepEqual(staleFigures('3.0 KB<!-- size:x -->', { x: 3072 + 51 + 16 }), [])
  assert.deepEqual(staleFigures('3.0 KB<!-- size:x -->', { x: 3072 - 51 - 16 }), [])
  assert.deepEqual(staleFigures('3.0 KB<!-- size:x -->', { x: 3072 + 51 + 17 }), [
    'size:x says 3.0 KB, measured 3.1 KB',
  ])
})

test('writing puts the measured figures in place, keeps the tags, and leaves untagged text and unknown ids', () => {
  const written = writeFigures(text, { head: 16365, first: 21876 })
  assert.equal(
    written,
    'head | 16.0 KB<!-- size:head --> |\nfirst 21.4 KB<!-- size:first -->, peer 14.5 KB, 3 KB<!-- size:x -->',
  )
  assert.deepEqual(staleFigures(written, { head: 16365, first: 21876, x: 3072 }), ['size:x says 3 KB, measured 3.0 KB'])
})

test("every tagged figure in the repository's READMEs names a budgets.json row; ids are unique", () => {
  const ids = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')).bundles.map((b) => b.id)
  assert.equal(new Set(ids).size, ids.length, `ids repeat: ${ids}`)
  const readmes = taggedReadmes(root)
  assert.ok(readmes.includes(join(root, 'README.md')), 'the root README carries tagged figures')
  for (const file of readmes) {
    for (const { id } of figuresIn(readFileSync(file, 'utf8'))) assert.ok(ids.includes(id), `${file}: size:${id}`)
  }
})
