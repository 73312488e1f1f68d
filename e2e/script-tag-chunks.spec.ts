// What the script tag downloads when: the receipts and notice chunks come only when needed, and no
// decision goes without a receipt while the receipts chunk is on its way.
import type { Page } from '@playwright/test'
import type { SekishoApi } from 'sekisho'
import { expect, test } from './fixtures.ts'

declare const window: { sekisho: SekishoApi }

const fetched = (requests: string[], chunk: string) => requests.some((u) => u.endsWith(`/sekisho/sekisho-${chunk}.js`))
/** Receipt ids as the receipts client queues them (`sekisho:receipt` events). */
const watchQueued = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { queued: string[] }
    w.queued = []
    document.addEventListener('sekisho:receipt', (e) => {
      const event = (e as CustomEvent).detail
      if (event.type == 'queued') w.queued.push(event.id)
    })
  })
const queued = (page: Page) => page.evaluate(() => (window as unknown as { queued: string[] }).queued)

/** A visitor rejects all while the collector is down: the receipt stays queued, marked unsent. */
async function undeliveredDecision(page: Page, site: string) {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await watchQueued(page)
  const collector = await collectorDownAtFirst(page)
  await page.goto(`${site}/`)
  await page.locator('sekisho-banner').getByRole('button', { name: 'すべて拒否' }).click()
  await expect.poll(() => queued(page)).toHaveLength(1)
  const id = (await queued(page))[0]!
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sekisho:unsent'))).toBe('1')
  return { requests, collector, id }
}

/** A collector route that answers 503 while `down`, else takes every receipt (ids in `delivered`). */
async function collectorDownAtFirst(page: Page) {
  const state = { down: true, delivered: [] as string[] }
  await page.route('**/v1/receipts', async (route) => {
    if (route.request().method() != 'POST') return route.fulfill({ status: 204 })
    if (state.down) return route.fulfill({ status: 503, body: '{"error":"down"}' })
    const body = JSON.parse(route.request().postData() ?? '[]') as Array<{ id: string }> | { id: string }
    const ids = (Array.isArray(body) ? body : [body]).map((r) => r.id)
    state.delivered.push(...ids)
    await route.fulfill({
      status: 202,
      contentType: 'application/json',
      body: JSON.stringify({ accepted: ids, rejected: [] }),
    })
  })
  return state
}

test('decisions made before the receipts chunk arrives each get a receipt, in order', async ({ page, site }) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await watchQueued(page)
  // The receipts chunk is held until three decisions have been made, then arrives.
  let arrive!: () => void
  const decided = new Promise<void>((resolve) => (arrive = resolve))
  await page.route('**/sekisho/sekisho-receipts.js', async (route) => {
    await decided
    await route.continue()
  })
  await page.goto(`${site}/`)
  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('button', { name: 'すべて拒否' })).toBeVisible()
  // The first layer alone needs neither the receipts client nor the catalog's prose.
  expect(fetched(requests, 'receipts')).toBe(false)
  expect(fetched(requests, 'notice')).toBe(false)

  await banner.getByRole('button', { name: 'すべて拒否' }).click()
  await page.evaluate(() => {
    window.sekisho.setConsent({ analytics: true })
    window.sekisho.acceptAll()
  })
  expect(await queued(page)).toEqual([])
  arrive()
  await expect.poll(() => queued(page)).toHaveLength(3)
  const history = await page.evaluate(() => window.sekisho.history())
  expect(history.map((r) => r.method)).toEqual(['api', 'api', 'reject-all'])
  expect(history.map((r) => r.id)).toEqual((await queued(page)).reverse())
  // The banner's wording is in the receipt of the decision made in it, not in the API ones.
  expect(history[2]!.ui.textHash).not.toEqual(history[0]!.ui.textHash)
  expect(history[0]!.ui.textHash).toEqual(history[1]!.ui.textHash)
  // The stored decision carries the id of its receipt.
  await expect.poll(() => page.evaluate(() => window.sekisho.getConsent()?.receipt)).toBe(history[0]!.id)
})

test('a decision stored without its receipt is recorded on the next page by the receipts chunk alone', async ({
  page,
  site,
}) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await watchQueued(page)
  await page.route('**/sekisho/sekisho-receipts.js', (route) => route.abort())
  await page.goto(`${site}/`)
  const banner = page.locator('sekisho-banner')
  await banner.getByRole('button', { name: 'すべて同意' }).click()
  await expect(banner.getByRole('button', { name: 'すべて同意' })).toHaveCount(0)
  // The receipt id is chosen with the decision (applied after the click's paint: the banner is gone
  // first); only the recorded mark waits for the receipts chunk.
  let id: string | undefined
  await expect
    .poll(async () => (id = await page.evaluate(() => window.sekisho.getConsent()?.receipt)))
    .toMatch(/^[0-9a-z]{37}$/)
  expect(await page.evaluate(() => window.sekisho.getConsent()?.recorded)).toBeUndefined()

  await page.unroute('**/sekisho/sekisho-receipts.js')
  requests.length = 0
  await page.reload()
  await expect.poll(() => queued(page)).toHaveLength(1)
  expect(fetched(requests, 'receipts')).toBe(true)
  // A returning visitor still downloads no UI code.
  expect(fetched(requests, 'banner')).toBe(false)
  // The next page records that same id, and marks it recorded.
  expect(await queued(page)).toEqual([id])
  await expect.poll(() => page.evaluate(() => window.sekisho.getConsent()?.recorded)).toBe(true)
})

