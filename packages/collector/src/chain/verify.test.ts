import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Stats } from '../export/stats.ts'
import { createCollector } from '../http/server.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { PAGE_SIZE } from '../store/store.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { type ChainCheckpoint, verifyChain } from './verify.ts'

describe('chain verification', () => {
  it('lets other work run while it walks a long chain (readers never hold the event loop)', async () => {
    const store = openSqliteStore(':memory:')
    const receivedAt = '2026-11-27T00:00:00.000Z'
    await store.append(Array.from({ length: PAGE_SIZE * 3 }, (_, n) => ({ receipt: sampleReceipt(n), receivedAt })))
    let turns = 0
    let done = false
    const tick = () => void (done || (turns++, setImmediate(tick)))
    setImmediate(tick)
    const report = await verifyChain(store)
    done = true
    assert.equal(report.ok, true)
    assert.ok(turns >= 2, `the event loop turned ${turns} times during the walk`)
    await store.close()
  })
})

describe('incremental chain verification', () => {
  it('hashes only rows after the checkpoint, finds a break among them, and advances only when whole', async () => {
    const store = openSqliteStore(':memory:')
    const receivedAt = '2026-11-27T00:00:00.000Z'
    const add = (from: number, n: number) =>
      store.append(Array.from({ length: n }, (_, k) => ({ receipt: sampleReceipt(from + k), receivedAt })))
    await add(0, 10)
    const checkpoint: ChainCheckpoint = new Map()
    assert.deepEqual(await verifyChain(store, { checkpoint }), { ok: true, checked: 10 })
    await add(10, 3)
    assert.deepEqual(await verifyChain(store, { checkpoint }), { ok: true, checked: 3 })
    assert.deepEqual(await verifyChain(store, { checkpoint }), { ok: true, checked: 0 })
    assert.equal(checkpoint.get(sampleReceipt(0).site)?.seq, 13)
    await store.close()
  })
})

describe('/v1/stats and the chain', () => {
  it('reads only the rows added since the last check, not the whole chain per call', async () => {
    const inner = openSqliteStore(':memory:')
    let read = 0
    const store = {
      ...inner,
      async *chainRows(site?: string, afterSeq?: number) {
        for await (const row of inner.chainRows(site, afterSeq)) yield (read++, row)
      },
    }
    const receivedAt = '2026-11-27T00:00:00.000Z'
    await store.append(Array.from({ length: 50 }, (_, n) => ({ receipt: sampleReceipt(n), receivedAt })))
    const collector = createCollector({
      store,
      port: 0,
      retentionDays: false,
      tokens: [{ token: 't', scope: 'export' }],
    })
    const base = await collector.listen()
    const stats = async () =>
      ((await (await fetch(`${base}/v1/stats`, { headers: { authorization: 'Bearer t' } })).json()) as Stats).chain
    try {
      assert.deepEqual(await stats(), { ok: true, checked: 50 })
      assert.equal(read, 50)
      await store.append([50, 51].map((n) => ({ receipt: sampleReceipt(n), receivedAt })))
      assert.deepEqual(await stats(), { ok: true, checked: 52 })
      assert.equal(read, 52, 'the second call read the two new rows only')
    } finally {
      await collector.close()
      await inner.close()
    }
  })
})
