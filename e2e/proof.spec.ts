// Proof of consent: exactly one receipt per decision, whatever the timing of the withdrawal's reload,
// each with the hash of the wording actually shown, counted in the real collector.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { runProofSteps } from '../packages/cli/src/testing/proof-steps.ts'
import { expect, test, type TestCollector } from './fixtures.ts'
import { settle } from './stand-ins.ts'
import { consentCookie, receiptsOf, sha256, shownText } from './visitor.ts'

/** SHA-256 of the empty string: the hash a receipt made without its wording used to carry. */
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
/** Withdrawals in the reload path (accept → reload → re-open → すべて拒否); the count. */
const WITHDRAWALS = Number(process.env.SEKISHO_WITHDRAWALS ?? 50)

const dialog = (page: Page) => page.locator('sekisho-banner dialog')

/** The wordings the collector keeps (`GET /v1/texts/:hash` with the export token), by hash. */
async function wordingsOf(collector: TestCollector, receipts: any[]): Promise<Map<string, string>> {
  const hashes = [...new Set(receipts.flatMap((r) => (r.ui.textHash ? [r.ui.textHash as string] : [])))]
  const texts = new Map<string, string>()
  for (const hash of hashes) {
    const response = await fetch(`${collector.url}/v1/texts/${hash}`, {
      headers: { authorization: `Bearer ${collector.token}` },
    })
    if (response.ok) texts.set(hash, await response.text())
  }
  return texts
}

/** The wordings the collector already keeps: the worker's collector is shared by every spec file, so
 * a wording an earlier test uploaded is known, and the page rightly does not send it again. */
const keptTexts = async (collector: TestCollector) =>
  new Set<string>((await collector.get('/v1/texts')).body.texts.map((t: { hash: string }) => t.hash))

/** Counts the page's wording uploads (PUT /v1/texts/:hash) by hash. */
function countUploads(page: Page) {
  const puts: string[] = []
  page.context().on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/v1/texts/')) puts.push(request.url().split('/').pop()!)
  })
  return puts
}

/** The wordings this browser still keeps in localStorage for receipts not yet delivered. */
const keptWordings = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sekisho:shown:')))

