import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { runInit } from './init.ts'
import { capture } from './fixtures.ts'

const dir = mkdtempSync(join(tmpdir(), 'sekisho-init-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const NOW = Date.UTC(2026, 10, 27, 9)

describe('sekisho init', () => {
  it('writes a starter config with today as revision, without asking when there is no terminal', async () => {
    const out = join(dir, 'a.json')
    const io = capture()
    assert.equal(await runInit(['--out', out], io, { now: () => NOW }), 0)
    const config = JSON.parse(readFileSync(out, 'utf8'))
    assert.equal(config.revision, '2026-11-27')
    assert.deepEqual(config.services, ['google-analytics'])
    // The README's "usual purposes": necessary (required), analytics, advertising (both optional).
    assert.deepEqual(config.purposes, [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }])
    assert.match(io.stdout, /set controller\.name/)
  })

  it('asks the company name on a terminal', async () => {
    const out = join(dir, 'b.json')
    const questions: string[] = []
    const ask = async (q: string) => (questions.push(q), '  株式会社関所  ')
    assert.equal(await runInit(['--out', out], capture(), { ask, now: () => NOW }), 0)
    assert.equal(questions.length, 1)
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).controller.name, '株式会社関所')
  })

  it('takes --name without asking', async () => {
    const out = join(dir, 'c.json')
    const ask = async () => assert.fail('must not ask')
    assert.equal(await runInit(['--out', out, '--name', 'ACME'], capture(), { ask }), 0)
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).controller.name, 'ACME')
  })

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const out = join(dir, 'd.json')
    writeFileSync(out, 'keep')
    const io = capture()
    assert.equal(await runInit(['--out', out], io), 1)
    assert.match(io.stderr, /exists; pass --force/)
    assert.equal(readFileSync(out, 'utf8'), 'keep')
    assert.equal(await runInit(['--out', out, '--force'], capture()), 0)
    assert.notEqual(readFileSync(out, 'utf8'), 'keep')
  })

  it('rejects unknown options with exit 2', async () => {
    const io = capture()
    assert.equal(await runInit(['--bogus'], io), 2)
    assert.match(io.stderr, /Usage: sekisho init/)
  })

  it('never waits for input when stdin is not a terminal (real process, stdin pipe left open)', async () => {
    const out = join(dir, 'e.json')
    const script = `import { run } from ${JSON.stringify(new URL('./init.ts', import.meta.url).href)}; process.exitCode = await run(['--out', ${JSON.stringify(out)}], { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) })`
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', '--input-type=module', '-e', script],
      {
        stdio: ['pipe', 'ignore', 'inherit'],
      },
    )
    // stdin is never ended: a command that waited for an answer would exit only when killed.
    const killer = setTimeout(() => child.kill(), 20000)
    const [code] = await once(child, 'exit')
    clearTimeout(killer)
    assert.equal(code, 0)
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).controller.name, 'Example K.K.（会社名）')
  })
})
