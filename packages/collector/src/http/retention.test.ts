// The retention rule as a privacy manager relies on it: a receipt is kept for `retentionDays` after it
// arrived, not a day less (evidence must last the period promised) and not a day more on SQLite (the
// period is also a limit); PostgreSQL rounds up to the end of the month of arrival (README, Retention).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { verifyChain } from '../chain/verify.ts'
import { collectorOn } from '../testing/collector.ts'
import { createCollector } from './server.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const DAY = 86_400_000
const ADMIN = 'admin-token-for-retention'
// A receipt arrives in the middle of October (its own time is its arrival: inside the accepted window).
const ARRIVED = Date.parse('2026-10-15T09:30:00.000Z')
const RECEIPT = sampleReceipt(7, { timestamp: new Date(ARRIVED).toISOString() })

for (const kind of await storeKinds()) {
  describe(`retention on ${kind.name}`, { skip: kind.skip }, () => {
    let clock = ARRIVED
    const logs: Array<Record<string, unknown>> = []
    const running = collectorOn(kind, {
      retentionDays: 30,
      tokens: [{ token: ADMIN, scope: 'admin' }],
      now: () => clock,
      log: (entry) => void logs.push(entry),
    })
    const purgeAt = async (time: number) => {
      clock = time
      const res = await fetch(`${running.base}/v1/admin/purge`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}` },
      })
      assert.equal(res.status, 200)
      return (await res.json()) as { cutoff: string; deleted: number; reason: string; anchors: Record<string, string> }
    }
    const lookup = (id: string) =>
      fetch(`${running.base}/v1/receipts/${id}`, { headers: { authorization: `Bearer ${ADMIN}` } })
    const kept = async () => (await lookup(RECEIPT.id)).status === 200
    let hash = ''
    /** After the purge, the chain goes on from the last purged row's hash, and still verifies. */
    const chainGoesOn = async (purged: { anchors: Record<string, string> }) => {
      assert.deepEqual(purged.anchors, { [RECEIPT.site]: hash })
      const next = sampleReceipt(8, { timestamp: new Date(clock).toISOString() })
      const res = await fetch(`${running.base}/v1/receipts`, { method: 'POST', body: JSON.stringify(next) })
      assert.equal(res.status, 202)
      assert.equal(((await (await lookup(next.id)).json()) as { prevHash: string }).prevHash, hash)
      assert.deepEqual(await verifyChain(running.store), { ok: true, checked: 1 })
    }

    it('purges at start, then keeps a receipt for exactly retentionDays after its arrival', async () => {
      // The purge that ran at start, on the empty store, is logged with its cutoff.
      assert.deepEqual(
        logs.filter((l) => l.event === 'purge').map((l) => [l.retentionDays, l.cutoff, l.deleted]),
        [[30, new Date(ARRIVED - 30 * DAY).toISOString(), 0]],
      )
      const res = await fetch(`${running.base}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(RECEIPT),
      })
      assert.equal(res.status, 202)
      // One day short of the period, and the last millisecond of it: kept.
      assert.equal((await purgeAt(ARRIVED + 29 * DAY)).deleted, 0)
      const last = await purgeAt(ARRIVED + 30 * DAY)
      assert.deepEqual([last.cutoff, last.deleted, last.reason], [new Date(ARRIVED).toISOString(), 0, 'retention'])
      assert.ok(await kept(), 'await kept()')
      hash = ((await (await lookup(RECEIPT.id)).json()) as { hash: string }).hash
    })

    if (kind.name === 'sqlite')
      it('SQLite: purges it as soon as it is older than the period, not a day later', async () => {
        const purged = await purgeAt(ARRIVED + 30 * DAY + 1)
        assert.equal(purged.deleted, 1)
        assert.equal(await kept(), false)
        assert.equal(logs.at(-1)?.event, 'purge')
        assert.equal(logs.at(-1)?.deleted, 1)
        await chainGoesOn(purged)
      })
    else
      it('PostgreSQL: keeps it to the end of its month of arrival plus the period, then drops it', async () => {
        const monthEnd = Date.parse('2026-11-01T00:00:00.000Z')
        // Older than the period, but October's partition ends after the cutoff: kept.
        assert.equal((await purgeAt(monthEnd + 30 * DAY - 1)).deleted, 0)
        assert.ok(await kept(), 'await kept()')
        const purged = await purgeAt(monthEnd + 30 * DAY)
        assert.equal(purged.deleted, 1)
        assert.equal(await kept(), false)
        await chainGoesOn(purged)
      })
  })
}

describe('retention off', () => {
  it('keeps everything: no purge at start, and the admin route says retention is off', async () => {
    const [sqlite] = await storeKinds()
    const store = await sqlite!.open()
    const logs: Array<Record<string, unknown>> = []
    const collector = createCollector({
      store,
      port: 0,
      retentionDays: false,
      tokens: [{ token: ADMIN, scope: 'admin' }],
      log: (entry) => void logs.push(entry),
    })
    // Asked before the collector has a store, a purge does nothing.
    assert.equal(await createCollector({ store, retentionDays: 30 }).purge(), undefined)
    const base = await collector.listen()
    try {
      assert.equal(await collector.purge(), undefined)
      const res = await fetch(`${base}/v1/admin/purge`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}` },
      })
      assert.deepEqual([res.status, await res.json()], [200, { error: 'retention is off' }])
      assert.deepEqual(
        logs.filter((l) => l.event === 'purge'),
        [],
      )
      assert.deepEqual(
        (await store.events(10)).filter((e) => e.kind === 'purge'),
        [],
      )
    } finally {
      await collector.close()
      await store.close()
      await sqlite!.cleanup()
    }
  })
})
