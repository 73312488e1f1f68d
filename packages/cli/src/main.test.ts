import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { COMMANDS } from './commands/index.ts'
import { main } from './index.ts'

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  }
  return io
}

describe('sekisho CLI', () => {
  it('prints usage for --help and exits 0', async () => {
    const io = capture()
    assert.equal(await main(['--help'], io), 0)
    assert.match(io.stdout, /^Usage: sekisho <command>/)
    for (const name of Object.keys(COMMANDS)) assert.match(io.stdout, new RegExp(`^  ${name} +\\S`, 'm'), name)
  })
  it('exits 1 with usage when given no command', async () => {
    const io = capture()
    assert.equal(await main([], io), 1)
  })
  it('names an unknown command and exits 2', async () => {
    const io = capture()
    assert.equal(await main(['frobnicate'], io), 2)
    assert.match(io.stderr, /unknown command "frobnicate"/)
  })
  it('runs `audit` from @sekisho/audit, loaded when the command runs', async () => {
    const io = capture()
    assert.equal(await main(['audit', '--help'], io), 0)
    assert.match(io.stdout, /^Usage: sekisho audit <url>/)
  })
  it("shows every command's usage for `help <command>` and `<command> --help`, exit 0", async () => {
    for (const name of Object.keys(COMMANDS)) {
      for (const argv of [
        ['help', name],
        [name, '--help'],
        [name, '-h'],
      ]) {
        const io = capture()
        assert.equal(await main(argv, io), 0, argv.join(' '))
        assert.match(io.stdout, new RegExp(`Usage: sekisho ${name}\\b`), argv.join(' '))
      }
    }
  })
  it('prints the package version', async () => {
    const io = capture()
    assert.equal(await main(['--version'], io), 0)
    assert.match(io.stdout, /^\d+\.\d+\.\d+\n$/)
  })
})
