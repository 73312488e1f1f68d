// GET /v1/proof-packs: the revisions the collector can pack, and each pack as one tar archive (the
// bytes tarArchive writes of buildProofPack's files), logged as an export.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createCollector, type Collector } from '../index.ts'
import type { SiteDeclaration } from '../export/site.ts'
import { buildProofPack, type ProofSource } from '../proof/pack.ts'
import { tarArchive } from '../proof/tar.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import type { ReceiptStore } from '../store/store.ts'
import { sampleReceipt } from '../testing/sample.ts'

const SITE = 'https://www.example.jp'
const SHOP = 'https://shop.example.jp:8443'
const EXPORT = 'export-token-for-proof-packs'
const NOW = Date.parse('2026-11-30T12:34:56.789Z')
const utf8 = (text: string) => new TextEncoder().encode(text)
const source = (revision: string, scripts = [{ name: 'sekisho.js', bytes: utf8('/* head */') }]): ProofSource => ({
  revision,
  config: utf8(`{"revision":${JSON.stringify(revision)}}`),
  declaration: {} as SiteDeclaration,
  scripts,
})

describe('proof packs over HTTP', () => {
  let store: ReceiptStore
  let collector: Collector
  let base = ''
  const sources = [source('2026-11-01'), source('改定 2/b'), source('no-scripts', [])]
  before(async () => {
    store = openSqliteStore(':memory:')
    await store.append(
      [sampleReceipt(1), sampleReceipt(2, { site: SHOP })].map((receipt) => ({
        receipt,
        receivedAt: '2026-11-20T00:00:00.000Z',
      })),
    )
    collector = createCollector({
      store,
      port: 0,
      retentionDays: false,
      proofSources: sources,
      tokens: [{ token: EXPORT, scope: 'export' }],
      now: () => NOW,
    })
    base = await collector.listen()
  })
  after(async () => {
    await collector.close()
    await store.close()
  })
  const get = (path: string, token = EXPORT) => fetch(base + path, { headers: { authorization: `Bearer ${token}` } })
  const error = async (res: Response) => [res.status, ((await res.json()) as { error: string }).error]

  it('lists the revisions it can pack, to an export token only', async () => {
    const res = await get('/v1/proof-packs')
    assert.deepEqual(await res.json(), { revisions: ['2026-11-01', '改定 2/b', 'no-scripts'] })
    assert.equal((await get('/v1/proof-packs', 'guess')).status, 401)
    assert.equal((await get('/v1/proof-packs/2026-11-01', 'guess')).status, 401)
  })

  it('serves a site’s pack as a tar archive named after the site and revision, and logs who took it', async () => {
    for (const [revision, name] of [
      ['2026-11-01', 'sekisho-proof-shop.example.jp_8443-2026-11-01'],
      ['改定 2/b', 'sekisho-proof-shop.example.jp_8443-___2_b'],
    ] as const) {
      const since = (await store.events(1000)).length
      const res = await get(`/v1/proof-packs/${encodeURIComponent(revision)}?site=${encodeURIComponent(SHOP)}`)
      assert.equal(res.status, 200)
      const built = await buildProofPack(store, sources.find((s) => s.revision === revision)!, {
        site: SHOP,
        writtenAt: new Date(NOW).toISOString(),
      })
      assert.ok(built.ok, JSON.stringify(built))
      const archive = tarArchive(name, built.pack.files, Math.floor(NOW / 1000))
      assert.deepEqual(new Uint8Array(await res.arrayBuffer()), archive)
      assert.deepEqual(
        ['content-type', 'content-length', 'content-disposition', 'x-proof-pack-id', 'cache-control'].map((h) =>
          res.headers.get(h),
        ),
        ['application/x-tar', String(archive.length), `attachment; filename="${name}.tar"`, built.pack.id, 'no-store'],
      )
      const events = await store.events(1000)
      assert.equal(events.length, since + 1)
      // Newest first.
      const { at, kind, detail } = events[0]!
      assert.deepEqual([at, kind], [new Date(NOW).toISOString(), 'access'])
      assert.deepEqual(detail, {
        by: detail.by,
        what: 'export',
        format: 'proof-pack',
        filter: { site: SHOP, revision },
      })
      assert.match(String(detail.by), /^tok_[0-9a-f]{12}$/)
    }
  })

  it('names what it cannot pack: an unknown revision or site, several sites, no scripts, a bad escape', async () => {
    assert.deepEqual(await error(await get('/v1/proof-packs/2027-01-01')), [
      404,
      'revision: the collector holds no site config of "2027-01-01" (it can pack: 2026-11-01, 改定 2/b, no-scripts)',
    ])
    // A long name is cut in the answer.
    const [, long] = await error(await get(`/v1/proof-packs/${'x'.repeat(250)}`))
    assert.ok(
      String(long).startsWith(`revision: the collector holds no site config of "${'x'.repeat(200)}" (`),
      String(long),
    )
    assert.deepEqual(await error(await get(`/v1/proof-packs/2026-11-01?site=${encodeURIComponent(SITE)}x`)), [
      404,
      `site: no receipts of ${SITE}x in the database`,
    ])
    assert.deepEqual(await error(await get('/v1/proof-packs/2026-11-01')), [
      400,
      `site: the database holds ${SHOP}, ${SITE}: name one`,
    ])
    assert.deepEqual(await error(await get(`/v1/proof-packs/no-scripts?site=${encodeURIComponent(SITE)}`)), [
      400,
      'scripts: no sekisho*.js script files given',
    ])
    assert.deepEqual(await error(await get('/v1/proof-packs/%E0%A4%A')), [
      400,
      'revision: expected a URL-encoded policy revision',
    ])
  })

  it('a collector without site configs packs nothing, and says how to give it some', async () => {
    const bare = createCollector({ store, port: 0, retentionDays: false, tokens: [{ token: EXPORT, scope: 'export' }] })
    const at = await bare.listen()
    try {
      const auth = { headers: { authorization: `Bearer ${EXPORT}` } }
      assert.deepEqual(await (await fetch(`${at}/v1/proof-packs`, auth)).json(), { revisions: [] })
      assert.deepEqual(await error(await fetch(`${at}/v1/proof-packs/r`, auth)), [
        404,
        'revision: the collector holds no site config of "r" (it can pack: none; start it with --site-config)',
      ])
    } finally {
      await bare.close()
    }
  })
})
