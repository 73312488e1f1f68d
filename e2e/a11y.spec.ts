// axe-core in real Chromium over the script-tag example as a visitor meets it: the banner's first
// layer and dialog (ja, en, light, dark, mobile width), the corner re-open button and the YouTube
// placeholder. axe walks open shadow roots, so each check is scoped to the part Sekisho draws.
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults, ElementContext, RunOptions } from 'axe-core'
import { expect, test } from './fixtures.ts'
import { settle, type Traffic } from './stand-ins.ts'

declare const window: { axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> } }

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
// WCAG 2.2 A/AA and axe's best practices.
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    // The banner is fixed over the page, outside its landmarks by design: it is a dialog (role=dialog,
    // labelled), which screen readers announce on its own; wrapping it in a landmark would add noise.
    region: { enabled: false },
  },
}

/** Runs axe on `selector` (a host, its shadow tree included); the violations as readable lines. */
async function violations(page: Page, selector: string) {
  await page.addScriptTag({ path: AXE })
  // Let the entrance fade finish: axe measures contrast as painted.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)))
  const results = await page.evaluate(
    ([include, options]) => window.axe.run({ include: [include] } as ElementContext, options),
    [selector, OPTIONS] as const,
  )
  expect(results.passes.length, `axe checked something in ${selector}`).toBeGreaterThan(3)
  return results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target) + ' ' + n.failureSummary).join('; ')}`,
  )
}

declare const document: { getAnimations(): Array<{ finished: Promise<unknown> }>; querySelector(s: string): any }
declare function getComputedStyle(e: unknown): { backgroundColor: string }

/** The painted background of the banner's open layer: proves the colour scheme asked for is the one checked. */
const layerBackground = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('sekisho-banner').shadowRoot
    return getComputedStyle(root.querySelector('dialog[open]') ?? root.querySelector('[role=dialog]')).backgroundColor
  })

const open = async (page: Page, site: string, traffic: Traffic) => {
  await page.goto(site + '/')
  await page.locator('sekisho-banner').getByRole('dialog').waitFor()
  await settle(page, traffic)
}
const banner = (page: Page) => page.locator('sekisho-banner')
const toEnglish = (page: Page) => banner(page).getByRole('combobox').selectOption('en')
const openDialog = async (page: Page, lang: 'ja' | 'en') => {
  await banner(page)
    .getByRole('button', { name: lang == 'ja' ? '設定' : 'Settings', exact: true })
    .click()
  const dialog = banner(page).locator('dialog')
  await expect(dialog).toBeVisible()
  // Every service row open: their contents are checked too.
  for (const summary of await dialog.locator('summary').all()) await summary.click()
}

const STATES: Array<{ name: string; lang: 'ja' | 'en'; dark?: boolean; mobile?: boolean }> = [
  { name: 'ja', lang: 'ja' },
  { name: 'en', lang: 'en' },
  { name: 'ja, dark', lang: 'ja', dark: true },
  { name: 'en, dark', lang: 'en', dark: true },
  { name: 'ja, mobile width', lang: 'ja', mobile: true },
  { name: 'en, mobile width, dark', lang: 'en', mobile: true, dark: true },
]

for (const { name, lang, dark, mobile } of STATES) {
  test(`axe: first layer and dialog, ${name}: zero violations`, async ({ page, site, traffic }) => {
    if (mobile) await page.setViewportSize({ width: 390, height: 844 })
    if (dark) await page.emulateMedia({ colorScheme: 'dark' })
    await open(page, site, traffic)
    if (lang == 'en') await toEnglish(page)
    const background = dark ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)'
    expect(await layerBackground(page)).toBe(background)
    expect(await violations(page, 'sekisho-banner')).toEqual([])
    await openDialog(page, lang)
    expect(await layerBackground(page)).toBe(background)
    expect(await violations(page, 'sekisho-banner')).toEqual([])
  })
}

for (const dark of [false, true]) {
  test(`axe: the corner re-open button and the YouTube placeholder${dark ? ', dark' : ''}: zero violations`, async ({
    page,
    site,
    traffic,
  }) => {
    if (dark) await page.emulateMedia({ colorScheme: 'dark' })
    await open(page, site, traffic)
    await banner(page).getByRole('button', { name: 'すべて拒否' }).click()
    await expect(page.locator('sekisho-reopen').getByRole('button')).toBeVisible()
    expect(await violations(page, 'sekisho-reopen')).toEqual([])
    await expect(page.locator('.sekisho-placeholder')).toBeVisible()
    expect(await violations(page, '.sekisho-placeholder')).toEqual([])
  })
}

test("axe reaches into the banner's shadow root: an unnamed language select planted there is a violation", async ({
  page,
  site,
  traffic,
}) => {
  // Without this, a run that never saw the shadow tree would pass every check above.
  await open(page, site, traffic)
  await page.evaluate(() =>
    document.querySelector('sekisho-banner').shadowRoot.querySelector('select').removeAttribute('aria-label'),
  )
  expect((await violations(page, 'sekisho-banner')).map((v) => v.split(':')[0])).toEqual(['select-name'])
})
