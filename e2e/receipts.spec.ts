// @sekisho/receipts in real Chromium against a local collector: offline periods, failing
// collectors, navigation and tab close, several tabs, bad endpoints and refused receipts.
import { createHash } from 'node:crypto'
import { test as base, expect, type Page } from '@playwright/test'
import { startCollector, type TestCollector } from './receipts/test-collector.ts'

// The harness page's globals (e2e code is type checked without the DOM library).
declare const window: { harness: any; client: any }
declare const location: { href: string }

const test = base.extend<{ collector: TestCollector }>({
  collector: async ({}, use) => {
    const collector = await startCollector()
    await use(collector)
    await collector.close()
  },
})

/** Opens the harness page and creates a receipt client with `options`. */
async function open(page: Page, collector: TestCollector, options: Record<string, unknown> = {}) {
  await page.goto(`${collector.url}/`)
  await page.waitForFunction(() => window.harness)
  await page.evaluate((o) => void window.harness.client(o), options)
}
/** Builds and records `count` receipts in the page; returns their ids. */
const record = (page: Page, count = 1) =>
  page.evaluate(async (count) => {
    const ids: string[] = []
    for (let i = 0; i < count; i++) {
      const r = await window.harness.receipt()
      await window.client.record(r)
      ids.push(r.id)
    }
    return ids
  }, count)

test('offline then online: every receipt arrives exactly once', async ({ page, context, collector }) => {
  await open(page, collector)
  await context.setOffline(true)
  const ids = await record(page, 5)
  await page.evaluate(() => window.client.flush())
  expect(collector.deliveries).toEqual([])
  await context.setOffline(false)
  await collector.storedCount(5)
  await page.evaluate(() => window.client.flush())
  expect([...collector.stored.keys()].sort()).toEqual([...ids].sort())
  expect(collector.sentIds().sort()).toEqual([...ids].sort())
  // Sent as text/plain (no CORS preflight), and removed from the queue once delivered.
  expect(collector.deliveries.every((d) => d.contentType.startsWith('text/plain'))).toBe(true)
  expect(
    await page.evaluate(
      () => window.harness.events.filter((e: any) => e.type === 'delivered').flatMap((e: any) => e.ids).length,
    ),
  ).toBe(5)
})

test('500, 503 with Retry-After, 429, then 202: nothing lost, one stored copy each', async ({ page, collector }) => {
  collector.script.push({ status: 500 }, { status: 503, headers: { 'retry-after': '1' } }, { status: 429 })
  await open(page, collector)
  const ids = await record(page, 3)
  await collector.storedCount(3)
  expect([...collector.stored.keys()].sort()).toEqual([...ids].sort())
  expect(collector.deliveries.map((d) => d.status).slice(0, 4)).toEqual([500, 503, 429, 202])
  // Retry-After: 1 was honoured before the next attempt.
  const [, after503, next] = collector.deliveries
  expect(next!.at - after503!.at).toBeGreaterThanOrEqual(950)
  const retries = await page.evaluate(() =>
    window.harness.events.filter((e: any) => e.type === 'retry').map((e: any) => e.attempt),
  )
  expect(retries).toEqual([1, 2, 3])
})

test('a decision followed at once by navigation still arrives', async ({ page, collector }) => {
  await open(page, collector)
  // The evaluation returns before the navigation it starts: one that returned after it could find its
  // page gone (Playwright: "Execution context was destroyed").
  const id = await page.evaluate(async () => {
    const r = await window.harness.receipt()
    void window.client.record(r).then(() => (location.href = '/blank'))
    return r.id
  })
  await page.waitForURL('**/blank')
  await collector.storedCount(1)
  expect([...collector.stored.keys()]).toEqual([id])
})

test('a receipt whose fetch is unanswered when the page leaves arrives by beacon', async ({ page, collector }) => {
  // The first POST is received and never answered or stored: leaving cuts it off, and the departure
  // beacons the receipt.
  collector.script.push({ status: 0, hold: true })
  await open(page, collector)
  const [id] = await record(page)
  await expect.poll(() => collector.deliveries.length).toBe(1)
  await page.goto(`${collector.url}/blank`)
  await collector.storedCount(1)
  expect([...collector.stored.keys()]).toEqual([id])
  expect(collector.deliveries.map((d) => [d.mode, d.ids])).toEqual([
    ['cors', [id]],
    ['no-cors', [id]],
  ])
})

test('leaving the page while the collector asked to wait sends the queue by beacon', async ({ page, collector }) => {
  collector.script.push({ status: 503, headers: { 'retry-after': '60' } })
  await open(page, collector)
  const [first] = await record(page)
  await page.evaluate(() => window.harness.until('retry'))
  // Within the Retry-After period nothing is fetched, but leaving the page beacons what is unsent.
  const [second] = await record(page)
  expect(collector.deliveries.length).toBe(1)
  await page.goto(`${collector.url}/blank`)
  await collector.storedCount(2)
  expect([...collector.stored.keys()].sort()).toEqual([first, second].sort())
  expect(collector.deliveries[1]).toMatchObject({ mode: 'no-cors', contentType: 'text/plain;charset=UTF-8' })
})

test('a decision followed at once by closing the tab still arrives', async ({ context, collector }) => {
  const page = await context.newPage()
  await open(page, collector)
  const [id] = await record(page)
  await page.close({ runBeforeUnload: true })
  await collector.storedCount(1)
  expect([...collector.stored.keys()]).toEqual([id])
})

