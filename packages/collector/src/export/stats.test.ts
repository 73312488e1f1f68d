// The counts of the privacy managers' page from a store: per day and method, purposes with their
// rates, and the chain check of the site asked about (or the one the caller already has).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openSqliteStore } from '../store/sqlite.ts'
import type { ChainReport } from '../store/store.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { receiptStats } from './stats.ts'

const SHOP = 'https://shop.example.jp'

describe('receiptStats', () => {
  it('counts per day and method, rates to four places, and checks the chain of the site asked about', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const receipt = (n: number, day: number, ads: boolean, site?: string) =>
        sampleReceipt(n, {
          timestamp: `2026-11-0${day}T10:00:00.000Z`,
          purposes: [
            { id: 'necessary', granted: true },
            { id: 'ads', granted: ads },
          ],
          ...(site ? { site } : {}),
        })
      // Methods by n % 4: accept-all, reject-all, custom, withdraw.
      const receipts = [receipt(0, 1, true), receipt(1, 1, false), receipt(4, 1, false), receipt(2, 2, true)]
      await store.append(
        [...receipts, receipt(8, 3, true, SHOP)].map((r) => ({ receipt: r, receivedAt: '2026-11-05T00:00:00.000Z' })),
      )
      const stats = await receiptStats(store, { site: 'https://www.example.jp' })
      assert.equal(stats.total, 4)
      assert.deepEqual(stats.byDay, [
        { day: '2026-11-01', total: 3, byMethod: { 'accept-all': 2, 'reject-all': 1 } },
        { day: '2026-11-02', total: 1, byMethod: { custom: 1 } },
      ])
      assert.deepEqual(stats.byMethod, { 'accept-all': 2, 'reject-all': 1, custom: 1 })
      assert.deepEqual(stats.purposes, [
        { id: 'necessary', granted: 4, total: 4, rate: 1 },
        { id: 'ads', granted: 2, total: 4, rate: 0.5 },
      ])
      assert.deepEqual(stats.chain, { ok: true, checked: 4 })
      assert.deepEqual((await receiptStats(store)).chain, { ok: true, checked: 5 })
      const thirds = await receiptStats(store, { from: '2026-11-01T00:00:00.000Z', to: '2026-11-01T23:59:59.999Z' })
      assert.deepEqual(
        thirds.purposes.map((p) => p.rate),
        [1, 0.3333],
      )
      const two = await receiptStats(store, { from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T23:59:59.999Z' })
      assert.equal(two.purposes[1]?.rate, 0.5)
      const given: ChainReport = { ok: true, checked: 99 }
      assert.equal((await receiptStats(store, {}, Promise.resolve(given))).chain, given)
      const none = await receiptStats(store, { from: '2027-01-01T00:00:00.000Z' })
      assert.deepEqual([none.total, none.byDay, none.byMethod, none.purposes], [0, [], {}, []])
    } finally {
      await store.close()
    }
  })

  it('lists purposes in first-seen order, and any counted before it was read (a race) after them by id', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const ids = ['survey', 'necessary', 'ads', 'analytics']
      await store.append([
        {
          receipt: sampleReceipt(0, { purposes: ids.map((id) => ({ id, granted: true })) }),
          receivedAt: '2026-11-05T00:00:00.000Z',
        },
      ])
      assert.deepEqual(
        (await receiptStats(store)).purposes.map((p) => p.id),
        ids,
      )
      // Counted in an order that is neither, with only `ads` among the purpose ids read: it comes
      // first, the rest by id (an order in which a comparator that never says "after" gets them wrong).
      const scrambled = (counted: Awaited<ReturnType<typeof store.counted>>) => {
        const order = ['necessary', 'survey', 'ads', 'analytics']
        const purposes = [...counted.purposes].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
        return { ...counted, purposes }
      }
      const raced = {
        ...store,
        purposeIds: async () => ['ads'],
        counted: async (filter: Parameters<typeof store.counted>[0]) => scrambled(await store.counted(filter)),
      }
      assert.deepEqual(
        (await receiptStats(raced)).purposes.map((p) => p.id),
        ['ads', 'analytics', 'necessary', 'survey'],
      )
    } finally {
      await store.close()
    }
  })
})