// The 50 withdrawals, in two visitors of 25 each: each half in its own browser context (its
// own subject, chain of receipts and wordings), so that both test workers share the work.
const HALVES = [Math.ceil(WITHDRAWALS / 2), Math.floor(WITHDRAWALS / 2)].filter((n) => n > 0)
for (const [half, withdrawals] of HALVES.entries())
  test(`${WITHDRAWALS} withdrawals that reload the page (visitor ${half + 1} of ${HALVES.length}: ${withdrawals}): exactly one receipt each, with the wording hash`, async ({
    page,
    context,
    site,
    traffic,
    collector,
  }) => {
    test.setTimeout(60_000 + withdrawals * 8_000)
    const known = await keptTexts(collector)
    const uploads = countUploads(page)
    await page.goto(site)
    await settle(page, traffic)
    await page.locator('sekisho-banner').getByRole('button', { name: 'すべて同意' }).click()
    for (let i = 0; i < withdrawals; i++) {
      // Reload, re-open from the corner button, すべて拒否: the gate reloads the page at once. Each page
      // loads in full first (so the previous decision's receipt is on its way, as with a visitor).
      await page.goto(site)
      await page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' }).click()
      await expect(dialog(page).getByRole('switch', { name: '広告' })).toBeChecked()
      await Promise.all([page.waitForEvent('load'), dialog(page).getByRole('button', { name: 'すべて拒否' }).click()])
      // Consent again through the API (no wording shown, no reload) for the next round.
      await page.waitForFunction(() => (window as any).sekisho?.config)
      await page.evaluate(() => (window as any).sekisho.acceptAll())
    }
    // The last page records what it owes; then the collector holds every decision.
    await page.goto(site)
    const subject = (await consentCookie(context))!.subject!
    const expected = 1 + 2 * withdrawals
    let receipts: any[] = []
    await expect
      .poll(async () => (receipts = await receiptsOf(collector, subject)).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(expected)
    // One receipt per decision: no decision time twice, the methods in the order they were made.
    expect(receipts.length).toBe(expected)
    expect(new Set(receipts.map((r) => r.timestamp)).size).toBe(expected)
    expect(receipts.map((r) => r.method)).toEqual([
      'accept-all',
      ...Array.from({ length: withdrawals }, () => ['withdraw', 'api']).flat(),
    ])
    // Banner decisions carry the hash of their wording; API ones say none was shown.
    for (const r of receipts) {
      if (r.method === 'api') expect(r.ui, r.id).toEqual({ noText: 'none-shown' })
      else {
        expect(r.ui.textHash, `${r.method} ${r.id}`).toMatch(/^[0-9a-f]{64}$/)
        expect(r.ui.textHash, `${r.method} ${r.id}`).not.toBe(EMPTY)
      }
    }
    // Chained: each receipt names the one before it.
    receipts.slice(1).forEach((r, i) => expect(r.previous).toBe(receipts[i].id))
    // Every wording is kept by the collector and hashes to its receipts' ui.textHash.
    const hashes = new Set(receipts.flatMap((r) => (r.ui.textHash ? [r.ui.textHash] : [])))
    let texts = new Map<string, string>()
    await expect.poll(async () => (texts = await wordingsOf(collector, receipts)).size).toBe(hashes.size)
    for (const [hash, text] of texts) expect(sha256(text), hash).toBe(hash)
    // Sent when the collector lacked it, not with every receipt: 51 receipts carry a wording.
    console.log(`wording uploads: ${uploads.length} for ${hashes.size} wordings, ${1 + withdrawals} receipts with one`)
    expect(uploads.length).toBeLessThan(1 + withdrawals)
    // Exactly the wordings the collector lacked, each once.
    expect(uploads.sort()).toEqual([...hashes].filter((h) => !known.has(h)).sort())
    // Delivered, their wordings are no longer kept in the browser.
    await expect.poll(() => keptWordings(page)).toEqual([])
  })

test('first layer, settings and API decisions: one receipt each, with the wording shown or noText', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  // Three decisions, each with a page load and a collector round trip.
  test.setTimeout(90_000)
  const known = await keptTexts(collector)
  const uploads = countUploads(page)
  await page.goto(site)
  await settle(page, traffic)
  // A wording an earlier version kept for a decision whose receipt was never made (its time, in the
  // id, long past): swept once the queue is empty.
  await page.evaluate(() => localStorage.setItem('sekisho:shown:000000001orphan00', '{"text":"old","lang":"ja"}'))
  const banner = page.locator('sekisho-banner')
  const firstLayer = await shownText(page)
  await banner.getByRole('button', { name: 'すべて拒否' }).click()
  await page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' }).click()
  // The notice rows (their own chunk) are part of the wording: wait for them before reading it.
  await expect(dialog(page).locator('details').first()).toBeVisible()
  await dialog(page).getByRole('switch', { name: 'アクセス解析' }).check()
  const settings = await shownText(page)
  await dialog(page).getByRole('button', { name: '選択を保存' }).click()
  await expect(dialog(page)).toHaveCount(0)
  // Withdrawing the analytics the custom choice let run reloads the page from inside rejectAll():
  // called a task later, so the evaluation returns before the navigation can end its context.
  const reloaded = page.waitForEvent('load')
  await page.evaluate(() => void setTimeout(() => (window as any).sekisho.rejectAll()))
  await reloaded
  const subject = (await consentCookie(context))!.subject!
  let receipts: any[] = []
  await expect.poll(async () => (receipts = await receiptsOf(collector, subject)).length).toBe(3)
  expect(receipts.map((r) => [r.method, r.ui])).toEqual([
    ['reject-all', { textHash: sha256(firstLayer) }],
    ['custom', { textHash: sha256(settings) }],
    ['api', { noText: 'none-shown' }],
  ])
  // The collector keeps exactly the wordings shown, each sent once.
  await expect.poll(async () => (await wordingsOf(collector, receipts)).size).toBe(2)
  const texts = await wordingsOf(collector, receipts)
  expect([texts.get(sha256(firstLayer)), texts.get(sha256(settings))]).toEqual([firstLayer, settings])
  expect(uploads.sort()).toEqual([sha256(firstLayer), sha256(settings)].filter((h) => !known.has(h)).sort())
  const listed = await collector.get('/v1/texts')
  for (const hash of [sha256(firstLayer), sha256(settings)])
    expect(listed.body.texts.filter((t: { hash: string }) => t.hash === hash)).toHaveLength(1)
  // The console's lookup of a receipt links its wording.
  const lookup = await collector.get(`/v1/receipts/${receipts[1].id}`)
  expect(lookup.body.text).toEqual({ hash: sha256(settings), url: `/v1/texts/${sha256(settings)}`, stored: true })
  await expect.poll(() => keptWordings(page)).toEqual([])
  // The example site's proof pack, written by the installed CLI from the collector's database and
  // checked in a temporary folder by the steps of its own README: both wordings are in it.
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-proof-'))
  try {
    const html = readFileSync('examples/script-tag/index.html', 'utf8')
    const config = /<script type="application\/json" id="sekisho-config">([\s\S]*?)<\/script>/.exec(html)![1]!
    writeFileSync(join(dir, 'site.json'), config)
    const pack = join(dir, 'pack')
    const args = ['proof', '--db', collector.db, '--config', join(dir, 'site.json'), '--out', pack]
    const written = spawnSync('node_modules/.bin/sekisho', args, { encoding: 'utf8' })
    expect(written.status, written.stderr).toBe(0)
    const steps = await runProofSteps(pack)
    expect(steps.status, steps.stdout + steps.stderr).toBe(0)
    for (const text of [firstLayer, settings])
      expect(readFileSync(join(pack, 'wordings', `${sha256(text)}.txt`), 'utf8')).toBe(text)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
