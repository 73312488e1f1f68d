import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../main.ts'
import { runInit } from './init.ts'
import { recheckNote, RECHECK_DAYS } from './validate.ts'
import { validateConfig, type ResolvedConfig } from '@sekisho/core'
import { catalog } from '@sekisho/catalog'
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

  it("asks for a re-check of a service whose facts were checked over a year ago, the operator's own date winning", async () => {
    const io = capture()
    const own = { ...(VALID.services[2] as object), checked: '2024-05-01' }
    const config = { ...VALID, services: [{ id: 'a8net', checked: '2025-02-01' }, own] }
    assert.equal(await main(['validate', fixtures.write('old.json', config)], io), 0, io.stderr)
    const at = io.stdout.indexOf('2 services you use were last checked')
    assert.ok(at > 0, io.stdout)
    assert.equal(
      io.stdout.slice(io.stdout.indexOf('\n', at) + 1),
      '  a8net: checked 2025-02-01\n  my-pixel: checked 2024-05-01\n',
    )
  })

  it('counts a year back from today: a date just inside it, a catalog date and no date say nothing', () => {
    const today = new Date('2026-12-07T00:00:00Z')
    const resolved = (services: unknown[]) => {
      const result = validateConfig({ ...VALID, services }, catalog)
      assert.ok(result.ok)
      return result.config as ResolvedConfig
    }
    const day = (n: number) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10)
    const own = (checked?: string) => ({ ...(VALID.services[2] as object), checked })
    assert.equal(recheckNote(resolved(['google-analytics', own(day(RECHECK_DAYS))]), today), '')
    assert.equal(recheckNote(resolved([own(undefined)]), today), '')
    assert.equal(
      recheckNote(resolved([own(day(RECHECK_DAYS + 1))]), today),
      `1 service you use was last checked against the vendor's documentation over a year ago; check again and update \`checked\`:\n  my-pixel: checked ${day(RECHECK_DAYS + 1)}\n`,
    )
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
