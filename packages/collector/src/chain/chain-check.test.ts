import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'
import { chainCheck } from './chain-check.ts'

const entries = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    receipt: sampleReceipt(from + i),
    receivedAt: '2026-11-27T10:00:00.000Z',
  }))

for (const kind of await storeKinds()) {
  describe(`${kind.name} chain check`, { skip: kind.skip }, () => {
    const open: ReceiptStore[] = []
    after(async () => {
      for (const s of open) await s.close()
      await kind.cleanup()
    })

    it('runs in a worker thread with its own connection: checks new rows, and a full pass finds an edited old row', async () => {
      const store = await kind.open()
      open.push(store)
      const schema = kind.cliArgs()[3]
      const check = chainCheck(store, 60, { url: kind.location(), ...(schema && { schema }) })
      try {
        assert.ok((await check.thread()) > 0, 'not the main thread')
        await store.append(entries(0, 5))
        assert.deepEqual(await check.check(), { ok: true, checked: 5 })
        await store.append(entries(5, 3))
        assert.deepEqual(await check.check(), { ok: true, checked: 8 })
        await kind.tamper(
          `UPDATE receipts SET body = replace(body, 'accept-all', 'reject-all') WHERE id = '${sampleReceipt(0).id}'`,
        )
        // From the checkpoint the edited row is behind: only the periodic full pass sees it.
        assert.equal((await check.check()).ok, true)
        const full = await check.check(true)
        assert.equal(full.ok, false)
        assert.equal(full.firstBreak?.id, sampleReceipt(0).id)
      } finally {
        await check.close()
      }
    })

    it('answers status without waiting out a full pass (the first after a start, the periodic one); awaits a check from the checkpoint', async () => {
      const store = await kind.open()
      open.push(store)
      // The walk waits for `release`: a full pass of a large chain, held as long as the test likes.
      let release = () => {}
      let gate = Promise.resolve()
      const hold = () => (gate = new Promise<void>((resolve) => (release = resolve)))
      const slow: ReceiptStore = {
        ...store,
        async *chainRows(site, afterSeq) {
          await gate
          yield* store.chainRows(site, afterSeq)
        },
      }
      const check = chainCheck(slow, 60)
      try {
        await store.append(entries(0, 5))
        hold()
        assert.deepEqual(await check.status(0), { ok: true, checked: 0, checking: true })
        release()
        assert.deepEqual(await check.check(), { ok: true, checked: 5 })
        await store.append(entries(5, 2))
        assert.deepEqual(await check.status(), { ok: true, checked: 7 })
        hold()
        const full = check.check(true)
        assert.deepEqual(await check.status(0), { ok: true, checked: 7, checking: true })
        release()
        assert.deepEqual(await full, { ok: true, checked: 7 })
        // A first pass that ends within the wait is answered as it is (small chains: as before).
        const fresh = chainCheck(slow, 60)
        hold()
        const answer = fresh.status(60_000)
        release()
        assert.deepEqual(await answer, { ok: true, checked: 7 })
        await fresh.close()
      } finally {
        await check.close()
      }
    })
  })
}
