import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'
import { chainCheck } from './chain-check.ts'

const entries = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    receipt: sampleReceipt(from + i),
    receivedAt: '2026-11-27T10:00:00.000Z',
  }))

/** An intruder's edit of the first receipt (its decision), which only a full pass can see once checked. */
const EDIT_FIRST = `UPDATE receipts SET body = replace(body, 'accept-all', 'reject-all') WHERE id = '${sampleReceipt(0).id}'`

/** `store` whose chain walks wait after `hold()` until `release()`: a long pass, held as long as a test likes. */
function held(store: ReceiptStore) {
  let gate = Promise.resolve()
  let open = () => {}
  const slow: ReceiptStore = {
    ...store,
    async *chainRows(site, afterSeq) {
      await gate
      yield* store.chainRows(site, afterSeq)
    },
  }
  return {
    slow,
    hold: () => void (gate = new Promise<void>((resolve) => (open = resolve))),
    release: () => open(),
  }
}

for (const kind of await storeKinds()) {
  describe(`${kind.name} chain check`, { skip: kind.skip }, () => {
    const open: ReceiptStore[] = []
    after(async () => {
      for (const s of open) await s.close()
      await kind.cleanup()
    })

    it("runs in a worker thread with its own connection, never on the collector's: checks new rows, and a full pass finds an edited old row", async () => {
      const store = await kind.open()
      open.push(store)
      const schema = kind.cliArgs()[3]
      // The collector's own connection never walks the chain: the thread does, on its own.
      const collectorSide: ReceiptStore = {
        ...store,
        // biome-ignore lint/correctness/useYield: throws before any row, which is the point
        async *chainRows() {
          throw new Error('the chain was walked on the collector thread')
        },
      }
      const check = chainCheck(collectorSide, 60, { url: kind.location(), ...(schema && { schema }) })
      try {
        assert.ok((await check.thread()) > 0, 'not the main thread')
        await store.append(entries(0, 5))
        assert.deepEqual(await check.check(), { ok: true, checked: 5 })
        await store.append(entries(5, 3))
        assert.deepEqual(await check.check(), { ok: true, checked: 8 })
        await kind.tamper(EDIT_FIRST)
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
      const { slow, hold, release } = held(store)
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

    it('makes every fullEvery-th check a full pass, counting from the first', async () => {
      const store = await kind.open()
      open.push(store)
      const check = chainCheck(store, 3)
      try {
        await store.append(entries(0, 4))
        assert.deepEqual(await check.check(), { ok: true, checked: 4 })
        await kind.tamper(EDIT_FIRST)
        // The second and third checks start from the checkpoint, past the edited row.
        assert.deepEqual(await check.check(), { ok: true, checked: 4 })
        await store.append(entries(4, 1))
        assert.deepEqual(await check.check(), { ok: true, checked: 5 })
        const fourth = await check.check()
        assert.equal(fourth.ok, false)
        assert.equal(fourth.firstBreak?.id, sampleReceipt(0).id)
      } finally {
        await check.close()
      }
    })

    it('answers status with a check from the checkpoint however long it takes, not with `checking`', async () => {
      const store = await kind.open()
      open.push(store)
      const { slow, hold, release } = held(store)
      const check = chainCheck(slow, 60)
      try {
        await store.append(entries(0, 3))
        assert.deepEqual(await check.check(), { ok: true, checked: 3 })
        await store.append(entries(3, 2))
        hold()
        const answer = check.status(0)
        // A fixed wait on purpose: the walk must still be held after status's own 0 ms wait has run
        // out, and nothing announces that a timer has fired.
        setTimeout(() => release(), 50)
        assert.deepEqual(await answer, { ok: true, checked: 5 })
      } finally {
        await check.close()
      }
    })

    it('checks on its own thread for an in-memory store, and when the thread cannot open the database', async () => {
      const store = await kind.open()
      open.push(store)
      await store.append(entries(0, 5))
      // `:memory:` is another database in every connection: the thread would see no rows.
      const memory = chainCheck(store, 60, { url: ':memory:' })
      // A database the thread cannot open (read-only, not there): the thread dies, the checks go on here.
      const missing = chainCheck(store, 60, { url: join(tmpdir(), `sekisho-no-such-${process.pid}`, 'x.db') })
      try {
        assert.equal(await memory.thread(), 0)
        assert.deepEqual(await memory.check(), { ok: true, checked: 5 })
        assert.deepEqual(await missing.check(), { ok: true, checked: 5 })
        assert.equal(await missing.thread(), 0)
        await store.append(entries(5, 1))
        assert.deepEqual(await missing.check(), { ok: true, checked: 6 })
      } finally {
        await memory.close()
        await missing.close()
      }
    })
  })
}
