// The proof pack as privacy managers download it from the collector (`sekisho serve`): one tar file,
// unpacked with `tar` in a temporary folder, verified by the steps of its own README, holding the
// same files as `sekisho proof` writes, and logged as an export.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { openSqliteStore } from '@sekisho/collector'
import { main } from '../index.ts'
import { runProofSteps } from '../testing/proof-steps.ts'
import { capture, fixtureDir, VALID } from './fixtures.ts'

// Child processes run asynchronously: the collector serves from this process (see runProofSteps).
const tar = (cwd: string) => promisify(execFile)('tar', ['-xf', 'pack.tar'], { cwd })

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const SITE = 'https://www.example.jp'
const EXPORT = 'export-token-for-proof-download'
const ADMIN = 'admin-token-for-proof-download'
const WORDING = '当サイトはアクセス解析のためにCookieを使います。「すべて許可」「すべて拒否」'

/** Every file under `dir`, by its path relative to it. */
const tree = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name)
        return [path.slice(dir.length + 1), readFileSync(path)] as const
      }),
  )

describe('the proof pack downloaded from the collector', () => {
  const { dir, write } = fixtureDir()
  const db = join(dir, 'receipts.sqlite')
  const config = write('site.json', VALID)
  // The previous revision's config, given first: its pack can be downloaded too.
  const older = write('site-2026-10-01.json', { ...VALID, revision: '2026-10-01' })
  let base = ''
  let exit: Promise<number>
  const env = { ...process.env }

  before(async () => {
    const store = openSqliteStore(db)
    await store.append(
      [1, 2, 3].map((n) => ({
        receipt: {
          id: `r_download_${n}`,
          schema: 'sekisho-receipt/1' as const,
          timestamp: new Date(Date.UTC(2026, 10, 2) + n * 60_000).toISOString(),
          site: SITE,
          subject: `subj_${n}`,
          policy: { revision: VALID.revision, language: 'ja' },
          jurisdiction: 'JP',
          method: n === 2 ? ('reject-all' as const) : ('accept-all' as const),
          purposes: [{ id: 'analytics', granted: n !== 2 }],
          services: [{ id: 'google-analytics', granted: n !== 2 }],
          signals: { gpc: false },
          ui: { textHash: sha256(WORDING) },
        },
        receivedAt: '2026-11-03T00:00:00.000Z',
      })),
    )
    await store.putText(sha256(WORDING), WORDING, '2026-11-03T00:00:00.000Z')
    await store.close()
    process.env.SEKISHO_EXPORT_TOKENS = EXPORT
    process.env.SEKISHO_ADMIN_TOKENS = ADMIN
    let resolve: (url: string) => void = () => {}
    const listening = new Promise<string>((r) => (resolve = r))
    const io = capture()
    const out = io.out
    io.out = (text: string) => {
      out(text)
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(text)
      if (url) resolve(url[0])
    }
    exit = main(
      ['serve', '--db', db, '--port', '0', '--site', SITE, '--site-config', older, '--site-config', config],
      io,
    )
    base = await Promise.race([listening, exit.then((code) => Promise.reject(new Error(`exit ${code}: ${io.stderr}`)))])
  })
  after(async () => {
    process.emit('SIGTERM')
    await exit
    process.env = env
    rmSync(dir, { recursive: true, force: true })
  })

  it('is one tar archive whose README steps verify it, with the files sekisho proof writes', async () => {
    const get = (path: string, token = EXPORT) =>
      fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
    assert.equal((await get(`/v1/proof-packs/${VALID.revision}`, '')).status, 401)
    assert.deepEqual(await (await get('/v1/proof-packs')).json(), { revisions: ['2026-10-01', VALID.revision] })
    const missing = await get('/v1/proof-packs/2020-01-01')
    assert.equal(missing.status, 404)
    assert.match((await missing.json()).error, /^revision: .*"2020-01-01".*it can pack: 2026-10-01, 2026-11-01/)

    const response = await get(`/v1/proof-packs/${encodeURIComponent(VALID.revision)}`)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/x-tar')
    const name = /filename="([^"]+)\.tar"/.exec(response.headers.get('content-disposition')!)![1]!
    assert.equal(name, `sekisho-proof-www.example.jp-${VALID.revision}`)
    const unpacked = mkdtempSync(join(tmpdir(), 'sekisho-proof-download-'))
    try {
      writeFileSync(join(unpacked, 'pack.tar'), new Uint8Array(await response.arrayBuffer()))
      await tar(unpacked)
      const pack = join(unpacked, name)
      const steps = await runProofSteps(pack)
      assert.equal(steps.status, 0, steps.stdout + steps.stderr)
      assert.match(steps.stdout, /proof pack verified/)
      // Its id is the SHA-256 of its SHA256SUMS, as the CLI prints it.
      assert.equal(response.headers.get('x-proof-pack-id'), sha256(readFileSync(join(pack, 'SHA256SUMS'), 'utf8')))

      // The same files as `sekisho proof` writes from the same database and config.
      const folder = join(unpacked, 'cli')
      const io = capture()
      assert.equal(await main(['proof', '--db', db, '--config', config, '--out', folder], io), 0, io.stderr)
      const [downloaded, written] = [tree(pack), tree(folder)]
      assert.deepEqual([...downloaded.keys()].sort(), [...written.keys()].sort())
      assert.ok(downloaded.has(`wordings/${sha256(WORDING)}.txt`), 'downloaded.has(`wordings/sha256(WORDING).txt`)')
      for (const [file, bytes] of downloaded) {
        if (file === 'manifest.json' || file === 'SHA256SUMS') continue
        assert.deepEqual(bytes, written.get(file), file)
      }
      // The manifests differ only in when they were written.
      const manifest = (bytes: Buffer) => ({ ...JSON.parse(bytes.toString('utf8')), writtenAt: undefined })
      assert.deepEqual(manifest(downloaded.get('manifest.json')!), manifest(written.get('manifest.json')!))
    } finally {
      rmSync(unpacked, { recursive: true, force: true })
    }

    // The older revision's pack holds its own config, byte for byte.
    const previous = await get('/v1/proof-packs/2026-10-01')
    assert.equal(previous.status, 200)
    const again = mkdtempSync(join(tmpdir(), 'sekisho-proof-download-'))
    try {
      writeFileSync(join(again, 'pack.tar'), new Uint8Array(await previous.arrayBuffer()))
      await tar(again)
      const pack = join(again, 'sekisho-proof-www.example.jp-2026-10-01')
      assert.deepEqual(readFileSync(join(pack, 'config.json')), readFileSync(older))
      assert.equal(JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')).receipts.count, 0)
      assert.equal((await runProofSteps(pack)).status, 0)
    } finally {
      rmSync(again, { recursive: true, force: true })
    }

    // Logged like every export: who, when, which revision.
    const events = (await (await get('/v1/admin/events', ADMIN)).json()) as any[]
    const logged = events.filter((e) => e.kind === 'access' && e.detail.format === 'proof-pack')
    assert.deepEqual(
      logged.map((e) => e.detail.filter).sort((a, b) => a.revision.localeCompare(b.revision)),
      [
        { site: SITE, revision: '2026-10-01' },
        { site: SITE, revision: VALID.revision },
      ],
    )
    assert.match(logged[0].detail.by, /^tok_/)
  })
})
