// Steps shared by the console specs: seed receipts over the collector's HTTP API, then drive the
// privacy managers' page as a person would (sign in, filter, download the CSV).
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import type { Receipt } from '@sekisho/receipts/schema'

export const TOKEN = 'e2e-export-token-7f3a9c'
export const SITE_A = 'https://www.example.jp'
export const SITE_B = 'https://shop.example.jp'

const DAY = 86_400_000
/** `YYYY-MM-DD` of `days` ago in the collector's zone (Asia/Tokyo), which reads the date filters,
 * in the form `<input type=date>` takes. */
export const dayAgo = (days: number, now = Date.now()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(now - days * DAY))

function receipt(n: number, site: string, daysAgo: number, method: Receipt['method'], analytics: boolean): Receipt {
  return {
    id: `e2e-receipt-${String(n).padStart(4, '0')}`,
    schema: 'sekisho-receipt/1',
    timestamp: new Date(Date.now() - daysAgo * DAY).toISOString(),
    site,
    subject: `subject-${n % 3}`,
    policy: { revision: '2026-11-01', url: `${site}/privacy`, language: 'ja' },
    jurisdiction: 'JP',
    method,
    purposes: [
      { id: 'necessary', granted: true },
      { id: 'analytics', granted: analytics },
    ],
    services: [{ id: 'google-analytics', granted: analytics }],
    signals: { gpc: false },
    ui: { textHash: 'a'.repeat(64) },
    previous: null,
  }
}

/** Seven receipts: four on site A (one of them four days old), three on site B. */
export const RECEIPTS: Receipt[] = [
  receipt(1, SITE_A, 0, 'accept-all', true),
  receipt(2, SITE_A, 0, 'reject-all', false),
  receipt(3, SITE_A, 1, 'custom', true),
  receipt(4, SITE_A, 4, 'accept-all', true),
  receipt(5, SITE_B, 0, 'accept-all', true),
  receipt(6, SITE_B, 1, 'reject-all', false),
  receipt(7, SITE_B, 4, 'custom', false),
]

/** The ids a filter of site A over the last two days must export. */
export const EXPECTED_IDS = RECEIPTS.slice(0, 3).map((r) => r.id)

export async function seed(base: string): Promise<void> {
  const response = await fetch(`${base}/v1/receipts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(RECEIPTS),
  })
  const body = (await response.json()) as { accepted?: string[] }
  if (response.status !== 202 || body.accepted?.length !== RECEIPTS.length) {
    throw new Error(`seeding failed: ${response.status} ${JSON.stringify(body)}`)
  }
}

/** Signs in (after a refused attempt), filters to site A over two days, downloads the CSV. */
export async function signInFilterAndDownload(page: Page, base: string) {
  await page.goto(`${base}/`)
  await page.getByLabel('Export token').fill('not-the-token')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('alert').filter({ hasText: 'did not accept' }).waitFor()

  await page.getByLabel('Export token').fill(TOKEN)
  await page.getByLabel('Export token').press('Enter')
  const total = page.locator('[data-total]')
  await total.waitFor()
  const unfiltered = await total.textContent()

  await page.getByLabel('Site (origin)').fill(SITE_A)
  await page.getByLabel('From', { exact: true }).fill(dayAgo(1))
  await page.getByLabel('To', { exact: true }).fill(dayAgo(0))
  await page.getByRole('button', { name: 'Apply' }).click()
  await page.waitForFunction(() => !document.querySelector('.console[aria-busy=true]'))
  const filtered = await total.textContent()

  await page.getByLabel('Excel (BOM)').check()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV', exact: true }).click(),
  ])
  const path = await download.path()
  const csv = await readFile(path)
  return {
    unfiltered,
    filtered,
    name: download.suggestedFilename(),
    bom: csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
    csv: csv.toString('utf8').replace(/^\uFEFF/, ''),
    token: await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length })),
  }
}
