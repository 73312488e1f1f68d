// The privacy managers' page against the REAL collector (SQLite in a temp dir): seeded over HTTP,
// signed in, filtered and exported through the page, under the console's strict CSP.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createCollector } from '@sekisho/collector'
import { CONSOLE_CSP } from '@sekisho/console'
import { runProofSteps } from '../packages/cli/src/testing/proof-steps.ts'
import { EXPECTED_IDS, RECEIPTS, SITE_A, TOKEN, seed, signInFilterAndDownload } from './console-steps.ts'

test.use({ locale: 'en-US' })

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** WCAG 2.1 A/AA violations on the page as it stands (axe-core; evaluated past the page's CSP). */
async function accessibilityViolations(page: Page) {
  await page.evaluate(await readFile(AXE, 'utf8'))
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>
        }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
  })
}

/** The example site's config (revision 2026-11-01, the seeded receipts') and the built script files. */
function proofSource() {
  const html = readFileSync('examples/script-tag/index.html', 'utf8')
  const config = /<script type="application\/json" id="sekisho-config">([\s\S]*?)<\/script>/.exec(html)![1]!
  const dist = 'packages/sekisho/dist'
  return {
    revision: JSON.parse(config).revision as string,
    config: new TextEncoder().encode(config),
    declaration: { controller: { name: JSON.parse(config).controller.name } },
    scripts: readdirSync(dist)
      .filter((f) => /^sekisho[\w.-]*\.js$/.test(f))
      .map((name) => ({ name, bytes: readFileSync(join(dist, name)) })),
  }
}

let dir: string
let collector: ReturnType<typeof createCollector>
let base: string

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sekisho-console-'))
  collector = createCollector({
    port: 0,
    sqlite: join(dir, 'receipts.sqlite'),
    tokens: [{ token: TOKEN, scope: 'export' }],
    log: () => {},
    proofSources: [proofSource()],
  })
  base = await collector.listen()
  await seed(base)
})

test.afterAll(async () => {
  await collector?.close()
  rmSync(dir, { recursive: true, force: true })
})

test('log in with the export token, filter, download the CSV', async ({ page }) => {
  // Four accessibility scans and a receipt lookup: more than the default 30 s on a busy machine.
  test.setTimeout(60_000)
  const errors: string[] = []
  // The browser's own favicon request gets the collector's 404: not the page's error.
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.location().url.endsWith('/favicon.ico') &&
      errors.push(`${m.text()} ${m.location().url}`),
  )
  const response = await page.goto(`${base}/`)
  expect(response?.headers()['content-security-policy']).toBe(CONSOLE_CSP)
  await page.getByLabel('Export token').waitFor()
  expect(await accessibilityViolations(page)).toEqual([])

  const result = await signInFilterAndDownload(page, base)
  expect(result.unfiltered).toBe(String(RECEIPTS.length))
  expect(result.filtered).toBe(String(EXPECTED_IDS.length))
  expect(result.bom).toBe(true)
  expect(result.name).toMatch(/\.csv$/)
  const ids = RECEIPTS.map((r) => r.id).filter((id) => result.csv.includes(id))
  expect(ids).toEqual(EXPECTED_IDS)
  expect(result.token).toEqual({ session: 1, local: 0 })
  await expect(page.locator('[data-chain]')).toHaveAttribute('data-chain', 'ok')
  // The chain check covers every site's chain, whatever the filter: all rows, any day.
  await expect(page.locator('[data-chain]')).toHaveText(`Intact: all ${RECEIPTS.length} records verified.`)

  // Styles arrive as a constructed stylesheet, which the policy allows: the chart has its colours.
  const fill = await page
    .locator('svg rect')
    .first()
    .evaluate((r) => getComputedStyle(r).fill)
  expect(fill).not.toBe('rgb(0, 0, 0)')
  await page.locator('details summary').click()
  expect(await accessibilityViolations(page)).toEqual([])
  await page.setViewportSize({ width: 360, height: 740 })
  await page.getByRole('combobox', { name: /Language/ }).selectOption('ja')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('関所 同意記録')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  expect(await accessibilityViolations(page)).toEqual([])

  // A visitor quotes a receipt id: its decision, chain place and the same browser's whole history.
  const quoted = RECEIPTS[3]!
  await page.getByLabel('受付番号', { exact: true }).fill(quoted.id)
  await page.getByRole('button', { name: '確認', exact: true }).click()
  const details = page.locator('dl.receipt')
  await expect(details).toContainText('すべて同意')
  await expect(details).toContainText(`コレクターに保管されていません（SHA-256 ${'a'.repeat(64)}）`)
  const history = RECEIPTS.filter((r) => r.subject === quoted.subject).map((r) => r.id)
  await expect(page.locator('table:has(caption:text("同意履歴")) tbody tr')).toHaveCount(history.length)
  await expect(page.locator('tr[aria-current=true]')).toContainText(quoted.id)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  expect(await accessibilityViolations(page)).toEqual([])
  // The only console error allowed is the refused sign-in's 401.
  expect(errors.filter((e) => !e.includes('401 (Unauthorized) ' + base + '/v1/stats'))).toEqual([])
})

