import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../main.ts'
import { runInit } from './init.ts'
import { capture, fixtureDir, INVALID, VALID } from './fixtures.ts'

const fixtures = fixtureDir()
after(() => rmSync(fixtures.dir, { recursive: true, force: true }))

describe('sekisho validate', () => {
  it('prints a one-line summary and exits 0 for a valid config', async () => {
    const io = capture()
    const file = fixtures.write('valid.json', VALID)
    assert.equal(await main(['validate', file], io), 0, io.stderr)
    const [summary, heading, ...facts] = io.stdout.trimEnd().split('\n')
    assert.equal(summary, `${file}: valid (revision 2026-11-01, 4 purposes, 3 services)`)
    assert.match(heading!, /^\d+ catalog facts about the services you use are unconfirmed; check them with the vendor/)
    assert.equal(io.stderr, '')
    // Every listed fact is one of the catalog services the config names (google-analytics, a8net).
    assert.ok(facts.length > 0, 'facts.length > 0')
    for (const line of facts) assert.match(line, /^ {2}(google-analytics|a8net)\.\w+: \S/)
    assert.ok(
      facts.some((l) => l.startsWith('  a8net.cookies: ')),
      "facts.some((l) => l.startsWith('  a8net.cookies: '))",
    )
    assert.ok(!facts.some((l) => l.startsWith('  google-analytics.cookies')), 'GA4 cookies are sourced')
  })

  it('leaves out facts the config overrides, and says nothing when none are unconfirmed', async () => {
    const io = capture()
    const overridden = { ...VALID, services: [{ id: 'a8net', hosts: ['px.a8.net'] }] }
    assert.equal(await main(['validate', fixtures.write('override.json', overridden)], io), 0, io.stderr)
    assert.doesNotMatch(io.stdout, /a8net\.hosts/)
    assert.match(io.stdout, /a8net\.cookies/)
    const own = capture()
    const only = { ...VALID, services: VALID.services.filter((s) => typeof s != 'string') }
    assert.equal(await main(['validate', fixtures.write('own.json', only)], own), 0, own.stderr)
    assert.equal(own.stdout.split('\n').length, 2, own.stdout)
  })

  it('prints each error with its path and exits 1', async () => {
    const io = capture()
    assert.equal(await main(['validate', fixtures.write('invalid.json', INVALID)], io), 1)
    assert.match(io.stderr, /^\S+invalid\.json: \d+ errors?\n/)
    assert.match(io.stderr, /^revision: /m)
    assert.match(io.stderr, /^services\[1\][.:\s]/m)
    assert.equal(io.stdout, '')
  })

  it('reports unreadable files and broken JSON with exit 1', async () => {
    const io = capture()
    assert.equal(await main(['validate', join(fixtures.dir, 'missing.json')], io), 1)
    assert.match(io.stderr, /missing\.json: cannot read/)
    assert.equal(await main(['validate', fixtures.write('broken.json', '{"revision": ')], io), 1)
    assert.match(io.stderr, /broken\.json: not valid JSON/)
  })

  it('accepts what sekisho init writes', async () => {
    const file = join(fixtures.dir, 'site.json')
    assert.equal(await runInit(['--out', file, '--name', 'ACME'], capture()), 0)
    const io = capture()
    assert.equal(await main(['validate', file], io), 0, io.stderr)
  })

  it('wants exactly one file', async () => {
    const io = capture()
    assert.equal(await main(['validate'], io), 2)
    assert.match(io.stderr, /Usage: sekisho validate/)
  })
})
