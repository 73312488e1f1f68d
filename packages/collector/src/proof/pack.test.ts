// The proof pack as buildProofPack writes it from a store: which site, which receipts it counts, which
// wordings it holds or names as not kept, and the sums that tie the files together.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import type { Receipt } from '@sekisho/receipts/schema'
import type { SiteDeclaration } from '../export/site.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { buildProofPack, PACK_FORMAT, type ProofSource } from './pack.ts'

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const utf8 = (text: string) => new TextEncoder().encode(text)
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)
const SITE = 'https://www.example.jp'
const SHOP = 'https://shop.example.jp'
const KEPT = '当サイトはCookieを使います。'
const H_KEPT = sha256(KEPT)
const H_GONE = sha256('a wording the collector never got')
// Kept under a hash it does not have: no evidence.
const H_ALTERED = 'c'.repeat(64)
const WRITTEN = '2026-11-30T00:00:00.000Z'

const source = (revision: string, scripts = [{ name: 'sekisho.js', bytes: utf8('/* head */') }]): ProofSource => ({
  revision,
  // As an operator writes it: a BOM, their own spacing and key order.
  config: utf8('\uFEFF{ "site": "https://www.example.jp",\n  "revision": "R" }\n'),
  declaration: { controller: { name: '例' } } as unknown as SiteDeclaration,
  scripts,
})

const receipt = (n: number, time: string, ui: Receipt['ui'], overrides: Partial<Receipt> = {}) =>
  sampleReceipt(n, { timestamp: `2026-11-0${time}Z`, ui, policy: { revision: 'R', language: 'ja' }, ...overrides })

async function storeOf(receipts: Receipt[]) {
  const store = openSqliteStore(':memory:')
  await store.append(receipts.map((r) => ({ receipt: r, receivedAt: '2026-11-20T00:00:00.000Z' })))
  return store
}

