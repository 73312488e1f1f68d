// Export paging as the README gives it: `rowPages` reads 256 rows per query on SQLite (short pages stay
// in the young generation) and 2,000 on PostgreSQL, the last page short and no empty page after it.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from './store.ts'

const PAGE = { sqlite: 256, postgres: 2000 } as const

const pageSizes = async (store: ReceiptStore, bodyOnly: boolean) => {
  const sizes: number[] = []
  for await (const page of store.rowPages({}, { bodyOnly })) sizes.push(page.length)
  return sizes
}

for (const kind of await storeKinds())
  describe(`export pages on ${kind.name}`, { skip: kind.skip }, () => {
    after(() => kind.cleanup())

    it(`reads ${PAGE[kind.name]} rows per page, with or without the raw bytes`, async () => {
      const page = PAGE[kind.name]
      const store = await kind.open()
      try {
        await store.append(
          Array.from({ length: 2 * page + 1 }, (_, n) => ({
            receipt: sampleReceipt(n),
            receivedAt: '2026-11-01T00:00:00.000Z',
          })),
        )
        for (const bodyOnly of [false, true]) assert.deepEqual(await pageSizes(store, bodyOnly), [page, page, 1])
      } finally {
        await store.close()
      }
    })
  })
