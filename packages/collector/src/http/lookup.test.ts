// Reading receipts over HTTP: one receipt by id (as stored, erased, or with its wording's state and
// warning), the export's file name and type per format, HEAD without a body, and the parameter errors
// of export and stats.
import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { EMPTY_TEXT_HASH } from '@sekisho/receipts/schema'
import { RECEIPT_WARNINGS } from '../store/store.ts'
import { collectorOn } from '../testing/collector.ts'
import { rawRequest } from '../testing/request.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const EXPORT = 'export-token-for-lookup-tests'
const NOW = Date.parse('2026-11-27T10:00:00.000Z')
const AT = '2026-11-02T00:00:00.000Z'
const KEPT = 'この文言は保存されています'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const [sqlite] = await storeKinds()

describe('reading receipts over HTTP', () => {
  const running = collectorOn(sqlite!, { tokens: [{ token: EXPORT, scope: 'export' }], now: () => NOW })
  const receipts = {
    kept: sampleReceipt(1, { ui: { textHash: sha256(KEPT) } }),
    notKept: sampleReceipt(2, { ui: { textHash: sha256('not kept') } }),
    empty: sampleReceipt(3, { ui: { textHash: EMPTY_TEXT_HASH } }),
    none: sampleReceipt(4, { ui: { noText: 'none-shown' } }),
    erased: sampleReceipt(5, { subject: 'subj_erased' }),
  }
  before(async () => {
    const { store } = running
    await store.append(Object.values(receipts).map((receipt) => ({ receipt, receivedAt: AT })))
    await store.putText(sha256(KEPT), KEPT, AT)
    await store.erase({ subject: 'subj_erased', by: 'dpo', reason: 'request' }, '2026-11-03T00:00:00.000Z')
  })
  /** Where a stored receipt sits in the chain, as a lookup answers it. */
  const place = async (id: string) => {
    const { seq, receivedAt, prevHash, hash } = (await running.store.get(id))!
    return { seq, receivedAt, prevHash, hash }
  }
  const get = (path: string, method = 'GET') =>
    rawRequest(running.base, method, path, { authorization: `Bearer ${EXPORT}` })
  const lookup = async (id: string) => JSON.parse((await get(`/v1/receipts/${id}`)).body)

  it('answers a receipt with its place in the chain and its wording, kept or not', async () => {
    assert.deepEqual(await lookup(receipts.kept.id), {
      ...(await place(receipts.kept.id)),
      receipt: receipts.kept,
      text: { hash: sha256(KEPT), url: `/v1/texts/${sha256(KEPT)}`, stored: true },
    })
    assert.deepEqual((await lookup(receipts.notKept.id)).text, {
      hash: sha256('not kept'),
      url: `/v1/texts/${sha256('not kept')}`,
      stored: false,
    })
    const none = await lookup(receipts.none.id)
    assert.deepEqual([none.text, none.warning, none.receipt.ui], [undefined, undefined, { noText: 'none-shown' }])
  })

  it('answers a receipt with the empty wording’s hash with its warning and no wording', async () => {
    const found = await lookup(receipts.empty.id)
    assert.deepEqual(
      [found.text, found.warning],
      [undefined, { code: 'empty-text-hash', message: RECEIPT_WARNINGS['empty-text-hash'] }],
    )
  })

  it('answers an erased receipt with where it was and when it was erased, nothing of its content', async () => {
    assert.deepEqual(await lookup(receipts.erased.id), {
      ...(await place(receipts.erased.id)),
      id: receipts.erased.id,
      site: receipts.erased.site,
      erased: '2026-11-03T00:00:00.000Z',
    })
  })

  it('names each format’s download after the day, with its type; HEAD answers the headers alone', async () => {
    const expected = {
      csv: ['text/csv; charset=utf-8', 'receipts-2026-11-27.csv'],
      jsonl: ['application/x-ndjson; charset=utf-8', 'receipts-2026-11-27.jsonl'],
      kantara: ['application/json; charset=utf-8', 'receipts-2026-11-27.json'],
      iso27560: ['application/json; charset=utf-8', 'receipts-2026-11-27-iso27560.json'],
      appi: ['text/csv; charset=utf-8', 'receipts-2026-11-27-appi.csv'],
    }
    for (const [format, [type, file]] of Object.entries(expected)) {
      const res = await get(`/v1/export?format=${format}`)
      assert.deepEqual(
        [res.status, res.headers['content-type'], res.headers['content-disposition'], res.headers['cache-control']],
        [200, type, `attachment; filename="${file}"`, 'no-store'],
      )
      assert.ok(res.body.length > 0, format)
    }
    const head = await get('/v1/export?format=jsonl', 'HEAD')
    assert.deepEqual(
      [head.status, head.headers['content-type'], head.body],
      [200, 'application/x-ndjson; charset=utf-8', ''],
    )
  })

  it('refuses bad export and stats parameters, each named', async () => {
    for (const path of ['/v1/export?format=xlsx&from=yesterday', '/v1/stats?from=yesterday&to=2026-13-01'])
      for (const method of ['GET', 'HEAD']) {
        const res = await get(path, method)
        assert.equal(res.status, 400, path)
        if (method === 'HEAD') continue
        const body = JSON.parse(res.body) as { error: string; errors: Array<{ path: string; message: string }> }
        assert.equal(body.error, body.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
        assert.deepEqual(
          body.errors.map((e) => e.path),
          path.startsWith('/v1/export') ? ['format', 'from'] : ['from', 'to'],
        )
      }
  })

  it('lists the wordings kept, by size in bytes, and those missing, for one site or all', async () => {
    const list = async (query = '') => JSON.parse((await get(`/v1/texts${query}`)).body)
    const missing = [{ hash: sha256('not kept'), receipts: 1, firstId: receipts.notKept.id }]
    assert.deepEqual(await list(), {
      texts: [{ hash: sha256(KEPT), bytes: Buffer.byteLength(KEPT), receivedAt: AT }],
      missing,
    })
    assert.deepEqual((await list(`?site=${encodeURIComponent(receipts.kept.site)}`)).missing, missing)
    assert.deepEqual((await list('?site=https%3A%2F%2Fother.example')).missing, [])
  })
})
