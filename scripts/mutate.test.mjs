// The mutation record's arithmetic: a package's score as Stryker counts it, and parts of a package
// measured in separate runs adding up in the incremental record; and every browser test file
// loading under mutation testing's Karma as it does under @web/test-runner.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { build } from 'esbuild'
import { MUTATED, mergeIncremental, scoreOf, sourcesHash, testsHash } from './mutate.mjs'
import { root } from './run.mjs'

const mutant = (id, status, coveredBy = [], killedBy = []) => ({ id, status, coveredBy, killedBy })
const tests = (...names) => Object.fromEntries(names.map((name, id) => [name, { tests: [{ id: String(id), name }] }]))

describe('mutation record', () => {
  it("tells a change to a package's tests from a change to its sources (Karma's runs see only the latter)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-mutate-'))
    try {
      mkdirSync(join(dir, 'src/render'), { recursive: true })
      mkdirSync(join(dir, 'test'))
      const write = (file, text) => writeFileSync(join(dir, file), text)
      write('src/render/a.ts', 'export const a = 1')
      write('src/render/a.test.ts', 'it("a", () => {})')
      write('test/fixture.html', '<p>')
      const hashes = () => [sourcesHash('x', join(dir, 'src')), testsHash('x', dir)]
      const [sources, tests] = hashes()
      write('src/render/a.test.ts', 'it("a", () => { expect(a).to.equal(1) })')
      assert.deepEqual(hashes(), [sources, testsHash('x', dir)])
      assert.notEqual(testsHash('x', dir), tests, 'a test edited')
      const edited = testsHash('x', dir)
      write('test/fixture.html', '<p>changed')
      assert.notEqual(testsHash('x', dir), edited, 'a fixture edited')
      const fixture = testsHash('x', dir)
      write('src/render/a.ts', 'export const a = 2')
      assert.deepEqual(
        hashes().map((h, i) => h === [sources, fixture][i]),
        [false, true],
        'a source edited',
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

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

describe('mutation testing under Karma', () => {
  // Karma bundles each test file with the test-runner commands of mutate/commands.mjs; a command
  // missing there fails that file's bundle, and Karma then runs the package without the file:
  // every mutant only it kills survives, with no error on the way (loaders.test.ts's sendMouse).
  it('bundles every browser test file of the mutated packages, with every command it imports', async () => {
    const browser = MUTATED.filter((pkg) => !['collector', 'cli'].includes(pkg))
    const files = browser.flatMap((pkg) =>
      ['src', 'test'].flatMap((dir) => {
        try {
          return readdirSync(join(root, 'packages', pkg, dir), { recursive: true })
            .map(String)
            .filter((f) => /\.test\.tsx?$/.test(f))
            .map((f) => join('packages', pkg, dir, f))
        } catch {
          return []
        }
      }),
    )
    assert.ok(files.length > 20, `found only ${files.length} browser test files`)
    const failed = []
    for (const file of files)
      await build({
        entryPoints: [join(root, file)],
        bundle: true,
        write: false,
        logLevel: 'silent',
        conditions: ['source', 'browser', 'import'],
        jsx: 'automatic',
        jsxImportSource: 'preact',
        alias: { '@web/test-runner-commands': join(root, 'mutate/commands.mjs') },
      }).catch((err) => failed.push(`${file}: ${err.errors?.[0]?.text ?? err.message}`))
    assert.deepEqual(failed, [])
  })
})
