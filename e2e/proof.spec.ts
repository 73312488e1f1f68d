// Proof of consent: exactly one receipt per decision, whatever the timing of the withdrawal's reload,
// each with the hash of the wording actually shown, counted in the real collector.
import type { Page } from '@playwright/test'
import { expect, test, type TestCollector } from './fixtures.ts'
import { settle } from './stand-ins.ts'
import { consentCookie, sha256, shownText } from './visitor.ts'

/** SHA-256 of the empty string: the hash a receipt made without its wording used to carry. */
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
/** Withdrawals in the reload path (accept → reload → re-open → すべて拒否); the count. */
const WITHDRAWALS = Number(process.env.SEKISHO_WITHDRAWALS ?? 50)

/** Every receipt the collector holds for `subject`, oldest first (JSON Lines export). */
async function receiptsOf(collector: TestCollector, subject: string): Promise<any[]> {
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
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp))
}

const dialog = (page: Page) => page.locator('sekisho-banner dialog')

test('50 withdrawals that reload the page: exactly one receipt each, with the wording hash', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  test.setTimeout(60_000 + WITHDRAWALS * 8_000)
  await page.goto(site)
  await settle(page, traffic)
  await page.locator('sekisho-banner').getByRole('button', { name: 'すべて同意' }).click()
  for (let i = 0; i < WITHDRAWALS; i++) {
    // Reload, re-open from the corner button, すべて拒否: the gate reloads the page at once.
    await page.goto(site)
    await page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' }).click()
    await expect(dialog(page).getByRole('switch', { name: '広告' })).toBeChecked()
    await Promise.all([page.waitForEvent('load'), dialog(page).getByRole('button', { name: 'すべて拒否' }).click()])
    // Consent again through the API (no wording shown, no reload) for the next round.
    await page.waitForFunction(() => (window as any).sekisho?.config)
    await page.evaluate(() => (window as any).sekisho.acceptAll())
  }
  // The last page records what it owes; then the collector holds every decision.
  await page.goto(site)
  const subject = (await consentCookie(context))!.subject!
  const expected = 1 + 2 * WITHDRAWALS
  let receipts: any[] = []
  await expect
    .poll(async () => (receipts = await receiptsOf(collector, subject)).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(expected)
  // One receipt per decision: no decision time twice, the methods in the order they were made.
  expect(receipts.length).toBe(expected)
  expect(new Set(receipts.map((r) => r.timestamp)).size).toBe(expected)
  expect(receipts.map((r) => r.method)).toEqual([
    'accept-all',
    ...Array.from({ length: WITHDRAWALS }, () => ['withdraw', 'api']).flat(),
  ])
  // Banner decisions carry the hash of their wording; API ones say none was shown.
  for (const r of receipts) {
    if (r.method === 'api') expect(r.ui, r.id).toEqual({ noText: 'none-shown' })
    else {
      expect(r.ui.textHash, `${r.method} ${r.id}`).toMatch(/^[0-9a-f]{64}$/)
      expect(r.ui.textHash, `${r.method} ${r.id}`).not.toBe(EMPTY)
    }
  }
  // Chained: each receipt names the one before it.
  receipts.slice(1).forEach((r, i) => expect(r.previous).toBe(receipts[i].id))
})

test('first layer, settings and API decisions: one receipt each, with the wording shown or noText', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  // Three decisions, each with a page load and a collector round trip.
  test.setTimeout(90_000)
  await page.goto(site)
  await settle(page, traffic)
  const banner = page.locator('sekisho-banner')
  const firstLayer = await shownText(page)
  await banner.getByRole('button', { name: 'すべて拒否' }).click()
  await page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' }).click()
  // The notice rows (their own chunk) are part of the wording: wait for them before reading it.
  await expect(dialog(page).locator('details').first()).toBeVisible()
  await dialog(page).getByRole('switch', { name: 'アクセス解析' }).check()
  const settings = await shownText(page)
  await dialog(page).getByRole('button', { name: '選択を保存' }).click()
  await expect(dialog(page)).toHaveCount(0)
  await page.evaluate(() => (window as any).sekisho.rejectAll())
  const subject = (await consentCookie(context))!.subject!
  let receipts: any[] = []
  await expect.poll(async () => (receipts = await receiptsOf(collector, subject)).length).toBe(3)
  expect(receipts.map((r) => [r.method, r.ui])).toEqual([
    ['reject-all', { textHash: sha256(firstLayer) }],
    ['custom', { textHash: sha256(settings) }],
    ['api', { noText: 'none-shown' }],
  ])
})