test('the notice chunk is fetched once the visitor moves into the banner, before the settings open', async ({
  page,
  site,
}) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(`${site}/`)
  const settings = page.locator('sekisho-banner').getByRole('button', { name: '設定' })
  await expect(settings).toBeVisible()
  expect(fetched(requests, 'notice')).toBe(false)
  await settings.hover()
  await expect.poll(() => fetched(requests, 'notice')).toBe(true)
  await settings.click()
  await expect(page.getByRole('dialog')).toBeVisible()
})

test('receipts an earlier page could not deliver are sent by a later page, with no new decision', async ({
  page,
  site,
}) => {
  // The collector is down while the visitor decides...
  const { requests, collector, id } = await undeliveredDecision(page, site)
  await expect.poll(() => page.evaluate(() => window.sekisho.getConsent()?.receipt)).toBe(id)

  // ...and back for the next page: the head sees receipts waiting and loads the receipts chunk alone.
  // Back only once the next page has taken over: a retry of the first page's own, due meanwhile
  // under load, delivered it before the reload (the next page then had nothing to send).
  requests.length = 0
  await page.reload({ waitUntil: 'commit' })
  collector.down = false
  await expect.poll(() => collector.delivered, { timeout: 15_000 }).toContain(id)
  expect(fetched(requests, 'receipts')).toBe(true)
  expect(fetched(requests, 'banner')).toBe(false)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sekisho:unsent'))).toBeNull()

  // Once all is delivered, a returning visitor loads the head only.
  requests.length = 0
  await page.reload()
  await page.waitForLoadState('load')
  expect(fetched(requests, 'receipts')).toBe(false)
})

test('while the banner asks again, receipts still waiting go with the next decision, not before it', async ({
  page,
  site,
}) => {
  const { requests, collector, id: first } = await undeliveredDecision(page, site)

  // The stored decision is gone (expired, cleared): the next page asks again, with the receipt still queued.
  await page.context().clearCookies()
  requests.length = 0
  await page.reload({ waitUntil: 'commit' })
  collector.down = false
  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('button', { name: 'すべて同意' })).toBeVisible()
  // The page loads and goes idle with the banner up: no storage read, no receipts chunk, until the visitor acts.
  await page.waitForLoadState('load')
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 500))))
  expect(fetched(requests, 'receipts')).toBe(false)
  await banner.getByRole('button', { name: 'すべて同意' }).click()
  // The decision's receipt and the one left from the earlier page both arrive.
  await expect.poll(() => queued(page)).toHaveLength(1)
  const second = (await queued(page))[0]!
  await expect.poll(() => [...new Set(collector.delivered)].sort(), { timeout: 15_000 }).toEqual([first, second].sort())
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sekisho:unsent'))).toBeNull()
})

/** Serves the example site under a production host name (not localhost): no check chunk there. */
async function asProduction(page: Page, site: string, edit = (html: string) => html) {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.route('http://shop.example/**', async (route) => {
    const response = await route.fetch({ url: route.request().url().replace('http://shop.example', site) })
    const type = response.headers()['content-type'] ?? ''
    if (!type.includes('html')) return route.fulfill({ response })
    await route.fulfill({ response, body: edit(await response.text()) })
  })
  return requests
}

test('on a production host the head acts on a structurally sound config without the validator chunk', async ({
  page,
  site,
}) => {
  const requests = await asProduction(page, site)
  await page.goto('http://shop.example/')
  await page.locator('sekisho-banner').getByRole('button', { name: 'すべて同意' }).click()
  await expect.poll(() => page.evaluate(() => window.sekisho.getConsent()?.method)).toBe('accept-all')
  expect(fetched(requests, 'check')).toBe(false)
  // A development host gets the full check before anything is released.
  const local: string[] = []
  page.on('request', (r) => local.push(r.url()))
  await page.context().clearCookies()
  await page.goto(`${site}/`.replace('127.0.0.1', 'localhost'))
  await expect(page.locator('sekisho-banner').getByRole('button', { name: 'すべて同意' })).toBeVisible()
  expect(fetched(local, 'check')).toBe(true)
})

test('on a production host a config missing a required field is a console error naming it; all stays held', async ({
  page,
  site,
}) => {
  const messages: string[] = []
  page.on('console', (m) => m.type() === 'error' && messages.push(m.text()))
  const requests = await asProduction(page, site, (html) => html.replace('"purposes":', '"purposez":'))
  await page.goto('http://shop.example/')
  await expect.poll(() => messages.join('\n')).toContain('purposes: an array is required')
  expect(await page.evaluate(() => window.sekisho.config)).toBeUndefined()
  expect(requests.filter((u) => !u.startsWith('http://shop.example/'))).toEqual([])
})
