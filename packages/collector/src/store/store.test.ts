import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { verifyChain } from '../chain/verify.ts'
import { receiptStats } from '../export/stats.ts'
import { chainHash, canonicalJson, GENESIS } from '../chain/hash.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from './store.ts'

const at = '2026-11-27T10:00:00.000Z'
const entries = (from: number, count: number, receivedAt = at, overrides = {}) =>
  Array.from({ length: count }, (_, i) => ({ receipt: sampleReceipt(from + i, overrides), receivedAt }))
const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

for (const kind of await storeKinds()) {
  describe(`${kind.name} store`, { skip: kind.skip }, () => {
    const open: ReceiptStore[] = []
    const fresh = async () => {
      const store = await kind.open()
      open.push(store)
      return store
    }
    after(async () => {
      for (const s of open) await s.close()
      await kind.cleanup()
    })

    it('appends, chains each site from the genesis hash, and reads back the exact bytes', async () => {
      const store = await fresh()
      const other = entries(100, 2, at, { site: 'https://shop.example.jp' })
      const result = await store.append([...entries(0, 3), ...other])
      assert.deepEqual(result.inserted.length, 5)
      const row = await store.get(sampleReceipt(0).id)
      assert.ok(row, 'row')
      assert.equal(row.body, canonicalJson(sampleReceipt(0)))
      assert.equal(row.prevHash, GENESIS)
      assert.equal(row.hash, chainHash(GENESIS, at, row.body))
      const second = await store.get(sampleReceipt(1).id)
      assert.equal(second?.prevHash, row.hash)
      assert.equal((await store.get(sampleReceipt(100).id))?.prevHash, GENESIS)
      assert.deepEqual(await verifyChain(store), { ok: true, checked: 5 })
      assert.deepEqual(await store.purposeIds(), ['necessary', 'analytics', 'advertising'])
    })

    it('stores each id once: repeats within a batch and across batches are duplicates', async () => {
      const store = await fresh()
      const first = await store.append([...entries(0, 2), ...entries(0, 1)])
      assert.deepEqual(first, {
        inserted: [sampleReceipt(0).id, sampleReceipt(1).id],
        duplicates: [sampleReceipt(0).id],
        conflicts: [],
      })
      const again = await store.append(entries(1, 2))
      assert.deepEqual(again, { inserted: [sampleReceipt(2).id], duplicates: [sampleReceipt(1).id], conflicts: [] })
      assert.equal((await collect(store.rows())).length, 3)
    })

    it('names an id repeated with other content (stored before, or earlier in the call) a conflict', async () => {
      const store = await fresh()
      await store.append(entries(0, 1))
      const other = { receipt: sampleReceipt(0, { method: 'reject-all' }), receivedAt: at }
      const changed = { receipt: sampleReceipt(5, { method: 'accept-all' }), receivedAt: at }
      const result = await store.append([other, ...entries(5, 1), changed])
      assert.deepEqual(result, {
        inserted: [sampleReceipt(5).id],
        duplicates: [sampleReceipt(0).id, sampleReceipt(5).id],
        conflicts: [sampleReceipt(0).id, sampleReceipt(5).id],
      })
      assert.equal(JSON.parse((await store.get(sampleReceipt(0).id))!.body).method, sampleReceipt(0).method)
    })

    it('keeps exactly-once and a linear chain under concurrent batches', async () => {
      const store = await fresh()
      // 20 overlapping batches of 25 over 200 ids, all at once.
      const batches = Array.from({ length: 20 }, (_, b) => entries((b * 10) % 200, 25))
      const results = await Promise.all(batches.map((batch) => store.append(batch)))
      const inserted = results.flatMap((r) => r.inserted)
      assert.equal(new Set(inserted).size, inserted.length)
      const rows = await collect(store.rows())
      assert.equal(rows.length, new Set(batches.flat().map((e) => e.receipt.id)).size)
      assert.deepEqual(await verifyChain(store), { ok: true, checked: rows.length })
    })

    it('filters rows by site, time, purpose, method and subject', async () => {
      const store = await fresh()
      await store.append([
        ...entries(0, 40),
        ...entries(500, 5, at, { site: 'https://shop.example.jp', purposes: [{ id: 'affiliate', granted: true }] }),
      ])
      const ids = async (filter: object) => (await collect(store.rows(filter))).map((r) => r.id)
      assert.equal((await ids({ site: 'https://shop.example.jp' })).length, 5)
      assert.equal((await ids({ purpose: 'affiliate' })).length, 5)
      assert.equal((await ids({ method: 'custom', site: 'https://www.example.jp' })).length, 10)
      assert.deepEqual(await ids({ from: sampleReceipt(3).timestamp, to: sampleReceipt(5).timestamp }), [
        sampleReceipt(3).id,
        sampleReceipt(4).id,
      ])
      assert.deepEqual(await ids({ subject: sampleReceipt(7).subject }), [sampleReceipt(7).id])
    })

    it('aggregates by day and method, purpose and revision in the database', async () => {
      const store = await fresh()
      await store.append([...entries(0, 8), ...entries(900, 1, at, { site: 'https://shop.example.jp' })])
      const stats = await receiptStats(store, { site: 'https://www.example.jp' })
      assert.equal(stats.total, 8)
      assert.deepEqual(stats.byDay, [
        { day: '2026-11-01', total: 8, byMethod: { 'accept-all': 2, custom: 2, 'reject-all': 2, withdraw: 2 } },
      ])
      assert.deepEqual(stats.purposes, [
        { id: 'necessary', granted: 8, total: 8, rate: 1 },
        { id: 'analytics', granted: 4, total: 8, rate: 0.5 },
        { id: 'advertising', granted: 2, total: 8, rate: 0.25 },
      ])
      assert.deepEqual(stats.revisions, [
        { revision: '2026-10-01', first: sampleReceipt(0).timestamp, last: sampleReceipt(6).timestamp, total: 3 },
        { revision: '2026-11-01', first: sampleReceipt(1).timestamp, last: sampleReceipt(7).timestamp, total: 5 },
      ])
      assert.deepEqual(stats.chain, { ok: true, checked: 8 })
      const day = await receiptStats(store, { from: '2026-11-01T00:02:00.000Z', to: '2026-11-01T00:04:00.000Z' })
      assert.equal(day.total, 2)
    })

    it('refuses updates and deletes through the database', async () => {
      const store = await fresh()
      await store.append(entries(0, 1))
      assert.equal(await verifyChain(store).then((r) => r.ok), true)
      await assert.rejects(kind.tamper("UPDATE receipts SET method = 'x'", false), /append-only/)
      await assert.rejects(kind.tamper('DELETE FROM receipts', false), /append-only/)
      assert.ok(await store.get(sampleReceipt(0).id), 'await store.get(sampleReceipt(0).id)')
    })

    it('detects an edited body, a deleted row and a truncated end', async () => {
      const cases: Array<[string, string, RegExp]> = [
        [
          'edit',
          `UPDATE receipts SET body = replace(body, '"accept-all"', '"reject-all"') WHERE id = '${sampleReceipt(4).id}'`,
          /edited/,
        ],
        ['delete', `DELETE FROM receipts WHERE id = '${sampleReceipt(3).id}'`, /previous hash/],
        ['truncate', `DELETE FROM receipts WHERE id = '${sampleReceipt(9).id}'`, /deleted from the end/],
        // Every column is either hashed or checked against the hashed body.
        ...(
          [
            ['id', `'r_test_99999999'`],
            ['ts', `'2020-01-01T00:00:00.000Z'`],
            ['subject', `'subj_forged000'`],
            ['method', `'reject-all'`],
            ['received_at', `'2026-11-27T10:00:01.000Z'`],
            ['prev_hash', `'${'1'.repeat(64)}'`],
            ['hash', `'${'2'.repeat(64)}'`],
            ['site', `'https://www.example.jp/'`],
          ] as const
        ).map(([column, value]): [string, string, RegExp] => [
          column,
          `UPDATE receipts SET ${column} = ${value} WHERE id = '${sampleReceipt(4).id}'`,
          /edited|previous hash|deleted/,
        ]),
      ]
      for (const [name, sql, reason] of cases) {
        const store = await fresh()
        await store.append(entries(0, 10))
        await kind.tamper(sql)
        const report = await verifyChain(store)
        assert.equal(report.ok, false, name)
        assert.match(report.firstBreak!.reason, reason, name)
        if (name !== 'truncate') assert.ok(report.firstBreak!.id, name)
        if (['id', 'ts', 'subject', 'method'].includes(name))
          assert.match(report.firstBreak!.reason, new RegExp(`column ${name} does not match the hashed body`), name)
      }
    })

    it('purges old receipts, logs the purge, and the remaining chain still verifies', async () => {
      const store = await fresh()
      await store.append(entries(0, 5, '2020-01-15T00:00:00.000Z'))
      await store.append(entries(5, 5, '2020-02-15T00:00:00.000Z'))
      await store.append(entries(10, 5, '2026-11-27T00:00:00.000Z'))
      const result = await store.purge('2020-03-01T00:00:00.000Z', at)
      assert.equal(result.deleted, 10)
      assert.equal(result.anchors['https://www.example.jp'], (await store.get(sampleReceipt(10).id))?.prevHash)
      assert.equal((await collect(store.rows())).length, 5)
      assert.deepEqual(await verifyChain(store), { ok: true, checked: 5 })
      const [event] = await store.events(1)
      assert.equal(event?.kind, 'purge')
      assert.equal(event?.detail.deleted, 10)
      // The purged ids are forgotten; appending continues the chain.
      await store.append(entries(15, 2))
      assert.deepEqual(await verifyChain(store), { ok: true, checked: 7 })
    })

    it('keeps token hashes and removes them', async () => {
      const store = await fresh()
      const token = { id: 'tok1', hash: 'f'.repeat(64), scope: 'export' as const, label: 'dpo', createdAt: at }
      await store.addToken(token)
      assert.deepEqual(await store.tokens(), [token])
      assert.equal(await store.removeToken('tok1'), true)
      assert.deepEqual(await store.tokens(), [])
    })
  })
}
