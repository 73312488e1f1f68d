import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openSqliteStore } from '../store/sqlite.ts'
import { PAGE_SIZE } from '../store/store.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { verifyChain } from './verify.ts'

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
