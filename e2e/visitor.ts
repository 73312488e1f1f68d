// What a visitor's browser shows and holds, for the example-site specs: the banner's wording, the
// consent cookie, and the receipt the collector stored for it.
import { createHash } from 'node:crypto'
import type { BrowserContext, Locator, Page } from '@playwright/test'
import { expect, type TestCollector } from './fixtures.ts'
import { settle, type Traffic } from './stand-ins.ts'

/** e2e code is type checked without the DOM library. */
declare const document: { querySelector(s: string): any; scripts: any; body: unknown }
declare const window: any

/** The wording the open layer shows (its `.t` parts, as rendered): what `ui.textHash` must hash. */
export const shownText = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('sekisho-banner').shadowRoot
    const layer = root.querySelector('dialog[open]') ?? root.querySelector('[role=dialog]')
    return [...layer.querySelectorAll('.t')].map((e: any) => e.innerText.trim()).join('\n') as string
  })
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The consent cookie's fields (`3|revision|time|purposes|services|subject|receipt|method|previous|recorded`). */
export async function consentCookie(context: BrowserContext) {
  const value = (await context.cookies()).find((c) => c.name === 'sekisho')?.value
  const [, revision, , purposes, , subject, receipt, , , recorded] = value ? decodeURIComponent(value).split('|') : []
  // Field 10 (format 3): the decision's receipt is queued in this browser.
  return value ? { revision, purposes: purposes!.split('.'), subject, receipt, recorded: recorded === '1' } : undefined
}

/** Waits for the decision's receipt id in the cookie, then for that receipt in the collector. */
export async function storedReceipt(context: BrowserContext, collector: TestCollector) {
  let id = ''
  // Generous: on a busy machine a receipt may wait for the next page (withdrawal reloads) or a retry.
  await expect.poll(async () => (id = (await consentCookie(context))?.receipt ?? ''), { timeout: 15_000 }).not.toBe('')
  let stored: any
  await expect
    .poll(async () => (stored = await collector.get(`/v1/receipts/${id}`)).status, { timeout: 15_000 })
    .toBe(200)
  return stored.body.receipt
}

/** Every receipt the collector holds for `subject`, in decision order (JSON Lines export): by time,
 * and within one millisecond by `previous` (two decisions a script makes at once share a time, and
 * their receipts may arrive in either order). */
export async function receiptsOf(collector: TestCollector, subject: string): Promise<any[]> {
  const response = await fetch(`${collector.url}/v1/export?format=jsonl`, {
    headers: { authorization: `Bearer ${collector.token}` },
  })
  const text = await response.text()
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((row) => row.receipt ?? row)
    .filter((r) => r.subject === subject)
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp) || (b.previous === a.id ? -1 : a.previous === b.id ? 1 : 0))
}

/** What each purpose of a site releases: its services' requests and the cookies they set. */
export type Trackers = Record<string, { url: RegExp; cookies: string[] }>
/** The purposes whose trackers sent a request (in `trackers` order). */
export const purposesSeen = (trackers: Trackers, traffic: Traffic) =>
  Object.keys(trackers).filter((p) => traffic.outside.some((u) => trackers[p]!.url.test(u)))
/** The tracker cookies the browser holds, sorted. */
export const cookiesSet = async (trackers: Trackers, context: BrowserContext) => {
  const names = Object.values(trackers).flatMap((t) => t.cookies)
  return (await context.cookies())
    .map((c) => c.name)
    .filter((n) => names.includes(n))
    .sort()
}

/** The store's Vite apps (examples/vite-*): their trackers, released by functional (the YouTube
 * embed) and analytics (the Google Analytics tags held in index.html). */
export const STORE_TRACKERS: Trackers = {
  functional: { url: /youtube-nocookie\.com/, cookies: [] },
  analytics: { url: /googletagmanager\.com\/gtag|google-analytics\.com/, cookies: ['_ga', '_ga_STORE0001'] },
}

