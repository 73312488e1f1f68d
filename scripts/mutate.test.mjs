// The mutation record's arithmetic: a package's score as Stryker counts it, and parts of a package
// measured in separate runs adding up in the incremental record.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { mergeIncremental, scoreOf } from './mutate.mjs'

const mutant = (id, status, coveredBy = [], killedBy = []) => ({ id, status, coveredBy, killedBy })
const tests = (...names) => Object.fromEntries(names.map((name, id) => [name, { tests: [{ id: String(id), name }] }]))

describe('mutation record', () => {
  it('scores killed and timed-out mutants over all with a verdict, ignored ones left out', () => {
    const report = {
      files: {
        a: { mutants: [mutant('1', 'Killed'), mutant('2', 'Timeout'), mutant('3', 'Survived')] },
        b: { mutants: [mutant('4', 'NoCoverage'), mutant('5', 'Ignored'), mutant('6', 'CompileError')] },
      },
    }
    assert.deepEqual(scoreOf(report), { score: 50, Killed: 1, Timeout: 1, Survived: 1, NoCoverage: 1 })
  })

  it("keeps the files a partial run did not mutate, their tests' ids mapped to the new run's", () => {
    const before = {
      files: {
        'old.ts': { mutants: [mutant('1', 'Killed', ['0', '1'], ['1']), mutant('2', 'Survived', ['2'])] },
        'both.ts': { mutants: [mutant('3', 'Survived', ['0'])] },
      },
      testFiles: tests('x.test.ts', 'y.test.ts', 'gone.test.ts'),
    }
    const after = {
      files: { 'both.ts': { mutants: [mutant('9', 'Killed', ['1'], ['1'])] }, 'new.ts': { mutants: [] } },
      // The same tests in another order, one gone, one new.
      testFiles: tests('new.test.ts', 'y.test.ts', 'x.test.ts'),
      schemaVersion: '2',
    }
    const merged = mergeIncremental(before, after)
    assert.deepEqual(Object.keys(merged.files).sort(), ['both.ts', 'new.ts', 'old.ts'])
    // What the new run measured wins; what it did not measure is kept.
    assert.deepEqual(merged.files['both.ts'], after.files['both.ts'])
    assert.deepEqual(merged.files['old.ts'].mutants, [
      mutant('1', 'Killed', ['2', '1'], ['1']),
      mutant('2', 'Survived', []),
    ])
    assert.equal(merged.testFiles, after.testFiles)
    assert.equal(merged.schemaVersion, '2')
  })
})
