// An export of no receipts is still a file of its format: the CSV heading, an empty JSON array.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openSqliteStore } from '../store/sqlite.ts'
import { exportReceipts } from './export.ts'
import type { ExportQuery } from './query.ts'

describe('an export of no receipts', () => {
  it('is an empty array in the JSON formats, the heading alone in CSV, nothing in JSON Lines', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const text = async (format: ExportQuery['format']) => {
        let out = ''
        for await (const chunk of exportReceipts(store, { format, filter: {}, bom: false }, { timeZone: 'UTC' }))
          out += chunk
        return out
      }
      assert.equal(await text('kantara'), '[]\n')
      assert.equal(await text('iso27560'), '[]\n')
      assert.equal(await text('jsonl'), '')
      assert.match(await text('csv'), /^id,timestamp \(UTC\),received_at \(UTC\),site,[^\n]*,warning\r\n$/)
      assert.match(await text('appi'), /^\uFEFF提供年月日 date of provision \(UTC\),[^\n]*policy revision\r\n$/)
    } finally {
      await store.close()
    }
  })
})
