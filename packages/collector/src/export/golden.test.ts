// Export bytes pinned: every format, in zones with and without DST, read from both stores, must stay
// byte for byte what `testing/export-golden.json` holds (times at DST switches, year ends, before 1970).
// Refresh the file only for a deliberate change of output: SEKISHO_UPDATE_GOLDEN=1 node --test ….
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { EMPTY_TEXT_HASH, type Receipt } from '@sekisho/receipts/schema'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'
import { exportReceipts, type ExportOptions } from './export.ts'
import type { ExportQuery } from './query.ts'
import type { SiteDeclaration } from './site.ts'

const GOLDEN = new URL('../testing/export-golden.json', import.meta.url)

/** Receipt times (and, shifted, arrival times) at the edges where a zone's offset or date changes. */
const TIMES = [
  '2026-03-08T06:59:59.999Z', // New York: the last millisecond of EST
  '2026-03-08T07:00:00.000Z', // … 03:00 EDT
  '2026-11-01T05:59:59.999Z', // New York: 01:59:59 EDT, then 01:00 EST again
  '2026-11-01T06:00:00.000Z',
  '2026-11-01T06:30:00.000Z', // the repeated hour, EST
  '2026-03-29T00:59:59.999Z', // London: GMT → BST
  '2026-03-29T01:00:00.000Z',
  '2026-04-04T15:29:59.999Z', // Lord Howe: half an hour back
  '2026-04-04T15:30:00.000Z',
  '2026-03-08T05:29:59.999Z', // St John's: its switch falls at half past a UTC hour
  '2026-03-08T05:45:00.000Z',
  '2026-11-30T15:30:00.000Z', // 2026-12-01 00:30 in Tokyo
  '2026-12-31T14:59:59.999Z', // the year's last millisecond in Tokyo
  '2026-12-31T15:00:00.000Z',
  '2026-07-15T12:34:56.789Z',
  '2026-06-01T09:00:00.000+09:00', // an offset other than Z
  '1969-12-31T23:59:59.500Z', // before the epoch: seconds round down
  '1900-01-01T00:00:00.000Z', // Kathmandu still kept local mean time (+05:41:16)
  '2100-02-28T23:59:59.999Z',
]

const SHOP = 'https://shop.example.jp'
const receipts: Receipt[] = TIMES.map((timestamp, n) => {
  const base = sampleReceipt(n, { timestamp, ...(n % 4 === 1 && { site: SHOP }) })
  if (n === 2) base.ui = { textHash: EMPTY_TEXT_HASH }
  // Cells a spreadsheet must read as text: quotes, commas, formulas, Japanese.
  if (n === 3) base.policy = { ...base.policy, revision: '=HYPERLINK("x"), 改訂' }
  if (n === 5) base.purposes = [...base.purposes, { id: 'functional', granted: true }]
  if (n === 6) base.signals = { ...base.signals, gpc: true }
  return base
})
/** Arrival times: some equal to the receipt's, some later (across a switch in another zone). */
const receivedAt = (n: number) =>
  new Date(Date.parse(TIMES[(n * 5) % TIMES.length]!) + (n % 3) * 1800_000 + 123).toISOString()

const SITE: SiteDeclaration = {
  requiredPurposes: ['necessary'],
  services: {
    'google-analytics': { recipient: 'Google LLC', data: ['cookie id', 'page URL'], country: 'US' },
    a8net: { recipient: '株式会社ファンコミュニケーションズ', data: ['click id'], country: 'JP' },
  },
}

const CASES: Array<{ name: string; format: ExportQuery['format']; bom: boolean; options: ExportOptions }> = [
  ...[
    'Asia/Tokyo',
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'America/St_Johns',
    'UTC',
  ].map((timeZone) => ({ name: `csv ${timeZone}`, format: 'csv' as const, bom: true, options: { timeZone } })),
  { name: 'csv default zone, no BOM', format: 'csv', bom: false, options: {} },
  { name: 'appi Asia/Tokyo', format: 'appi', bom: true, options: { site: SITE } },
  { name: 'appi America/New_York', format: 'appi', bom: true, options: { site: SITE, timeZone: 'America/New_York' } },
  { name: 'jsonl', format: 'jsonl', bom: false, options: {} },
  { name: 'kantara', format: 'kantara', bom: false, options: { site: SITE } },
  { name: 'iso27560', format: 'iso27560', bom: false, options: { site: SITE } },
  // Always with a BOM; the --services file's recipient over the site's.
  {
    name: 'appi without the bom flag, services given',
    format: 'appi',
    bom: false,
    options: { site: SITE, services: { 'google-analytics': { recipient: 'Google Ireland Limited' } } },
  },
]

async function exported(store: ReceiptStore, format: ExportQuery['format'], bom: boolean, options: ExportOptions) {
  let out = ''
  for await (const chunk of exportReceipts(store, { format, filter: {}, bom }, options)) out += chunk
  return out
}

for (const kind of await storeKinds())
  describe(`export bytes on ${kind.name}`, { skip: kind.skip }, () => {
    it('are those of the golden file, in every format and zone', async () => {
      const store = await kind.open()
      try {
        await store.append(receipts.map((receipt, n) => ({ receipt, receivedAt: receivedAt(n) })))
        // One erased receipt: its row keeps its place and arrival time.
        await store.erase(
          { subject: receipts[4]!.subject, by: 'golden test', reason: 'request #1' },
          '2026-11-02T00:00:00.000Z',
        )
        const actual: Record<string, string> = {}
        for (const c of CASES) actual[c.name] = await exported(store, c.format, c.bom, c.options)
        if (process.env.SEKISHO_UPDATE_GOLDEN && kind.name === 'sqlite')
          writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2).replaceAll('\uFEFF', '\\ufeff')}\n`)
        const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>
        for (const c of CASES)
          assert.ok(
            Buffer.from(actual[c.name]!).equals(Buffer.from(golden[c.name]!)),
            `${c.name}: the bytes differ from the golden file\n${actual[c.name]}`,
          )
      } finally {
        await store.close()
      }
    })
  })
