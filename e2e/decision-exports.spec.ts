// Every decision path of the real banner, against the real collector that knows what the site
// declared (sent by the installed `sekisho declare`): one receipt per decision, its wording kept and
// hashing to `ui.textHash`, and the APPI confirmation record and the Kantara v1.1 receipt of each,
// field by field.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { expect, test, type TestCollector } from './fixtures.ts'
import { routeOutside, settle } from './stand-ins.ts'
import { consentCookie, receiptsOf, sha256, shownText } from './visitor.ts'

const NOT_DECLARED = '未登録 not declared'
const SERVICES = ['google-analytics', 'meta-pixel', 'a8net', 'youtube']
const banner = (page: Page) => page.locator('sekisho-banner')
const dialog = (page: Page) => page.locator('sekisho-banner dialog')

/** The example's inline config, as an operator would save it for `sekisho declare`. */
const exampleConfig = () =>
  /<script type="application\/json" id="sekisho-config">([\s\S]*?)<\/script>/.exec(
    readFileSync('examples/script-tag/index.html', 'utf8'),
  )![1]!

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(cell), (cell = '')
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '')
    else if (c !== '\r') cell += c
  }
  return rows
}

async function exported(collector: TestCollector, format: string) {
  const response = await fetch(`${collector.url}/v1/export?format=${format}`, {
    headers: { authorization: `Bearer ${collector.token}` },
  })
  expect(response.status).toBe(200)
  return response.text()
}

/** A browser context whose visitor has Global Privacy Control on (the header and the navigator flag). */
async function withGpc(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'sec-gpc': '1' } })
  await context.addInitScript(() =>
    Object.defineProperty(Object.getPrototypeOf(navigator), 'globalPrivacyControl', { get: () => true }),
  )
  return context
}

/** A visitor of its own (own cookies, own subject), its traffic routed like the fixture's. */
async function visitor(context: BrowserContext, site: string, collector: TestCollector) {
  const traffic = await routeOutside(context, [site, collector.url])
  const page = await context.newPage()
  await page.goto(site)
  await settle(page, traffic)
  return page
}

