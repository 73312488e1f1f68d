// Benchmark of @sekisho/receipts in Chromium against the local test collector:
// (1) main-thread cost of recording one decision, (2) drain throughput for 10,000 queued receipts.
// Usage: node bench/receipts.mjs [--count 10000] [--batch 50]
import { register } from 'tsx/esm/api'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'

register()
const { startCollector } = await import('../e2e/receipts/test-collector.ts')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const COUNT = arg('count', 10000)
const BATCH = arg('batch', 50)
const SAMPLES = 200

const collector = await startCollector()
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${collector.url}/`)
  await page.waitForFunction(() => window.harness)

  // (1) One decision: build the receipt (hashes the wording) and record it (IndexedDB write).
  // `sync` is the time the main thread is busy before control returns (the rest is awaiting
  // Web Crypto and IndexedDB); `durable` is until record() resolves, i.e. the receipt is on disk.
  const record = await page.evaluate(async (samples) => {
    const client = window.harness.client({ storeName: 'bench-record' })
    const sync = []
    const durable = []
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now()
      const building = window.harness.receipt('custom')
      const t1 = performance.now()
      const receipt = await building
      const t2 = performance.now()
      const recording = client.record(receipt)
      const t3 = performance.now()
      await recording
      durable.push(performance.now() - t0)
      sync.push(t1 - t0 + (t3 - t2))
    }
    await client.flush()
    client.close()
    const stat = (xs) => {
      const s = [...xs].sort((a, b) => a - b)
      return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] }
    }
    return { sync: stat(sync), durable: stat(durable) }
  }, SAMPLES)

  // (2) Queue COUNT receipts while offline, then time the drain once back online.
  await collector.storedCount(SAMPLES)
  const stored0 = collector.stored.size
  await context.setOffline(true)
  const fill = await page.evaluate(
    async ({ count, batch }) => {
      const client = window.harness.client({ storeName: 'bench-drain', maxQueue: count, batchSize: batch })
      const base = await window.harness.receipt('custom')
      const t0 = performance.now()
      for (let i = 0; i < count; i++) await client.record({ ...base, id: `bench_${String(i).padStart(8, '0')}` })
      return performance.now() - t0
    },
    { count: COUNT, batch: BATCH },
  )
  const t0 = Date.now()
  await context.setOffline(false)
  await collector.storedCount(stored0 + COUNT, 600000)
  const drain = Date.now() - t0
  const requests = collector.deliveries.filter((d) => d.ids[0]?.startsWith('bench_')).length
  const ms = (x) => `${x.toFixed(2)} ms`
  console.log(
    `record one decision (${SAMPLES} samples): main thread median ${ms(record.sync.median)}, p95 ${ms(record.sync.p95)}; until durable median ${ms(record.durable.median)}, p95 ${ms(record.durable.p95)}`,
  )
  console.log(
    `queue ${COUNT} receipts one after another: ${(fill / 1000).toFixed(1)} s (${Math.round(COUNT / (fill / 1000))}/s)`,
  )
  console.log(
    `drain ${COUNT} queued receipts, batches of ${BATCH}: ${(drain / 1000).toFixed(1)} s, ${Math.round(COUNT / (drain / 1000))} receipts/s, ${requests} requests`,
  )
} finally {
  await browser.close()
  await collector.close()
}
