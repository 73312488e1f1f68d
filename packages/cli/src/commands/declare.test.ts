// `sekisho declare` against a running `sekisho serve`: a revision's declaration is kept once, a
// changed one under the same revision refused, and the one `serve --site-config` started with kept too.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../index.ts'
import { capture, fixtureDir, VALID } from './fixtures.ts'

const ADMIN = 'admin-token-for-declare-tests'
const EXPORT = 'export-token-for-declare-tests'
const SITE = 'https://www.example.jp'

describe('sekisho declare', () => {
  const files = fixtureDir()
  const running = { base: '', exit: Promise.resolve(0), io: capture() }
  before(async () => {
    process.env.SEKISHO_ADMIN_TOKENS = ADMIN
    process.env.SEKISHO_EXPORT_TOKENS = EXPORT
    const started = files.write('site.json', VALID)
    const args = ['serve', '--db', join(files.dir, 'r.sqlite'), '--port', '0', '--site-config', started]
    running.exit = main(args, running.io)
    while (!running.io.stdout.includes('listening')) await new Promise((r) => setTimeout(r, 20))
    running.base = /http:\/\/127\.0\.0\.1:\d+/.exec(running.io.stdout)![0]
  })
  after(async () => {
    process.emit('SIGTERM')
    await running.exit
    delete process.env.SEKISHO_ADMIN_TOKENS
    delete process.env.SEKISHO_EXPORT_TOKENS
    delete process.env.SEKISHO_ADMIN_TOKEN
    rmSync(files.dir, { recursive: true, force: true })
  })

  it('keeps a site’s revision once, refuses it changed, and names what is missing', async () => {
    const next = files.write('next.json', { ...VALID, revision: '2026-12-01' })
    const declare = async (file: string, token: string | null = ADMIN) => {
      if (token === null) delete process.env.SEKISHO_ADMIN_TOKEN
      else process.env.SEKISHO_ADMIN_TOKEN = token
      const io = capture()
      return { code: await main(['declare', '--config', file, '--collector', running.base, '--site', SITE], io), io }
    }
    const stored = await declare(next)
    assert.equal(stored.code, 0, stored.io.stderr)
    assert.match(
      stored.io.stdout,
      /^revision "2026-12-01" of https:\/\/www\.example\.jp is declared \(hash [0-9a-f]{64}\)/,
    )
    const again = await declare(next)
    assert.equal(again.code, 0, again.io.stderr)
    assert.match(again.io.stdout, /was declared already, with the same content/)
    const changed = files.write('changed.json', {
      ...VALID,
      revision: '2026-12-01',
      controller: { ...VALID.controller, name: '株式会社ほかの名前' },
    })
    const refused = await declare(changed)
    assert.equal(refused.code, 1)
    assert.match(refused.io.stderr, /answered 409: revision: .*"2026-12-01" already/)
    const tokenless = await declare(next, null)
    assert.equal(tokenless.code, 2)
    assert.match(tokenless.io.stderr, /SEKISHO_ADMIN_TOKEN: expected an admin token/)
    assert.equal((await declare(next, EXPORT)).code, 1, 'an export token may not declare')
    const invalid = await declare(files.write('invalid.json', { ...VALID, services: ['no-such-service'] }))
    assert.equal(invalid.code, 2)
    assert.match(invalid.io.stderr, /services\[0\]/)
    // The collector holds the config serve started with (every site) and the declared one.
    const listed = (await (
      await fetch(`${running.base}/v1/declarations`, { headers: { authorization: `Bearer ${EXPORT}` } })
    ).json()) as { declarations: Array<{ site: string; revision: string; declaration: any }>; chain: { ok: boolean } }
    assert.deepEqual(
      listed.declarations.map((d) => [d.site, d.revision, d.declaration.controller.name]),
      [
        ['*', '2026-11-01', '株式会社サンプル'],
        [SITE, '2026-12-01', '株式会社サンプル'],
      ],
    )
    // Resolved against the catalog: Google Analytics' recipient and items come from its entry.
    assert.match(listed.declarations[1]!.declaration.services['google-analytics'].recipient, /Google/)
    assert.equal(listed.chain.ok, true)
  })
})