describe('buildProofPack', () => {
  it('counts the revision’s receipts, holds the wordings kept as cited, names the others', async () => {
    const store = await storeOf([
      receipt(1, '2T10:00:00.000', { textHash: H_KEPT }),
      receipt(2, '1T09:00:00.000', { textHash: H_KEPT }, { policy: { revision: 'R', language: 'en' } }),
      // Cited in the other order than their hashes sort.
      receipt(3, '3T00:00:00.000', { textHash: H_ALTERED }),
      receipt(4, '2T00:00:00.000', { textHash: H_GONE }, { policy: { revision: 'R', language: 'en' } }),
      receipt(5, '2T00:00:00.000', { noText: 'unknown' }),
      receipt(6, '2T00:00:00.000', { noText: 'none-shown' }),
      receipt(9, '2T00:00:00.000', { noText: 'unknown' }),
      // Another revision, and a receipt erased since: neither counts.
      receipt(7, '5T00:00:00.000', { textHash: H_KEPT }, { policy: { revision: 'R2', language: 'ja' } }),
      receipt(8, '9T00:00:00.000', { textHash: H_KEPT }, { subject: 'subj_erased' }),
    ])
    try {
      await store.putText(H_KEPT, KEPT, WRITTEN)
      await store.putText(H_ALTERED, 'altered', WRITTEN)
      await store.erase({ subject: 'subj_erased', by: 'dpo', reason: 'request 1' }, WRITTEN)
      const scripts = [
        { name: 'sekisho.js', bytes: utf8('/* head */') },
        { name: 'sekisho-banner.js', bytes: utf8('/* banner */') },
      ]
      const built = await buildProofPack(store, source('R', scripts), { writtenAt: WRITTEN })
      assert.ok(built.ok, JSON.stringify(built))
      const { pack } = built
      const names = pack.files.map((f) => f.name)
      assert.deepEqual(names, [
        'README.md',
        'config.json',
        'declaration.json',
        'manifest.json',
        'scripts/sekisho-banner.js',
        'scripts/sekisho.js',
        `wordings/${H_KEPT}.txt`,
        'SHA256SUMS',
      ])
      const file = (name: string) => pack.files.find((f) => f.name === name)?.bytes
      assert.equal(text(file(`wordings/${H_KEPT}.txt`)), KEPT)
      assert.deepEqual(file('config.json'), source('R').config, 'the config byte for byte')
      assert.equal(text(file('declaration.json')), '{\n  "controller": {\n    "name": "例"\n  }\n}\n')
      const jcsSha256 = sha256('{"revision":"R","site":"https://www.example.jp"}')
      const integrity = (s: string) => `sha384-${createHash('sha384').update(s).digest('base64')}`
      assert.equal(text(file('manifest.json')).endsWith('}\n'), true)
      assert.deepEqual(JSON.parse(text(file('manifest.json'))), {
        format: 'sekisho-proof/1',
        site: SITE,
        revision: 'R',
        writtenAt: WRITTEN,
        config: { file: 'config.json', jcsSha256 },
        receipts: {
          count: 7,
          first: '2026-11-01T09:00:00.000Z',
          last: '2026-11-03T00:00:00.000Z',
          methods: { custom: 2, 'reject-all': 3, withdraw: 1, 'accept-all': 1 },
          withoutWording: { unknown: 2, 'none-shown': 1 },
        },
        wordings: [{ hash: H_KEPT, languages: ['en', 'ja'], receipts: 2 }],
        wordingsNotKept: [
          { hash: H_GONE, languages: ['en'], receipts: 1 },
          { hash: H_ALTERED, languages: ['ja'], receipts: 1 },
        ],
        scripts: [
          {
            file: 'scripts/sekisho-banner.js',
            sha256: sha256('/* banner */'),
            integrity: integrity('/* banner */'),
          },
          { file: 'scripts/sekisho.js', sha256: sha256('/* head */'), integrity: integrity('/* head */') },
        ],
        chain: { head: (await store.heads()).get(SITE) },
      })
      const readme = text(file('README.md'))
      assert.match(readme, /^# Proof pack: https:\/\/www\.example\.jp, policy revision R\n/)
      assert.ok(
        readme.includes(`"${jcsSha256}" ] || { echo "config.json is not the declared config"`),
        'step 3 with the hash',
      )
      assert.ok(readme.includes(`format ${PACK_FORMAT}.`), 'the format named')
      const sums = text(file('SHA256SUMS'))
      assert.equal(
        sums,
        names
          .slice(0, -1)
          .map((name) => `${sha256(file(name)!)}  ${name}\n`)
          .join(''),
      )
      assert.deepEqual(
        [pack.id, pack.site, pack.revision, pack.receipts, pack.wordings, pack.wordingsNotKept, pack.scripts],
        [sha256(sums), SITE, 'R', 7, 1, 2, 2],
      )
    } finally {
      await store.close()
    }
  })

  it('a revision without receipts has no period, methods or wordings', async () => {
    const store = await storeOf([receipt(1, '1T00:00:00.000', { textHash: H_KEPT })])
    try {
      const built = await buildProofPack(store, source('2027-01-01'), { writtenAt: WRITTEN })
      assert.ok(built.ok, JSON.stringify(built))
      const manifest = JSON.parse(text(built.pack.files.find((f) => f.name === 'manifest.json')?.bytes))
      assert.deepEqual(
        [manifest.site, manifest.receipts, manifest.wordings, manifest.wordingsNotKept],
        [SITE, { count: 0, first: null, last: null, methods: {}, withoutWording: {} }, [], []],
      )
    } finally {
      await store.close()
    }
  })

  it('needs a site of the database (named when it holds several) and the script files', async () => {
    const empty = await storeOf([])
    const two = await storeOf([
      receipt(1, '1T00:00:00.000', { textHash: H_KEPT }),
      receipt(2, '1T00:00:00.000', { textHash: H_KEPT }, { site: SHOP }),
    ])
    try {
      const options = { writtenAt: WRITTEN }
      assert.deepEqual(await buildProofPack(empty, source('R'), options), {
        ok: false,
        path: 'site',
        message: 'the database holds no receipts',
      })
      assert.deepEqual(await buildProofPack(two, source('R'), options), {
        ok: false,
        path: 'site',
        message: `the database holds ${SHOP}, ${SITE}: name one`,
      })
      assert.deepEqual(await buildProofPack(two, source('R'), { ...options, site: 'https://other.example' }), {
        ok: false,
        path: 'site',
        message: 'no receipts of https://other.example in the database',
      })
      assert.deepEqual(await buildProofPack(two, source('R', []), { ...options, site: SHOP }), {
        ok: false,
        path: 'scripts',
        message: 'no sekisho*.js script files given',
      })
      const shop = await buildProofPack(two, source('R'), { ...options, site: SHOP })
      assert.deepEqual([shop.ok && shop.pack.site, shop.ok && shop.pack.receipts], [SHOP, 1])
    } finally {
      await empty.close()
      await two.close()
    }
  })
})
