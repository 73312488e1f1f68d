// What a visitor's browser shows and holds, for the example-site specs: the banner's wording, the
// consent cookie, and the receipt the collector stored for it.
import { createHash } from 'node:crypto'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, type TestCollector } from './fixtures.ts'
import type { Traffic } from './stand-ins.ts'

/** e2e code is type checked without the DOM library. */
declare const document: { querySelector(s: string): any }

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
