// The Vue and Svelte examples (examples/vite-vue, examples/vite-svelte): @sekisho/vue and
// @sekisho/svelte in apps built by Vite (the browser bundle, then a server render of the page, as
// `npm run build` there does), served from 127.0.0.1. `npm run build` must have built the packages.
import { appTest, expect } from './fixtures.ts'
import { acceptReleases, firstVisitHeld, storedReceipt } from './visitor.ts'

for (const [example, reads] of [
  ['vite-vue', "useConsent('analytics')"],
  ['vite-svelte', "the consent('analytics') store"],
] as const) {
  const test = appTest(`examples/${example}/dist`)

  test.describe(example, () => {
    test.beforeAll(async ({ appCollector }) => {
      // Two Vite builds (browser, server) on a busy machine.
      test.setTimeout(120_000)
      // Vite passes VITE_* variables of the environment to the app, as `VITE_SEKISHO_RECEIPTS=… npm run build` would.
      process.env.VITE_SEKISHO_RECEIPTS = `${appCollector.url}/v1/receipts`
      const { buildSite } = await import(`../examples/${example}/build.mjs`)
      await buildSite({ logLevel: 'warn' })
    })

    test(`nothing is sent before consent; the banner after hydration; accept loads GA and the embed, and ${reads} shows it`, async ({
      page,
      context,
      app,
      traffic,
      appCollector,
    }) => {
      const banner = await firstVisitHeld(page, context, traffic, app.url + '/')
      const analytics = page.getByRole('main').getByRole('status')
      await expect(analytics).toHaveText('アクセス解析: オフ')
      await acceptReleases(page, context, traffic, banner.getByRole('button', { name: 'すべて同意' }).click())
      await expect(analytics).toHaveText('アクセス解析: オン')
      expect(await storedReceipt(context, appCollector)).toMatchObject({ method: 'accept-all', site: app.url })
      // The app's own footer button (a handler the hydration attached) opens the settings, with the choice made.
      await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie設定' }).click()
      await expect(page.locator('sekisho-banner dialog').getByRole('switch', { name: 'アクセス解析' })).toBeChecked()
      expect(traffic.escaped).toEqual([])
    })
  })
}