test('a receipt the collector could not take before the tab closed arrives on the next visit', async ({
  context,
  collector,
}) => {
  // Every attempt of the first visit fails (fetch and beacon alike).
  for (let i = 0; i < 20; i++) collector.script.push({ status: 503 })
  const first = await context.newPage()
  await open(first, collector)
  const [id] = await record(first)
  await first.evaluate(() => window.harness.until('retry'))
  await first.close({ runBeforeUnload: true })
  expect(collector.stored.size).toBe(0)
  collector.script.length = 0
  const next = await context.newPage()
  await open(next, collector)
  await collector.storedCount(1)
  expect([...collector.stored.keys()]).toEqual([id])
  expect(await next.evaluate(async () => (await window.client.history()).map((r: any) => r.id))).toEqual([id])
})

test('two tabs deciding at once send each receipt once', async ({ context, collector }) => {
  const [a, b] = [await context.newPage(), await context.newPage()]
  await Promise.all([open(a, collector), open(b, collector)])
  const ids = (await Promise.all([record(a, 3), record(b, 3)])).flat()
  await collector.storedCount(6)
  // Both tabs have drained (each waits for the other's lock): nothing more is on its way.
  await Promise.all([a.evaluate(() => window.client.flush()), b.evaluate(() => window.client.flush())])
  // Every id sent exactly once: no tab sent what the other one was sending or had sent.
  expect(collector.sentIds().sort()).toEqual([...ids].sort())
  // Either tab shows the visitor's six receipts.
  expect(await a.evaluate(async () => (await window.client.history()).length)).toBe(6)
})

test('a malformed endpoint sets the receipt aside with an event; the page is unaffected', async ({
  page,
  collector,
}) => {
  const errors: Error[] = []
  page.on('pageerror', (e) => errors.push(e))
  await open(page, collector, { endpoint: 'http://[not-a-host' })
  const [id] = await record(page)
  const events = await page.evaluate(() => window.harness.until('rejected'))
  expect(events.find((e: any) => e.type === 'rejected')).toEqual({
    type: 'rejected',
    id,
    errors: [{ path: 'receipts.endpoint', message: 'not an http(s) URL: "http://[not-a-host"' }],
  })
  expect(await page.evaluate(async () => (await window.client.rejected()).map((r: any) => r.receipt.id))).toEqual([id])
  expect(await page.title()).toBe('receipts harness')
  expect(errors).toEqual([])
  expect(collector.deliveries).toEqual([])
})

test('a 400 answer sets the receipt aside, fires an event and is never retried', async ({ page, collector }) => {
  const errors: Error[] = []
  page.on('pageerror', (e) => errors.push(e))
  collector.script.push({ status: 400, body: { error: 'site not allowed' } })
  await open(page, collector)
  const [id] = await record(page)
  await page.evaluate(() => window.harness.until('rejected'))
  // A later decision goes through; the refused one is not sent again.
  const [later] = await record(page)
  await collector.storedCount(1)
  await page.evaluate(() => window.client.flush())
  expect(collector.sentIds()).toEqual([id, later])
  expect(
    await page.evaluate(async () => (await window.client.rejected()).map((r: any) => [r.receipt.id, r.errors])),
  ).toEqual([[id, [{ path: '', message: 'HTTP 400: site not allowed' }]]])
  expect(errors).toEqual([])
})

test('a receipt the collector names as invalid is kept aside, the rest of the batch is stored', async ({
  page,
  collector,
}) => {
  await open(page, collector)
  const ids = await page.evaluate(async () => {
    const good = await window.harness.receipt()
    const bad = { ...(await window.harness.receipt()), subject: 'x' }
    await Promise.all([window.client.record(good), window.client.record(bad)])
    await window.harness.until('rejected')
    return [good.id, bad.id]
  })
  await collector.storedCount(1)
  expect([...collector.stored.keys()]).toEqual([ids[0]])
  const rejected = await page.evaluate(async () =>
    (await window.client.rejected()).map((r: any) => [r.receipt.id, r.errors[0].path]),
  )
  expect(rejected).toEqual([[ids[1], 'subject']])
})

test('a page served over plain http (no Web Crypto) records its receipts with the wording hash', async ({
  collector,
  playwright,
}) => {
  // Chromium counts 127.0.0.1 as a secure context; a name resolved to it is not one, and there
  // `crypto.subtle` is missing (the receipt's wording hash threw before, and no receipt was made).
  const { launchOptions } = test.info().project.use
  const browser = await playwright.chromium.launch({
    ...launchOptions,
    args: [...(launchOptions?.args ?? []), '--host-resolver-rules=MAP plain-http.example 127.0.0.1'],
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${collector.url.replace('127.0.0.1', 'plain-http.example')}/`)
    expect(await page.evaluate('[isSecureContext, typeof crypto.subtle]')).toEqual([false, 'undefined'])
    await page.waitForFunction(() => window.harness)
    await page.evaluate(() => void window.harness.client())
    const ids = await record(page, 2)
    await collector.storedCount(2)
    // The harness's wordings are `decision 0`, `decision 1`: hashed as Web Crypto would.
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
    expect(ids.map((id) => collector.stored.get(id)?.ui?.textHash)).toEqual([
      sha256('decision 0'),
      sha256('decision 1'),
    ])
  } finally {
    await browser.close()
  }
})