test('every decision path: one receipt each, its wording kept, APPI and Kantara exports field by field', async ({
  browser,
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  test.setTimeout(120_000)
  // What the site declares for its revision, sent as an operator sends it.
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-declare-'))
  try {
    writeFileSync(join(dir, 'site.json'), exampleConfig())
    const args = ['declare', '--config', join(dir, 'site.json'), '--collector', collector.url, '--site', site]
    // Not spawnSync: the collector answers from this process's event loop.
    const sent = await promisify(execFile)('node_modules/.bin/sekisho', args, {
      env: { ...process.env, SEKISHO_ADMIN_TOKEN: collector.adminToken },
    })
    expect(sent.stdout).toContain('is declared')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const declarations = (await collector.get(`/v1/declarations?site=${encodeURIComponent(site)}`)).body
  expect(declarations.chain.ok).toBe(true)
  const declared = declarations.declarations.find((d: any) => d.site === site && d.revision === '2026-11-01')
  expect(declared, 'the declaration of the example site').toBeTruthy()
  const declaration = declared.declaration
  // The example declares every fact an APPI record and a Kantara receipt need.
  expect(declaration.controller).toMatchObject({
    name: '株式会社サンプル商事',
    address: '東京都千代田区丸の内一丁目1番1号',
    email: 'privacy@example.jp',
    phone: '03-0000-0000',
  })
  for (const id of SERVICES) expect(declaration.services[id].recipient, id).toBeTruthy()

  // Visitor 1: accept all on the first layer; withdraw from the corner button (the page reloads);
  // a custom choice in the settings; then a decision by the site's own code.
  await page.goto(site)
  await settle(page, traffic)
  const firstLayer = await shownText(page)
  await banner(page).getByRole('button', { name: 'すべて同意' }).click()
  await page.goto(site)
  await page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' }).click()
  await expect(dialog(page).getByRole('switch', { name: '広告' })).toBeChecked()
  await expect(dialog(page).locator('details').first()).toBeVisible()
  const settingsAll = await shownText(page)
  await Promise.all([page.waitForEvent('load'), dialog(page).getByRole('button', { name: 'すべて拒否' }).click()])
  await page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' }).click()
  await expect(dialog(page).locator('details').first()).toBeVisible()
  await dialog(page).getByRole('switch', { name: 'アクセス解析' }).check()
  const settingsCustom = await shownText(page)
  await dialog(page).getByRole('button', { name: '選択を保存' }).click()
  await expect(dialog(page)).toHaveCount(0)
  await page.evaluate(() => (window as any).sekisho.acceptAll())

  // Visitor 2 refuses on the first layer; visitor 3 accepts with Global Privacy Control on (on this
  // Japanese site, recorded only); visitor 4 does the same where GPC binds (the page's config says
  // US-CA), so the sale/share purposes stay off.
  const refusing = await browser.newContext()
  const refuser = await visitor(refusing, site, collector)
  await banner(refuser).getByRole('button', { name: 'すべて拒否' }).click()
  const gpcContext = await withGpc(browser)
  const gpc = await visitor(gpcContext, site, collector)
  await banner(gpc).getByRole('button', { name: 'すべて同意' }).click()
  const californian = await withGpc(browser)
  // The page's own config, edited as the parser inserts it (before the head script reads it); not a
  // routed response, which Chromium would treat as a public page barred from the loopback collector.
  await californian.addInitScript(() => {
    const edit = new MutationObserver(() => {
      const config = document.getElementById('sekisho-config')
      if (!config?.textContent?.includes('"jurisdiction": "JP"')) return
      config.textContent = config.textContent.replace('"jurisdiction": "JP"', '"jurisdiction": "US-CA"')
      edit.disconnect()
    })
    edit.observe(document, { childList: true, subtree: true })
  })
  const inCalifornia = await visitor(californian, site, collector)
  // The banner says that GPC is honoured: a wording of its own.
  const firstLayerGpc = await shownText(inCalifornia)
  expect(firstLayerGpc).not.toBe(firstLayer)
  await banner(inCalifornia).getByRole('button', { name: 'すべて同意' }).click()

  const granted = (r: any) => r.services.filter((s: any) => s.granted).map((s: any) => s.id)
  const receiptsFor = async (c: BrowserContext, n: number) => {
    const subject = (await consentCookie(c))!.subject!
    let list: any[] = []
    await expect.poll(async () => (list = await receiptsOf(collector, subject)).length, { timeout: 30_000 }).toBe(n)
    return list
  }
  const [accepted, withdrawn, custom, api] = await receiptsFor(context, 4)
  const [refused] = await receiptsFor(refusing, 1)
  const [gpcAccepted] = await receiptsFor(gpcContext, 1)
  const [gpcWithheld] = await receiptsFor(californian, 1)
  await refusing.close()
  await gpcContext.close()
  await californian.close()
  expect(gpcWithheld).toMatchObject({
    method: 'accept-all',
    jurisdiction: 'US-CA',
    signals: { gpc: true, gpcWithheld: ['advertising', 'affiliate'] },
    ui: { textHash: sha256(firstLayerGpc) },
  })
  expect(granted(gpcWithheld)).toEqual(['google-analytics', 'youtube'])

  // One receipt per decision, each with the method, the choice and the wording it was made with.
  expect([accepted, withdrawn, custom, api, refused, gpcAccepted].map((r) => r.method)).toEqual([
    'accept-all',
    'withdraw',
    'custom',
    'api',
    'reject-all',
    'accept-all',
  ])
  expect([accepted, withdrawn, custom, api, refused, gpcAccepted].map(granted)).toEqual([
    SERVICES,
    [],
    ['google-analytics'],
    SERVICES,
    [],
    SERVICES,
  ])
  expect([accepted, withdrawn, custom, api, refused, gpcAccepted].map((r) => r.signals.gpc)).toEqual([
    false,
    false,
    false,
    false,
    false,
    true,
  ])
  expect(accepted.ui).toEqual({ textHash: sha256(firstLayer) })
  expect(withdrawn.ui).toEqual({ textHash: sha256(settingsAll) })
  expect(custom.ui).toEqual({ textHash: sha256(settingsCustom) })
  expect(api.ui).toEqual({ noText: 'none-shown' })
  expect(refused.ui).toEqual(accepted.ui)
  expect(gpcAccepted.ui).toEqual(accepted.ui)
  // Each wording is retrievable and hashes to its receipts' ui.textHash.
  for (const text of [firstLayer, settingsAll, settingsCustom, firstLayerGpc]) {
    await expect
      .poll(async () => {
        const response = await fetch(`${collector.url}/v1/texts/${sha256(text)}`, {
          headers: { authorization: `Bearer ${collector.token}` },
        })
        return response.ok ? response.text() : response.status
      })
      .toBe(text)
  }

  // APPI (Enforcement Rules Art. 28(1)): one line per service provided with consent, none for a
  // withdrawal or a refusal; each cell from the receipt or the site's declaration of its revision.
  const [header, ...lines] = csvRows((await exported(collector, 'appi')).replace(/^\uFEFF/, ''))
  expect(header).toEqual([
    '提供年月日 date of provision (Asia/Tokyo)',
    '時刻 time (Asia/Tokyo)',
    '第三者の名称 recipient name',
    '第三者の住所 recipient address',
    '代表者の氏名 representative',
    'サービス service',
    '個人関連情報の項目 items of information',
    '本人 subject',
    '本人の同意 consent',
    '外国にある第三者 foreign recipient (法第28条 Art. 28 information)',
    'サイト site',
    '同意記録 receipt id',
    'ポリシー版 policy revision',
  ])
  const tokyo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'medium' })
  const expectedLines = (r: any, services: string[]) =>
    services.map((id) => {
      const s = declaration.services[id]
      const [date, time] = tokyo.format(new Date(r.timestamp)).split(' ')
      return [
        date,
        time,
        s.recipient,
        s.recipientAddress ?? NOT_DECLARED,
        s.recipientRepresentative ?? NOT_DECLARED,
        id,
        s.data.join(' / '),
        r.subject,
        '同意取得確認済 consent confirmed',
        s.country === 'JP'
          ? '該当なし not applicable (JP)'
          : `${s.country}: 外国の制度・第三者の措置の情報提供済 country system and recipient measures provided (notice rev. 2026-11-01)`,
        site,
        r.id,
        '2026-11-01',
      ]
    })
  const linesOf = (r: any) => lines.filter((line) => line[11] === r.id)
  expect(linesOf(accepted)).toEqual(expectedLines(accepted, SERVICES))
  expect(linesOf(withdrawn)).toEqual([])
  expect(linesOf(custom)).toEqual(expectedLines(custom, ['google-analytics']))
  expect(linesOf(api)).toEqual(expectedLines(api, SERVICES))
  expect(linesOf(refused)).toEqual([])
  expect(linesOf(gpcAccepted)).toEqual(expectedLines(gpcAccepted, SERVICES))
  expect(linesOf(gpcWithheld)).toEqual(expectedLines(gpcWithheld, ['google-analytics', 'youtube']))
  // Google's identity is in the catalog: no cell of its lines is left undeclared.
  expect(linesOf(accepted).find((line) => line[5] === 'google-analytics')).not.toContain(NOT_DECLARED)

  // Kantara Consent Receipt v1.1: every mandatory field with the declared value.
  const kantara = JSON.parse(await exported(collector, 'kantara'))
  const receiptsById = new Map<string, any>(
    (Array.isArray(kantara) ? kantara : kantara.receipts).map((k: any) => [k.consentReceiptID, k]),
  )
  const purposeOf = (r: any, purpose: string) => {
    const serving = granted(r).filter((id: string) => declaration.services[id].purposes.includes(purpose))
    const names = [...new Set(serving.map((id: string) => declaration.services[id].recipient))]
    return {
      purpose,
      purposeCategory: [expect.stringMatching(/^dpv:/)],
      consentType: 'EXPLICIT',
      piiCategory: [...new Set(serving.flatMap((id: string) => declaration.services[id].data))],
      primaryPurpose: false,
      termination: expect.stringMatching(/withdrawn/),
      thirdPartyDisclosure: names.length > 0,
      ...(names.length ? { thirdPartyName: names.join(', ') } : {}),
    }
  }
  const kantaraOf = (r: any, method: string, purposes: string[], decision: string) => ({
    version: 'KI-CR-v1.1.0',
    jurisdiction: r.jurisdiction,
    consentTimestamp: Math.floor(Date.parse(r.timestamp) / 1000),
    collectionMethod: method,
    consentReceiptID: r.id,
    language: 'ja',
    piiPrincipalId: r.subject,
    piiControllers: [
      {
        piiController: '株式会社サンプル商事',
        onBehalf: false,
        contact: 'privacy@example.jp',
        address: '東京都千代田区丸の内一丁目1番1号',
        email: 'privacy@example.jp',
        phone: '03-0000-0000',
        piiControllerUrl: expect.stringMatching(/^http/),
      },
    ],
    policyUrl: expect.stringMatching(/privacy\.html$/),
    services: [{ service: site, purposes: purposes.map((p) => purposeOf(r, p)) }],
    sensitive: false,
    spiCat: [],
    'x-sekisho': expect.objectContaining({ decision, policyRevision: '2026-11-01' }),
  })
  const all = ['functional', 'analytics', 'advertising', 'affiliate']
  expect(receiptsById.get(accepted.id)).toEqual(kantaraOf(accepted, 'web consent banner: accept all', all, 'given'))
  expect(receiptsById.get(withdrawn.id)).toEqual(
    kantaraOf(withdrawn, 'web consent settings: withdrawal', [], 'withdrawn'),
  )
  expect(receiptsById.get(custom.id)).toEqual(
    kantaraOf(custom, 'web consent banner: per-purpose choices', ['analytics'], 'partial'),
  )
  expect(receiptsById.get(api.id)).toEqual(kantaraOf(api, 'site API call', all, 'given'))
  expect(receiptsById.get(refused.id)).toEqual(kantaraOf(refused, 'web consent banner: reject all', [], 'refused'))
  expect(receiptsById.get(gpcAccepted.id)).toEqual(
    kantaraOf(gpcAccepted, 'web consent banner: accept all', all, 'given'),
  )
  expect(receiptsById.get(refused.id)['x-sekisho'].refusedPurposes).toEqual(all)
  expect(receiptsById.get(gpcWithheld.id)).toEqual(
    kantaraOf(gpcWithheld, 'web consent banner: accept all', ['functional', 'analytics'], 'partial'),
  )
  expect(receiptsById.get(gpcWithheld.id)['x-sekisho'].refusedPurposes).toEqual(['advertising', 'affiliate'])
  expect([accepted, api, refused, gpcAccepted].map((r) => r.jurisdiction)).toEqual(['JP', 'JP', 'JP', 'JP'])
})
