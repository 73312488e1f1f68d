// The Vue and Svelte examples (examples/vite-vue, examples/vite-svelte): @sekisho/vue and
// @sekisho/svelte in apps built by Vite (the browser bundle, then a server render of the page, as
// `npm run build` there does), served from 127.0.0.1. `npm run build` must have built the packages.
import { appTest, buildExample, expect } from './fixtures.ts'
import { acceptThenSettings, firstVisitHeld } from './visitor.ts'

for (const [example, reads] of [
  ['vite-vue', "useConsent('analytics')"],
  ['vite-svelte', "the consent('analytics') store"],
] as const) {
  const test = appTest(`examples/${example}/dist`)

  test.describe(example, () => {
    // Two Vite builds (browser, server); Vite passes VITE_* variables of the environment to the app.
    buildExample(test, example, 'VITE_SEKISHO_RECEIPTS')

    test(`nothing is sent before consent; the banner after hydration; accept loads GA and the embed, and ${reads} shows it`, async ({
      page,
      context,
      app,
      traffic,
      appCollector,
    }) => {
      const banner = await firstVisitHeld(page, context, traffic, app.url + '/')
      await acceptThenSettings(page, context, traffic, appCollector, app.url, banner)
      expect(traffic.escaped).toEqual([])
    })
  })
}
