import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../index.ts'
import { fixtureDir, VALID } from './fixtures.ts'

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  }
  return io
}

describe('sekisho serve', () => {
  it('runs the collector on SQLite until SIGTERM, with the page and the ingest API', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-serve-'))
    const io = capture()
    const exit = main(['serve', '--db', join(dir, 'r.sqlite'), '--port', '0', '--origin', 'https://www.example.jp'], io)
    while (!io.stdout.includes('listening')) await new Promise((r) => setTimeout(r, 20))
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(io.stdout)![0]
    assert.equal((await fetch(`${base}/healthz`)).status, 200)
    const preflight = await fetch(`${base}/v1/receipts`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.example.jp', 'access-control-request-method': 'POST' },
    })
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://www.example.jp')
    process.emit('SIGTERM')
    assert.equal(await exit, 0)
    rmSync(dir, { recursive: true, force: true })
  })

  it('reads --site-config through the config validator and --time-zone, and refuses bad ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-serve-'))
    const file = join(dir, 'site.json')
    writeFileSync(
      file,
      JSON.stringify({ revision: 'r', controller: { name: 'n', phone: 'call us' }, purposes: [], services: [] }),
    )
    const io = capture()
    assert.equal(await main(['serve', '--port', '0', '--site-config', file], io), 2)
    assert.match(io.stderr, /--site-config .*controller\.phone: expected a phone number/s)
    const zone = capture()
    assert.equal(await main(['serve', '--port', '0', '--time-zone=Mars/Base'], zone), 2)
    assert.match(zone.stderr, /--time-zone: expected an IANA zone like Asia\/Tokyo, got "Mars\/Base"/)
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a revision given twice and a --scripts folder it cannot pack from', async () => {
    const { dir, write } = fixtureDir()
    const config = write('site.json', VALID)
    const again = write('again.json', VALID)
    const twice = capture()
    assert.equal(await main(['serve', '--port', '0', '--site-config', config, '--site-config', again], twice), 2)
    assert.match(twice.stderr, /--site-config .*again\.json: revision "2026-11-01" is given twice/)
    const scripts = capture()
    assert.equal(await main(['serve', '--port', '0', '--site-config', config, '--scripts', dir], scripts), 2)
    assert.match(scripts.stderr, /--scripts: .* holds no sekisho\*\.js/)
    rmSync(dir, { recursive: true, force: true })
  })

  it('names the bad flag and exits 2', async () => {
    const io = capture()
    assert.equal(await main(['serve', '--port', '99999'], io), 2)
    assert.match(io.stderr, /--port: expected 0–65535, got "99999"/)
    const origin = capture()
    assert.equal(await main(['serve', '--origin', 'example.jp'], origin), 2)
    assert.match(origin.stderr, /--origin: expected an origin/)
  })
})