/**
 * A first visit to a pre-rendered app of the store: the server's HTML holds the embed's placeholder,
 * never the iframe; the banner asks once the app runs; nothing is sent or set before a choice.
 * Returns the banner.
 */
export async function firstVisitHeld(page: Page, context: BrowserContext, traffic: Traffic, url: string) {
  const response = await page.goto(url)
  const html = await response!.text()
  expect(html).toContain('data-sekisho-gate="youtube"')
  expect(html).not.toContain('<iframe')
  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('dialog', { name: 'Cookieと外部送信について' })).toBeVisible()
  await settle(page, traffic)
  expect(purposesSeen(STORE_TRACKERS, traffic)).toEqual([])
  expect(await cookiesSet(STORE_TRACKERS, context)).toEqual([])
  await expect(page.locator('[data-sekisho-gate="youtube"]')).toBeVisible()
  await expect(page.locator('iframe')).toHaveCount(0)
  return banner
}

/** Everything accepted (`accept`: the click that does it): the app renders the embed as soon as the
 * decision grants it, and the gate releases the held GA tags, which set their cookies. */
export async function acceptReleases(page: Page, context: BrowserContext, traffic: Traffic, accept: Promise<void>) {
  await accept
  await expect(page.getByTitle('使い方動画')).toBeVisible()
  await expect(page.locator('[data-sekisho-gate]')).toHaveCount(0)
  await expect.poll(() => purposesSeen(STORE_TRACKERS, traffic)).toEqual(['functional', 'analytics'])
  await expect.poll(() => cookiesSet(STORE_TRACKERS, context)).toEqual(['_ga', '_ga_STORE0001'])
}

/**
 * After `firstVisitHeld`, on a store app whose status line follows the analytics consent: off until
 * accepted; accepting releases everything (`acceptReleases`), turns it on and stores the receipt for
 * `site`; the app's own footer button (a handler the hydration attached) opens the settings, with
 * the choice made.
 */
export async function acceptThenSettings(
  page: Page,
  context: BrowserContext,
  traffic: Traffic,
  collector: TestCollector,
  site: string,
  banner: Locator,
) {
  const analytics = page.getByRole('main').getByRole('status')
  await expect(analytics).toHaveText('アクセス解析: オフ')
  await acceptReleases(page, context, traffic, banner.getByRole('button', { name: 'すべて同意' }).click())
  await expect(analytics).toHaveText('アクセス解析: オン')
  expect(await storedReceipt(context, collector)).toMatchObject({ method: 'accept-all', site })
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie設定' }).click()
  await expect(page.locator('sekisho-banner dialog').getByRole('switch', { name: 'アクセス解析' })).toBeChecked()
}

/**
 * Records, for `expectGateFirst`, what of the page existed when the head script published `window.sekisho`
 * (the gate in place): whether the parser had reached <body>, and the page's scripts then (an id, or
 * a src's path). Call before `page.goto`.
 */
export async function watchGate(page: Page) {
  await page.addInitScript(() => {
    let api: unknown
    Object.defineProperty(window, 'sekisho', {
      configurable: true,
      get: () => api,
      set(value) {
        const scripts = [...document.scripts].map((s: any) => s.id || new URL(s.src).pathname)
        window.__gate ??= { body: !!document.body, scripts }
        api = value
      },
    })
  })
}

/** What `watchGate` recorded: the gate ran while the parser was in <head>, and the scripts before it
 * were only the config and the head script (the chunks it added itself, from /sekisho/, left out). */
export async function expectGateFirst(page: Page) {
  const gate = await page.evaluate(() => window.__gate)
  expect(gate.body).toBe(false)
  expect(gate.scripts.filter((s: string) => !s.startsWith('/sekisho/sekisho-'))).toEqual([
    'sekisho-config',
    '/sekisho/sekisho.js',
  ])
}
