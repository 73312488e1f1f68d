// The Nuxt example (examples/nuxt-app): generated with Nuxt's JS API (its build.mjs, as `nuxt generate`),
// served from 127.0.0.1. @sekisho/nuxt puts the head gate first in the prerendered page's <head>; the
// app's config holds Google Analytics, and <SekishoGate> (auto-imported from @sekisho/vue) the
// YouTube embed. `npm run build` must have built the packages.
import { appTest, buildExample, expect } from './fixtures.ts'
import { acceptThenSettings, expectGateFirst, firstVisitHeld, watchGate } from './visitor.ts'

const test = appTest('examples/nuxt-app/.output/public')

// One Nuxt build (client, server, prerender); nuxt.config.mjs reads the receipts endpoint from SEKISHO_RECEIPTS.
buildExample(test, 'nuxt-app', 'SEKISHO_RECEIPTS', 180_000)

test('the gate first in <head>; nothing is sent before consent; the banner after hydration; accept loads GA and the embed', async ({
  page,
  context,
  app,
  traffic,
  appCollector,
}) => {
  // The page as generated: the config and the head script are the first elements of <head> after
  // its <meta charset>, before the held GA tags and Nuxt's own module script.
  const html = await (await fetch(app.url + '/')).text()
  expect(html).toMatch(
    /<head><meta charset="utf-8"><script type="application\/json" id="sekisho-config">\{[^<]*"revision":"2026-11-01"[^<]*\}<\/script><script src="\/sekisho\/sekisho.js"><\/script>/,
  )
  expect(html).toContain(`"endpoint":"${appCollector.url}/v1/receipts"`)
  await watchGate(page)
  const banner = await firstVisitHeld(page, context, traffic, app.url + '/')
  await expectGateFirst(page)
  // useConsent('analytics') and useSekisho(), auto-imported: the status line and the footer button.
  await acceptThenSettings(page, context, traffic, appCollector, app.url, banner)
  expect(traffic.escaped).toEqual([])
})
