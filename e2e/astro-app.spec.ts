// The Astro example (examples/astro-app): built with Astro's JS API (its build.mjs), served from
// 127.0.0.1. @sekisho/astro puts the head gate first in the prerendered page's <head>; the page
// holds Google Analytics and a YouTube embed by markup. `npm run build` must have built the packages.
import { appTest, expect } from './fixtures.ts'
import { settle } from './stand-ins.ts'
import { cookiesSet, purposesSeen, STORE_TRACKERS, storedReceipt } from './visitor.ts'

/** e2e code is type checked without the DOM library. */
declare const document: any
declare const window: any

const test = appTest('examples/astro-app/dist')

test.beforeAll(async ({ appCollector }) => {
  // One Astro build (server and client) on a busy machine.
  test.setTimeout(120_000)
  // The receipts endpoint astro.config.mjs reads, as `SEKISHO_RECEIPTS=… npm run build` would.
  process.env.SEKISHO_RECEIPTS = `${appCollector.url}/v1/receipts`
  const { buildSite } = await import('../examples/astro-app/build.mjs')
  await buildSite({ logLevel: 'warn' })
})

test('the gate first in <head>; nothing is sent before consent; the banner; accept loads GA and the embed', async ({
  page,
  context,
  app,
  traffic,
  appCollector,
}) => {
  // When the head script publishes window.sekisho (the gate in place): what of the page existed then.
  await page.addInitScript(() => {
    let api: unknown
    Object.defineProperty(window, 'sekisho', {
      configurable: true,
      get: () => api,
      set(value) {
        // The page's scripts in the document then (the head's chunks come from /sekisho/).
        const scripts = [...document.scripts].map((s: any) => s.id || new URL(s.src).pathname)
        window.__gate ??= { body: !!document.body, scripts }
        api = value
      },
    })
  })
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
  // The gate ran while the parser was in <head>, with none of the page's scripts before it: only the
  // config, the head script and the chunks it added (the banner's).
  const gate = await page.evaluate(() => window.__gate)
  expect(gate.body).toBe(false)
  expect(gate.scripts.filter((s: string) => !s.startsWith('/sekisho/sekisho-'))).toEqual([
    'sekisho-config',
    '/sekisho/sekisho.js',
  ])
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
