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
  })
}
