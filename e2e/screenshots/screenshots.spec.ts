// Screenshots of the example site's banner and dialog (desktop and mobile, ja and en, light and dark),
// written to e2e/screenshots/ only with SEKISHO_SCREENSHOTS=1, so `npm test` never rewrites them.
// Regenerate: npm run build && SEKISHO_SCREENSHOTS=1 npx playwright test e2e/screenshots
import { fileURLToPath } from 'node:url'
import { expect, test } from '../fixtures.ts'
import { settle } from '../stand-ins.ts'

test.skip(!process.env.SEKISHO_SCREENSHOTS, 'writes PNGs only with SEKISHO_SCREENSHOTS=1')

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } }
const SHOTS: Array<{ viewport: keyof typeof VIEWPORTS; lang: 'ja' | 'en'; dark?: boolean }> = [
  { viewport: 'desktop', lang: 'ja' },
  { viewport: 'desktop', lang: 'en' },
  { viewport: 'desktop', lang: 'en', dark: true },
  { viewport: 'mobile', lang: 'ja' },
  { viewport: 'mobile', lang: 'en' },
  { viewport: 'mobile', lang: 'ja', dark: true },
]

for (const { viewport, lang, dark } of SHOTS) {
  const name = `${viewport}-${lang}${dark ? '-dark' : ''}`
  test(`banner and dialog: ${name}`, async ({ page, site, traffic }) => {
    await page.setViewportSize(VIEWPORTS[viewport])
    if (dark) await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(site + '/')
    const banner = page.locator('sekisho-banner')
    await banner.getByRole('dialog').waitFor()
    if (lang === 'en') await banner.getByRole('combobox').selectOption('en')
    await settle(page, traffic)
    const file = (layer: string) => fileURLToPath(new URL(`./${layer}-${name}.png`, import.meta.url))
    await page.screenshot({ path: file('banner') })
    await banner.getByRole('button', { name: lang === 'ja' ? '設定' : 'Settings', exact: true }).click()
    const dialog = banner.locator('dialog')
    await expect(dialog).toBeVisible()
    // One service row open, as a visitor checking who receives what would see it.
    await dialog.locator('details summary').first().click()
    await settle(page, traffic)
    await page.screenshot({ path: file('dialog') })
  })
}
