import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { verifyChain } from '../chain/verify.ts'
import { exportReceipts } from '../export/export.ts'
import type { ExportQuery } from '../export/query.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'
import { importReceipts } from './import.ts'

const text = async (store: ReceiptStore, query: Partial<ExportQuery> = {}) => {
  let out = ''
  for await (const chunk of exportReceipts(store, { format: 'jsonl', filter: {}, bom: false, ...query })) out += chunk
  return out
}

for (const kind of await storeKinds()) {
  describe(`export then re-import on ${kind.name}`, { skip: kind.skip }, () => {
    after(() => kind.cleanup())
    it('rebuilds the same receipts, arrival times and hash chain', async () => {
      const original = await kind.open()
      const copy = await kind.open()
      try {
        for (let b = 0; b < 6; b++)
          await original.append(
            Array.from({ length: 250 }, (_, i) => {
              const n = b * 250 + i
              const site = n % 3 ? 'https://www.example.jp' : 'https://ショップ.example.jp'
              return {
                receipt: sampleReceipt(n, { site, policy: { revision: `改定-${b}`, language: 'ja' } }),
                receivedAt: `2026-11-0${b + 1}T00:00:00.000Z`,
              }
            }),
          )
        const jsonl = await text(original)
        assert.equal(jsonl.split('\n').length - 1, 1500)
        const result = await importReceipts(copy, Readable.from([jsonl]))
        assert.deepEqual(result, { imported: 1500, duplicates: 0, rejected: [] })
        assert.ok((await text(copy)) === jsonl, 'the re-exported JSON Lines differ')
        for (const format of ['csv', 'kantara', 'appi'] as const)
          assert.ok((await text(copy, { format })) === (await text(original, { format })), format)
        assert.deepEqual(await verifyChain(copy), { ok: true, checked: 1500 })
        assert.deepEqual(await copy.heads(), await original.heads())
        const again = await importReceipts(copy, Readable.from([jsonl]))
        assert.deepEqual(again, { imported: 0, duplicates: 1500, rejected: [] })
      } finally {
        await original.close()
        await copy.close()
      }
    })

    it('names the bad line and field, and stamps bare receipts', async () => {
      const store = await kind.open()
      try {
        const lines = [
          JSON.stringify(sampleReceipt(1)),
          '{oops',
          JSON.stringify({ receivedAt: 'yesterday', receipt: sampleReceipt(2) }),
          JSON.stringify({ receivedAt: '2026-11-01T00:00:00.000Z', receipt: { ...sampleReceipt(3), method: 'x' } }),
        ]
        const result = await importReceipts(store, Readable.from([lines.join('\n')]), () => '2026-11-27T00:00:00.000Z')
        assert.equal(result.imported, 1)
        assert.deepEqual(
          result.rejected.map((r) => [r.line, r.errors[0]!.path]),
          [
            [2, ''],
            [3, 'receivedAt'],
            [4, 'receipt.method'],
          ],
        )
        assert.equal((await store.get(sampleReceipt(1).id))?.receivedAt, '2026-11-27T00:00:00.000Z')
      } finally {
        await store.close()
      }
    })
  })
}
