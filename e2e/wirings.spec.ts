// One product, two wirings: the same page and config wired by the script tag (`sekisho.js` and its
// chunks) and by the npm package (`createSekisho` from `sekisho`, bundled by rollup as a site's
// build does). The same acts must send byte-identical receipt bodies, ids and times aside.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { appBuild } from '../examples/npm-app/rollup.config.mjs'
import { buildApp, expect, served, startCollector, test as base, type ServedSite } from './fixtures.ts'
import { root } from '../scripts/run.mjs'

const SITE = 'e2e/wirings/site'
const CONFIG = {
  revision: '2026-12-01',
  controller: { name: '株式会社サンプル商事', contact: 'privacy@example.jp', policyUrl: '/privacy.html' },
  jurisdiction: 'JP',
  languages: ['ja', 'en'],
  // GPC applies wherever the browser sends it, so the GPC act differs from a plain accept.
  gpc: 'always',
  purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }],
  services: ['google-analytics', 'meta-pixel'],
  receipts: { endpoint: 'http://127.0.0.1:8787/v1/receipts' },
}
/** The page both wirings run on, first thing in <head>. */
const page = (script: string) => `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<script type="application/json" id="sekisho-config">${JSON.stringify(CONFIG)}</script>
<script src="${script}"></script>
<title>wirings</title></head>
<body><main><h1>同じ行為、同じ記録</h1></main></body></html>`

const test = base.extend<{}, { wired: ServedSite & { collector: string } }>({
  wired: [
    async ({}, use) => {
      mkdirSync(join(root, SITE), { recursive: true })
      writeFileSync(join(root, SITE, 'tag.html'), page('/sekisho/sekisho.js'))
      writeFileSync(join(root, SITE, 'npm.html'), page('/npm/app.js'))
      await buildApp(
        appBuild({
          input: join(root, 'e2e/wirings/npm-entry.mjs'),
          dir: join(root, SITE, 'npm'),
          partsUrl: '/npm/parts/',
        }),
      )
      const site = served(SITE)[0]
      await site({}, async (served) => {
        const collector = await startCollector(served)
        await use({ ...served, collector: collector.url })
        await collector.close()
      })
    },
    // Two rollup builds on a busy machine.
    { scope: 'worker', timeout: 120_000 },
  ],
})
test.describe.configure({ mode: 'serial' })

type Act = (page: Page) => Promise<void>
const banner = (page: Page) => page.locator('sekisho-banner')
const dialog = (page: Page) => page.locator('sekisho-banner dialog')
const click = (page: Page, name: string) => banner(page).getByRole('button', { name, exact: true }).click()

const ACTS: Record<string, { gpc?: boolean; receipts: number; act: Act }> = {
  accept: { receipts: 1, act: (page) => click(page, 'すべて同意') },
  reject: { receipts: 1, act: (page) => click(page, 'すべて拒否') },
  custom: {
    receipts: 1,
    async act(page) {
      await click(page, '設定')
      await dialog(page).getByRole('switch', { name: 'アクセス解析' }).check()
      await dialog(page).getByRole('button', { name: '選択を保存' }).click()
    },
  },
  withdraw: {
    receipts: 2,
    async act(page) {
      await click(page, 'すべて同意')
      await page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' }).click()
      // Rejecting all after granting is a withdrawal (no tag ran here, so nothing reloads).
      await dialog(page).getByRole('button', { name: 'すべて拒否' }).click()
    },
  },
  gpc: { gpc: true, receipts: 1, act: (page) => click(page, 'すべて同意') },
  // The public API's "accept all" under GPC: the receipt says what GPC kept off, as the banner's does.
  'api-gpc': {
    gpc: true,
    receipts: 1,
    act: (page) =>
      page.evaluate(() => void (window as unknown as { sekisho: { acceptAll(): unknown } }).sekisho.acceptAll()),
  },
}

/** Runs `act` on a wiring's page in a fresh browser context; the receipt bodies the page sent. */
async function receiptsOf(browser: Browser, url: string, { gpc, receipts, act }: (typeof ACTS)[string]) {
  const context = await browser.newContext()
  const sent: Record<string, unknown>[] = []
  context.on('request', (r) => {
    if (r.method() == 'POST' && r.url().endsWith('/v1/receipts')) sent.push(...[r.postDataJSON()].flat())
  })
  if (gpc)
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    )
  const page = await context.newPage()
  await page.goto(url)
  await act(page)
  await expect.poll(() => sent.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(receipts)
  await context.close()
  // Ids and times are each decision's own; everything else is what the act recorded.
  return sent.map(({ id, timestamp, subject, previous, ...body }) => JSON.stringify(body))
}

for (const [name, act] of Object.entries(ACTS)) {
  test(`${name}: the script tag and the npm wiring record the same receipt`, async ({ browser, wired }) => {
    const tag = await receiptsOf(browser, `${wired.url}/tag.html`, act)
    const npm = await receiptsOf(browser, `${wired.url}/npm.html`, act)
    expect(tag).toHaveLength(act.receipts)
    expect(npm).toEqual(tag)
    const methods = tag.map((body) => JSON.parse(body).method)
    expect(methods).toEqual(
      {
        accept: ['accept-all'],
        reject: ['reject-all'],
        custom: ['custom'],
        withdraw: ['accept-all', 'withdraw'],
        gpc: ['accept-all'],
        'api-gpc': ['api'],
      }[name],
    )
    if (name == 'gpc' || name == 'api-gpc') {
      expect(JSON.parse(tag[0]!).signals.gpc).toBe(true)
      expect(JSON.parse(tag[0]!).signals.gpcWithheld).toEqual(['advertising'])
    }
  })
}
