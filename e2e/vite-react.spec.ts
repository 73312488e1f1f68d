// The React example (examples/vite-react): @sekisho/react in an app built by Vite (its JS API, as
// `npm run build` there does: the browser bundle, then a server render of the page) and served from
// 127.0.0.1. `npm run build` must have built the packages.
import type { BrowserContext } from '@playwright/test'
import { appTest, buildExample, expect } from './fixtures.ts'
import { settle } from './stand-ins.ts'
import {
  acceptReleases,
  consentCookie,
  cookiesSet,
  firstVisitHeld,
  purposesSeen,
  STORE_TRACKERS,
  storedReceipt,
} from './visitor.ts'

const test = appTest('examples/vite-react/dist')

// One worker builds dist/ and runs the tests in order (two workers would write it at once).
test.describe.configure({ mode: 'serial' })
// Two Vite builds (browser, server); Vite passes VITE_* variables of the environment to the app.
buildExample(test, 'vite-react', 'VITE_SEKISHO_RECEIPTS')

const TRACKERS = STORE_TRACKERS
const trackerCookies = (context: BrowserContext) => cookiesSet(TRACKERS, context)

test('nothing is sent before consent; the banner after hydration; accept renders the embed and loads GA; a returning visitor is not asked', async ({
  page,
  context,
  app,
  traffic,
  appCollector,
}) => {
  const banner = await firstVisitHeld(page, context, traffic, app.url + '/')
  await acceptReleases(page, context, traffic, banner.getByRole('button', { name: 'すべて同意' }).click())
  // The endpoint Vite built in from VITE_SEKISHO_RECEIPTS.
  expect(await storedReceipt(context, appCollector)).toMatchObject({ method: 'accept-all', site: app.url })

  await page.reload()
  await settle(page, traffic)
  await expect(banner).toHaveCount(0)
  // The stored decision, read after hydration: the embed is back without asking.
  await expect(page.getByTitle('使い方動画')).toBeVisible()
  expect(traffic.escaped).toEqual([])
})

test("reject holds everything; the placeholder's button opens the settings; withdrawing holds the released tags again", async ({
  page,
  context,
  app,
  traffic,
}) => {
  await page.goto(app.url + '/')
  await page.locator('sekisho-banner').getByRole('button', { name: 'すべて拒否' }).click()
  await settle(page, traffic)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])
  expect(await trackerCookies(context)).toEqual([])

  // The <Gate> placeholder's button (a React onClick, so the page is hydrated) opens the preferences.
  await page.locator('[data-sekisho-gate="youtube"]').getByRole('button', { name: 'Cookie設定を開く' }).click()
  const dialog = page.locator('sekisho-banner dialog')
  await expect(dialog.getByRole('switch', { name: 'アクセス解析' })).not.toBeChecked()
  await dialog.getByRole('button', { name: 'すべて同意' }).click()
  await expect(page.getByTitle('使い方動画')).toBeVisible()
  await expect.poll(() => purposesSeen(TRACKERS, traffic)).toEqual(['functional', 'analytics'])

  // Withdraw from the app's own footer button (useSekisho().showSettings()): GA already ran, so the
  // gate reloads the page to stop it.
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie設定' }).click()
  await expect(dialog.getByRole('switch', { name: 'アクセス解析' })).toBeChecked()
  await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'すべて拒否' }).click()])
  await settle(page, traffic)
  expect((await consentCookie(context))!.purposes).toEqual(['necessary', '!functional', '!analytics'])
  expect(await trackerCookies(context)).toEqual([])
  await expect(page.locator('[data-sekisho-gate="youtube"]')).toBeVisible()
  traffic.outside.length = 0
  await page.reload()
  await settle(page, traffic)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])
  await expect(page.locator('iframe')).toHaveCount(0)
  expect(traffic.escaped).toEqual([])
})
