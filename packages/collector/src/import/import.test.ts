// What an import refuses, line by line, and what it keeps of the lines it takes (SQLite in memory:
// round-trip.test.ts runs the same import on every store).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { EMPTY_TEXT_HASH } from '@sekisho/receipts/schema'
import { openSqliteStore } from '../store/sqlite.ts'
import type { AppendEntry } from '../store/store.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { importReceipts } from './import.ts'

const AT = '2026-11-01T00:00:00.000Z'
const envelope = (n: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ receivedAt: AT, receipt: sampleReceipt(n), ...extra })

describe('importReceipts', () => {
  it('names each refused line with the error, counting blank lines but taking nothing from them', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const receipt = sampleReceipt(6)
      const lines = [
        '',
        '[1, 2',
        '   ',
        JSON.stringify({ erased: AT, hash: 'ab' }),
        JSON.stringify({ receipt: sampleReceipt(1) }),
        JSON.stringify({ receivedAt: '2026-11-01T00:00:00Z', receipt: sampleReceipt(2) }),
        JSON.stringify({ receivedAt: AT, receipt: 5 }),
        JSON.stringify({ ...sampleReceipt(3), method: 'x' }),
        envelope(4, { raw: JSON.stringify(sampleReceipt(5)) }),
        envelope(4, { raw: '{not json' }),
        envelope(4, { raw: 7 }),
        `  ${JSON.stringify(receipt)}\t`,
        JSON.stringify({ erased: AT, receivedAt: AT, receipt: sampleReceipt(7) }),
        // A list holding the right text is not that text, for the raw bytes or the arrival time.
        envelope(8, { raw: [JSON.stringify(sampleReceipt(8))] }),
        envelope(9, { receivedAt: [AT] }),
      ]
      const result = await importReceipts(store, Readable.from([lines.join('\n')]), () => AT)
      const raw = { path: 'raw', message: "expected the text of this line's receipt" }
      const receivedAt = { path: 'receivedAt', message: 'expected an ISO 8601 UTC time like 2026-11-01T09:30:00.000Z' }
      assert.deepEqual(result.rejected.slice(0, 3), [
        { line: 2, errors: [{ path: '', message: 'expected one JSON object per line' }] },
        {
          line: 4,
          errors: [{ path: 'erased', message: 'an erased receipt (only its hash is left) cannot be imported' }],
        },
        { line: 5, errors: [receivedAt] },
      ])
      assert.deepEqual(result.rejected[3], { line: 6, errors: [receivedAt] })
      assert.deepEqual(
        result.rejected.slice(4).map((r) => [r.line, r.errors.map((e) => e.path)]),
        [
          [7, ['receipt']],
          [8, ['method']],
          [9, ['raw']],
          [10, ['raw']],
          [11, ['raw']],
          [14, ['raw']],
          [15, ['receivedAt']],
        ],
      )
      assert.deepEqual(result.rejected[6]!.errors, [raw])
      assert.deepEqual([result.imported, result.duplicates], [2, 0])
      // A bare line's own text, without the space around it, is what arrived.
      const stored = await store.get(receipt.id)
      assert.deepEqual([stored?.raw, stored?.receivedAt], [JSON.stringify(receipt), AT])
      assert.equal(
        (await store.get(sampleReceipt(7).id))?.receivedAt,
        AT,
        'an erasure date beside the receipt is no matter',
      )
    } finally {
      await store.close()
    }
  })

  it('keeps the raw text an export carried, stamps bare receipts with the time now, counts duplicates', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const spaced = JSON.stringify(sampleReceipt(1), null, 1)
      const before = Date.now()
      const result = await importReceipts(
        store,
        Readable.from([`${envelope(1, { raw: spaced })}\n${JSON.stringify(sampleReceipt(2))}\n${envelope(1)}\n`]),
      )
      assert.deepEqual(result, { imported: 2, duplicates: 1, rejected: [] })
      assert.equal((await store.get(sampleReceipt(1).id))?.raw, spaced)
      const stamped = Date.parse((await store.get(sampleReceipt(2).id))!.receivedAt)
      assert.ok(stamped >= before && stamped <= Date.now(), 'stamped with the current time')
      assert.deepEqual(await importReceipts(store, Readable.from(['\n \n'])), {
        imported: 0,
        duplicates: 0,
        rejected: [],
      })
    } finally {
      await store.close()
    }
  })

  it('refuses JSON that is no receipt object, and arrival times other than ISO 8601 UTC with milliseconds', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const times = [
        `x${AT}`,
        `${AT}x`,
        '2026-11-01T00:00:00,000Z',
        '26-11-01T00:00:00.000Z',
        '2026-11-01 00:00:00.000Z',
        '2026-11-01T00:00:00.000+09:00',
        '2026-11-01T00:00:00.00Z',
        '2026-1-01T00:00:00.000Z',
      ]
      const lines = ['5', 'null', '"receipt"', '[]', ...times.map((receivedAt) => envelope(1, { receivedAt }))]
      const result = await importReceipts(store, Readable.from([lines.join('\n')]))
      assert.equal(result.imported, 0)
      assert.deepEqual(
        result.rejected.map((r) => [r.line, r.errors[0]!.path]),
        lines.map((_, i) => [i + 1, i < 4 ? '' : 'receivedAt']),
      )
    } finally {
      await store.close()
    }
  })

  it('appends in batches of 500 lines, none for an input without receipts', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const batches: number[] = []
      const counted = {
        ...store,
        append: (entries: AppendEntry[]) => (batches.push(entries.length), store.append(entries)),
      }
      const lines = Array.from({ length: 1001 }, (_, n) => JSON.stringify(sampleReceipt(n)))
      const result = await importReceipts(counted, Readable.from([lines.join('\n')]), () => AT)
      assert.deepEqual([result.imported, batches], [1001, [500, 500, 1]])
      batches.length = 0
      await importReceipts(counted, Readable.from(['\n[]\n']))
      assert.deepEqual(batches, [])
    } finally {
      await store.close()
    }
  })

  it('takes a receipt with the empty wording’s hash, as ingest does (the store flags it)', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const receipt = sampleReceipt(1, { ui: { textHash: EMPTY_TEXT_HASH } })
      const result = await importReceipts(store, Readable.from([JSON.stringify(receipt)]))
      assert.deepEqual(result, { imported: 1, duplicates: 0, rejected: [] })
      assert.equal((await store.get(receipt.id))?.warning, 'empty-text-hash')
    } finally {
      await store.close()
    }
  })
})
