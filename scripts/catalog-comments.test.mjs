// The catalog keeps doubt about a fact in its data (`unconfirmed('why')`), where `sekisho validate`
// and `notice` list it; a comment saying a fact is unconfirmed reaches no operator. This reads the
// service files as written (the browser tests only see them compiled, without comments).
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { doubtInComments } from '../packages/catalog/src/checks.ts'
import { root } from './run.mjs'

const dir = join(root, 'packages/catalog/src/services')

test('no catalog service file notes an unconfirmed fact in a comment', () => {
  for (const file of readdirSync(dir)) {
    assert.deepEqual(doubtInComments(readFileSync(join(dir, file), 'utf8')), [], file)
  }
})

test('the comment check finds doubt in comments and not in unconfirmed() reasons', () => {
  const text = "// Unconfirmed: cookie names\n/* b91 not confirmed */\nconst x = unconfirmed('not confirmed')"
  assert.deepEqual(doubtInComments(text), ['// Unconfirmed: cookie names', '/* b91 not confirmed */'])
})
