import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import { countedAggregate } from './counters.ts'
import type { ReceiptAggregate, ReceiptFilter, ReceiptStore } from './store.ts'

const start = Date.UTC(2026, 10, 1)
/** Receipts every 5 hours over about three days, on two sites. */
const entries = (from: number, count: number, receivedAt: string) =>
  Array.from({ length: count }, (_, i) => ({
    receipt: sampleReceipt(from + i, {
      timestamp: new Date(start + (from + i) * 5 * 3_600_000).toISOString(),
      ...((from + i) % 4 === 0 && { site: 'https://shop.example.jp' }),
    }),
    receivedAt,
  }))

const filters: Array<Pick<ReceiptFilter, 'from' | 'to' | 'site'>> = [
  {},
  { site: 'https://shop.example.jp' },
  { from: '2026-11-02T00:00:00.000Z', to: '2026-11-03T00:00:00.000Z' },
  // Cut days at both ends, and a range inside one day: those parts are counted from rows.
  { from: '2026-11-01T07:30:00.000Z', to: '2026-11-03T13:00:00.000Z', site: 'https://www.example.jp' },
  { from: '2026-11-02T01:00:00.000Z', to: '2026-11-02T16:00:00.000Z' },
  // Open at one end, cut or whole.
  { from: '2026-11-02T05:00:00.000Z' },
  { to: '2026-11-02T05:00:00.000Z', site: 'https://www.example.jp' },
  { from: '2026-11-02T00:00:00.000Z' },
  { to: '2026-11-03T00:00:00.000Z' },
]

const plain = (a: ReceiptAggregate) => ({
  days: a.days.map((d) => ({ ...d, total: Number(d.total) })),
  purposes: a.purposes
    .map((p) => ({ id: p.id, granted: Number(p.granted), total: Number(p.total) }))
    .sort((x, y) => (x.id < y.id ? -1 : 1)),
  revisions: a.revisions.map((r) => ({ ...r, total: Number(r.total) })),
})

/** The counters answer exactly what a scan of the rows answers, for every filter. */
async function assertExact(store: ReceiptStore, total: number) {
  for (const filter of filters)
    assert.deepEqual(
      plain(await countedAggregate(store, filter)),
      plain(await store.aggregate(filter)),
      JSON.stringify(filter),
    )
  const counted = await store.counted({})
  assert.equal(
    counted.days.reduce((n, d) => n + Number(d.total), 0),
    total,
  )
}

for (const kind of await storeKinds()) {
  describe(`${kind.name} stats counters`, { skip: kind.skip }, () => {
    const open: ReceiptStore[] = []
    after(async () => {
      for (const s of open) await s.close()
      await kind.cleanup()
    })

    it('stay exact after appends, duplicates, an erasure, a purge and on a store from before them', async () => {
      const store = await kind.open()
      open.push(store)
      await store.append(entries(0, 8, '2026-01-15T00:00:00.000Z'))
      await store.append(entries(8, 10, '2026-11-27T10:00:00.000Z'))
      await assertExact(store, 18)
      // Redelivered (and repeated within a batch): stored once, counted once.
      await store.append([...entries(5, 6, '2026-11-27T11:00:00.000Z'), ...entries(17, 1, '2026-11-27T11:00:00.000Z')])
      await assertExact(store, 18)
      // subject of receipts 9 and 106: one of them stored.
      const erasure = await store.erase(
        { subject: sampleReceipt(9).subject, by: 'test', reason: 'test' },
        '2026-11-28T00:00:00.000Z',
      )
      assert.equal(erasure.erased, 1)
      await assertExact(store, 17)
      const purge = await store.purge('2026-03-01T00:00:00.000Z', '2026-11-28T00:00:00.000Z')
      assert.equal(purge.deleted, 8)
      await assertExact(store, 9)
      await store.append(entries(18, 4, '2026-11-28T10:00:00.000Z'))
      await assertExact(store, 13)
      // A database from before the counters: they are counted from the rows when it is opened.
      await kind.tamper('DROP TABLE stat_methods; DROP TABLE stat_purposes; DROP TABLE stat_revisions;')
      const reopened = await kind.reopen()
      open.push(reopened)
      await assertExact(reopened, 13)
    })
  })
}
