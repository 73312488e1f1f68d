// The collector's command line, as a child process: help, a refused flag, and a clean stop on SIGTERM.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { SERVE_USAGE } from './serve/serve-options.ts'

const BIN = fileURLToPath(new URL('./bin.ts', import.meta.url))
const ARGS = ['--import', 'tsx', '--conditions=source', BIN]

describe('bin.ts', () => {
  it('prints the usage for --help and exits 0; a bad flag is named on stderr with the usage, exit 1', () => {
    const help = spawnSync(process.execPath, [...ARGS, '--help'], { encoding: 'utf8' })
    assert.deepEqual([help.status, help.stdout, help.stderr], [0, SERVE_USAGE, ''])
    const bad = spawnSync(process.execPath, [...ARGS, '--port', 'x'], { encoding: 'utf8' })
    assert.deepEqual([bad.status, bad.stdout, bad.stderr], [1, '', `--port: expected 0–65535, got "x"\n${SERVE_USAGE}`])
  })

  it('says where it listens, answers, and stops with status 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [...ARGS, '--port', '0', '--db', ':memory:'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk) => {
        out += chunk
        const match = /^listening (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(out)
        if (match) resolve(match[1]!)
      })
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening: ${out}`)))
    })
    assert.deepEqual(await (await fetch(`${url}/healthz`)).json(), { ok: true })
    child.kill('SIGTERM')
    assert.equal(await exited, 0)
  })
})
