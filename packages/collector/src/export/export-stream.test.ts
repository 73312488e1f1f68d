// How an export streams from a store: chunks of at least 64 KiB (one row over at most), a wording's
// place asked once per hash, and a JSON Lines row without its received bytes still one JSON object
// (an empty JSON Lines export: no chunk).
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ReceiptStore } from '../store/store.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import { exportReceipts } from './export.ts'
import type { ExportFormat } from './query.ts'

const AT = '2026-11-01T00:00:00.000Z'
const CHUNK = 64 * 1024

async function chunks(store: ReceiptStore, format: ExportFormat): Promise<string[]> {
  const out: string[] = []
  for await (const chunk of exportReceipts(store, { format, filter: {}, bom: false })) out.push(chunk)
  return out
}

for (const kind of await storeKinds())
  describe(`export stream on ${kind.name}`, { skip: kind.skip }, () => {
    after(() => kind.cleanup())

    it('yields chunks of 64 KiB to 64 KiB and a row, the rest last, never an empty one', async () => {
      const store = await kind.open()
      try {
        await store.append(Array.from({ length: 600 }, (_, n) => ({ receipt: sampleReceipt(n), receivedAt: AT })))
        const csv = await chunks(store, 'csv')
        const row = Math.max(
          ...csv
            .join('')
            .split('\r\n')
            .map((line) => line.length + 2),
        )
        assert.ok(csv.length > 1, `${csv.length} chunk(s) of ${csv.join('').length} characters`)
        for (const chunk of csv.slice(0, -1))
          assert.ok(chunk.length >= CHUNK && chunk.length < CHUNK + row, `a chunk of ${chunk.length}`)
        assert.ok(csv.at(-1)!.length > 0 && csv.at(-1)!.length < CHUNK + row)
      } finally {
        await store.close()
      }
    })

    it('asks the store whether a wording is kept once per hash, however many receipts cite it', async () => {
      const store = await kind.open()
      try {
        // Three wordings, each cited by several receipts.
        const hashes = ['a', 'b', 'c'].map((c) => c.repeat(64))
        const cite = (n: number) => sampleReceipt(n, { ui: { textHash: hashes[n % 3]! } })
        await store.append(Array.from({ length: 20 }, (_, n) => ({ receipt: cite(n), receivedAt: AT })))
        const asked: string[][] = []
        const counting: ReceiptStore = {
          ...store,
          knownTexts: (hashes) => (asked.push([...hashes]), store.knownTexts(hashes)),
        }
        await chunks(counting, 'kantara')
        assert.deepEqual(asked.flat().sort(), hashes)
      } finally {
        await store.close()
      }
    })

    it('writes a row stored without its received bytes as JSON Lines without `raw`', async () => {
      const store = await kind.open()
      try {
        assert.deepEqual(await chunks(store, 'jsonl'), [], 'no chunk at all, not an empty one')
        const receipt = sampleReceipt(1)
        await store.append([{ receipt, receivedAt: AT }])
        await kind.tamper(`UPDATE receipts SET raw = NULL WHERE id = '${receipt.id}'`)
        const [line] = (await chunks(store, 'jsonl')).join('').split('\n')
        const parsed = JSON.parse(line!)
        assert.equal('raw' in parsed, false)
        assert.deepEqual(parsed.receipt, receipt)
      } finally {
        await store.close()
      }
    })
  })
