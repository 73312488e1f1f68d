// The npm example (examples/npm-app): the same consent flow wired from the @sekisho/* packages by
// name and bundled with rollup. This spec builds public/app.js itself (rollup's API with the
// example's own config, receipts pointed at a real collector), once, before its tests;
// `npm run build` must have built the packages.
import type { RollupOptions } from 'rollup'
import type { BrowserContext } from '@playwright/test'
import { appTest, buildApp, expect } from './fixtures.ts'
import { settle } from './stand-ins.ts'
import { consentCookie, cookiesSet, purposesSeen, storedReceipt, type Trackers } from './visitor.ts'

const test = appTest('examples/npm-app/public')

// One worker builds app.js and runs the tests in order (two workers would write the file at once).
test.describe.configure({ mode: 'serial' })
test.beforeAll(async ({ appCollector }) => {
  // Two rollup builds (the classic entry, then the lazily imported parts) on a busy machine.
  test.setTimeout(120_000)
  // The config reads the endpoint from the environment when it is loaded, as `npm run build` would.
  process.env.SEKISHO_RECEIPTS = `${appCollector.url}/v1/receipts`
  await buildApp((await import('../examples/npm-app/rollup.config.mjs')).default as RollupOptions[])
})

const TRACKERS: Trackers = {
  functional: { url: /youtube-nocookie\.com/, cookies: [] },
  analytics: { url: /googletagmanager\.com\/gtag|google-analytics\.com/, cookies: ['_ga', '_ga_STORE0001'] },
  advertising: { url: /facebook\.(net|com)/, cookies: ['_fbp'] },
}
const ALL = Object.keys(TRACKERS)
const trackerCookies = (context: BrowserContext) => cookiesSet(TRACKERS, context)

test('first visit asks; reject all holds every tracker and is remembered', async ({ page, context, app, traffic }) => {
  await page.goto(app.url + '/')
  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('dialog', { name: 'Cookieと外部送信について' })).toBeVisible()
  await expect(page.locator('sekisho-reopen')).toHaveCount(0)
  await settle(page, traffic)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])
  await banner.getByRole('button', { name: 'すべて拒否' }).click()
  await expect(banner.getByRole('dialog')).toHaveCount(0)
  await settle(page, traffic)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])
  expect(await trackerCookies(context)).toEqual([])
  expect((await consentCookie(context))!.purposes).toEqual(['necessary', ...ALL.map((p) => '!' + p)])

  await page.reload()
  await settle(page, traffic)
  await expect(banner).toHaveCount(0)
  await expect(page.locator('sekisho-reopen')).toHaveCount(1)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])
  expect(traffic.escaped).toEqual([])
})

test('accept all releases every service, and the receipt reaches the collector', async ({
  page,
  context,
  app,
  traffic,
  appCollector,
}) => {
  await page.goto(app.url + '/')
  await page.locator('sekisho-banner').getByRole('button', { name: 'すべて同意' }).click()
  await expect.poll(() => purposesSeen(TRACKERS, traffic)).toEqual(ALL)
  // The pixel's loader script was created by a script: released with its purpose, then it sent PageView.
  await expect.poll(() => traffic.outside.some((u) => /facebook\.com\/tr\/.*ev=PageView/.test(u))).toBe(true)
  await expect.poll(() => trackerCookies(context)).toEqual(['_fbp', '_ga', '_ga_STORE0001'])
  const receipt = await storedReceipt(context, appCollector)
  expect(receipt).toMatchObject({ method: 'accept-all', site: app.url, policy: { revision: '2026-11-01' } })
  expect(receipt.ui.textHash).toMatch(/^[0-9a-f]{64}$/)
  expect(traffic.escaped).toEqual([])
})

test('re-open from the corner button and withdraw; [data-sekisho-open] and the notice on the privacy page', async ({
  page,
  context,
  app,
  traffic,
}) => {
  await page.goto(app.url + '/')
  await page.locator('sekisho-banner').getByRole('button', { name: 'すべて同意' }).click()
  await expect.poll(() => trackerCookies(context)).toEqual(['_fbp', '_ga', '_ga_STORE0001'])

  await page.locator('sekisho-reopen').getByRole('button').click()
  const dialog = page.locator('sekisho-banner dialog')
  await expect(dialog.getByRole('switch', { name: 'アクセス解析' })).toBeChecked()
  await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'すべて拒否' }).click()])
  await settle(page, traffic)
  expect(await trackerCookies(context)).toEqual([])
  traffic.outside.length = 0
  await page.reload()
  await settle(page, traffic)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])

  await page.goto(app.url + '/privacy.html')
  for (const text of ['Google Analytics', 'Meta ピクセル', 'YouTube', '送信先の国'])
    await expect(page.locator('[data-sekisho-notice]')).toContainText(text)
  await page.locator('main [data-sekisho-open]').click()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('switch', { name: 'アクセス解析' })).not.toBeChecked()
})
