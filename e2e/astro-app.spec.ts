// The Astro example (examples/astro-app): built with Astro's JS API (its build.mjs), served from
// 127.0.0.1. @sekisho/astro puts the head gate first in the prerendered page's <head>; the page
// holds Google Analytics and a YouTube embed by markup. `npm run build` must have built the packages.
import { appTest, buildExample, expect } from './fixtures.ts'
import { settle } from './stand-ins.ts'
import { cookiesSet, expectGateFirst, purposesSeen, STORE_TRACKERS, storedReceipt, watchGate } from './visitor.ts'

const test = appTest('examples/astro-app/dist')

// One Astro build (server and client); astro.config.mjs reads the receipts endpoint from SEKISHO_RECEIPTS.
buildExample(test, 'astro-app', 'SEKISHO_RECEIPTS')

test('the gate first in <head>; nothing is sent before consent; the banner; accept loads GA and the embed', async ({
  page,
  context,
  app,
  traffic,
  appCollector,
}) => {
  await watchGate(page)
  const response = await page.goto(app.url + '/')
  const html = await response!.text()
  // The config and the head script are the first elements of <head> after its <meta charset>.
  expect(html).toMatch(
    /<head><meta charset="utf-8"><script type="application\/json" id="sekisho-config">\{[^<]*"revision":"2026-11-01"[^<]*\}<\/script><script src="\/sekisho\/sekisho.js"><\/script>/,
  )
  // The endpoint build.mjs was run with.
  expect(html).toContain(`"endpoint":"${appCollector.url}/v1/receipts"`)
  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('dialog', { name: 'Cookieと外部送信について' })).toBeVisible()
  await settle(page, traffic)
  await expectGateFirst(page)
  expect(purposesSeen(STORE_TRACKERS, traffic)).toEqual([])
  expect(await cookiesSet(STORE_TRACKERS, context)).toEqual([])
  // The held iframe has no src yet: a blank frame.
  expect(page.frames().map((f) => f.url())).toEqual([app.url + '/', 'about:blank'])

  await banner.getByRole('button', { name: 'すべて同意' }).click()
  await expect
    .poll(() => page.frames().map((f) => f.url()))
    .toEqual([app.url + '/', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'])
  await expect.poll(() => purposesSeen(STORE_TRACKERS, traffic)).toEqual(['functional', 'analytics'])
  await expect.poll(() => cookiesSet(STORE_TRACKERS, context)).toEqual(['_ga', '_ga_STORE0001'])
  expect(await storedReceipt(context, appCollector)).toMatchObject({ method: 'accept-all', site: app.url })
  // The site's own module script reaches the head's instance: its footer button opens the settings.
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie設定' }).click()
  await expect(page.locator('sekisho-banner dialog').getByRole('switch', { name: 'アクセス解析' })).toBeChecked()
  expect(traffic.escaped).toEqual([])
})