/** Signs in with the export token and applies the filter of site A. */
async function signInToSiteA(page: Page) {
  await page.goto(`${base}/`)
  await page.getByLabel('Export token').fill(TOKEN)
  await page.getByLabel('Export token').press('Enter')
  await page.locator('[data-total]').waitFor()
  await page.getByLabel('Site (origin)').fill(SITE_A)
  await page.getByRole('button', { name: 'Apply' }).click()
  await page.waitForFunction(() => !document.querySelector('.console[aria-busy=true]'))
}

test('the proof pack of a revision downloads as one tar archive that its own README steps verify', async ({ page }) => {
  // Two sites in the database: the pack is the applied site's.
  await signInToSiteA(page)
  await expect(page.getByRole('combobox', { name: 'Policy revision', exact: true })).toHaveValue('2026-11-01')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download proof pack' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('sekisho-proof-www.example.jp-2026-11-01.tar')
  const unpacked = mkdtempSync(join(tmpdir(), 'sekisho-console-proof-'))
  try {
    execFileSync('tar', ['-xf', await download.path()], { cwd: unpacked })
    const pack = join(unpacked, 'sekisho-proof-www.example.jp-2026-11-01')
    const steps = await runProofSteps(pack)
    expect(steps.status, steps.stdout + steps.stderr).toBe(0)
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8'))
    expect([manifest.site, manifest.receipts.count]).toEqual([SITE_A, RECEIPTS.filter((r) => r.site === SITE_A).length])
  } finally {
    rmSync(unpacked, { recursive: true, force: true })
  }
  expect(await accessibilityViolations(page)).toEqual([])
})

test('the audit summary of a site prints on A4 with its figures, and downloads as CSV', async ({ page }) => {
  await signInToSiteA(page)
  await page.getByRole('button', { name: 'Audit summary of this period' }).click()
  await expect(page.getByRole('heading', { name: 'Consent records: audit summary' })).toBeVisible()
  expect(await accessibilityViolations(page)).toEqual([])

  // As printed on A4 (210 mm less 2 × 15 mm margins ≈ 680 CSS px): no navigation or buttons, nothing cut.
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: 680, height: 960 })
  await expect(page.locator('header')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  const siteA = RECEIPTS.filter((r) => r.site === SITE_A)
  await expect(page.locator('[data-summary-total]')).toHaveText(String(siteA.length))
  await expect(page.locator('.summary [data-chain]')).toHaveText(`Intact: all ${siteA.length} records verified.`)
  await expect(page.locator('.summary')).toContainText(SITE_A)
  await expect(page.locator('[data-zone]')).toHaveText('Asia/Tokyo')
  const analytics = siteA.filter((r) => r.purposes.some((p) => p.id === 'analytics' && p.granted)).length
  await expect(page.getByRole('row', { name: /Analytics/ })).toContainText(`${analytics}${siteA.length}`)
  const accepted = siteA.filter((r) => r.method === 'accept-all').length
  await expect(page.getByRole('row', { name: 'Accept all' })).toHaveText(`Accept all${accepted}`)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680)
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

  await page.emulateMedia({ media: 'screen' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  const csv = await readFile(await download.path())
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(csv.toString('utf8')).toContain(`同意記録 receipts,${siteA.length}\r\n`)
  expect(csv.toString('utf8')).toContain(`method,accept-all,,${accepted},,,\r\n`)
})
