// `ingest` as a library user calls it (it is exported): with any store, the optional parts of the
// store's answers and of the options left out.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openSqliteStore } from '../store/sqlite.ts'
import type { ReceiptStore } from '../store/store.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { ingest } from './ingest.ts'

const options = { receivedAt: '2026-11-01T12:00:00.000Z', maxBatch: 10 }

describe('ingest called directly', () => {
  it('asks the store which wordings it keeps when no knownTexts is given', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const hash = 'c'.repeat(64)
      const first = await ingest(store, JSON.stringify(sampleReceipt(1, { ui: { textHash: hash } })), options)
      assert.deepEqual([first.status, first.body.textsMissing], [202, [hash]])
      await store.putText(hash, 'the wording', options.receivedAt)
      const second = await ingest(store, JSON.stringify(sampleReceipt(2, { ui: { textHash: hash } })), options)
      assert.deepEqual(second.body, { accepted: [sampleReceipt(2).id], rejected: [], duplicates: [] })
    } finally {
      await store.close()
    }
  })

  it('works with a store that reports no conflicts (the field is optional)', async () => {
    const inner = openSqliteStore(':memory:')
    const store: ReceiptStore = {
      ...inner,
      append: async (entries) => {
        const { inserted, duplicates } = await inner.append(entries)
        return { inserted, duplicates }
      },
    }
    try {
      const batch = [sampleReceipt(1), sampleReceipt(2)]
      await ingest(store, JSON.stringify(batch.slice(0, 1)), options)
      const answer = await ingest(store, JSON.stringify(batch), options)
      assert.equal(answer.status, 202)
      assert.deepEqual(
        [answer.body.accepted, answer.body.duplicates, answer.body.rejected],
        [batch.map((r) => r.id), [sampleReceipt(1).id], []],
      )
    } finally {
      await inner.close()
    }
  })
})
