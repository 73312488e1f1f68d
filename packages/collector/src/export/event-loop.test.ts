// A long export shares the collector's event loop with ingest: it must give the loop a turn every few
// milliseconds even inside one page of rows (a page's formatting held it for tens of ms).
import { it } from 'node:test'
import assert from 'node:assert/strict'
import { performance } from 'node:perf_hooks'
import type { ReceiptStore, StoredReceipt } from '../store/store.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { exportReceipts } from './export.ts'

const ROWS = 60
/** Rows whose body takes 1 ms to read: a page of 60 holds the loop 60 ms unless the export yields. */
function slowRow(n: number): StoredReceipt {
  const body = JSON.stringify(sampleReceipt(n))
  const row = { seq: n + 1, id: `r${n}`, site: 'https://www.example.jp', receivedAt: '2026-11-01T00:00:00.000Z' }
  return Object.defineProperty(
    { ...row, prevHash: '', hash: 'h', ts: '', subject: '', method: '', recipe: 3 },
    'body',
    {
      get() {
        const until = performance.now() + 1
        while (performance.now() < until);
        return body
      },
    },
  ) as StoredReceipt
}

const store = {
  async *rowPages() {
    yield Array.from({ length: ROWS }, (_, n) => slowRow(n))
  },
  purposeIds: async () => ['necessary', 'analytics', 'advertising'],
  knownTexts: async () => new Set(),
  declarations: async () => [],
} as unknown as ReceiptStore

it('gives the event loop a turn at least every few ms while it formats a page', async () => {
  let turns = 0
  let exporting = true
  const ticker = (async () => {
    while (exporting) {
      await new Promise(setImmediate)
      turns++
    }
  })()
  let lines = 0
  for await (const chunk of exportReceipts(store, { format: 'csv', filter: {}, bom: false }))
    lines += chunk.split('\r\n').length - 1
  exporting = false
  await ticker
  assert.equal(lines, ROWS + 1)
  // Each row takes at least 1 ms (more when the machine is busy), so a turn comes at least every 4 rows:
  // some 15 turns; a page done in one go leaves none. (No bound on the longest wait: a busy machine
  // deschedules the whole process now and then.)
  assert.ok(turns >= 10, `the loop had ${turns} turns during a ${ROWS} ms page`)
})
