// The script-tag example site (examples/script-tag) as a visitor meets it: the banner, each button
// checked against real traffic (trackers answered by stand-ins), cookies, dataLayer and the receipt
// stored by a real collector; keyboard only; re-open and withdraw; ja/en; the published notice.
import type { BrowserContext, Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { settle, type Traffic } from './stand-ins.ts'
import {
  consentCookie,
  cookiesSet,
  purposesSeen,
  receiptsOf,
  sha256,
  shownText,
  storedReceipt,
  type Trackers,
} from './visitor.ts'

/** The page's globals as the callbacks below (run in the page) see them; e2e code has no DOM types. */
declare const window: { dataLayer: unknown[]; scrollX: number; scrollY: number }
declare const document: { activeElement: any }

/** What each purpose of the example releases: its services' requests and the cookies they set. */
const TRACKERS: Trackers = {
  functional: { url: /youtube\.com/, cookies: [] },
  analytics: { url: /googletagmanager\.com\/gtag|google-analytics\.com/, cookies: ['_ga', '_ga_EXAMPLE123'] },
  advertising: { url: /facebook\.(net|com)/, cookies: ['_fbp'] },
  affiliate: { url: /a8\.net/, cookies: [] },
}
const OPTIONAL = Object.keys(TRACKERS)
const released = (traffic: Traffic) => purposesSeen(TRACKERS, traffic)
const trackerCookies = (context: BrowserContext) => cookiesSet(TRACKERS, context)
const cookiesOf = (purposes: string[]) => purposes.flatMap((p) => TRACKERS[p]!.cookies).sort()

/** dataLayer entries as plain JSON (gtag() pushes `arguments` objects). */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    JSON.parse(
      JSON.stringify(
        (window.dataLayer ?? []).map((e: any) => (e && typeof e === 'object' && '0' in e ? Array.from(e) : e)),
      ),
    ),
  )
const consentCommands = async (page: Page, kind: 'default' | 'update') =>
  ((await dataLayer(page)) as unknown[])
    .filter(
      (e): e is [string, string, Record<string, string>] => Array.isArray(e) && e[0] === 'consent' && e[1] === kind,
    )
    .map((e) => e[2])

const open = async (page: Page, site: string, traffic: Traffic, path = '/') => {
  await page.goto(site + path)
  await settle(page, traffic)
}
const banner = (page: Page) => page.locator('sekisho-banner')
const dialog = (page: Page) => page.locator('sekisho-banner dialog')

test('first visit: the banner asks and nothing leaves; reject all holds every tracker and is remembered', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  await open(page, site, traffic)
  await expect(banner(page).getByRole('dialog', { name: 'Cookieと外部送信について' })).toBeVisible()
  expect(traffic.local.some((u) => u.endsWith('/sekisho/sekisho-banner.js'))).toBe(true)
  // The corner re-open button waits for a decision: it would cover the banner's buttons.
  await expect(page.locator('sekisho-reopen')).toHaveCount(0)
  // Before any decision: no tracker request, no tracker cookie, Consent Mode denied by default.
  expect(released(traffic)).toEqual([])
  expect(await trackerCookies(context)).toEqual([])
  expect(await consentCommands(page, 'default')).toEqual([
    expect.objectContaining({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    }),
  ])

  const text = await shownText(page)
  for (const words of ['Cookieと外部送信について', 'すべて同意', 'すべて拒否', '設定', 'プライバシーポリシー'])
    expect(text).toContain(words)
  await banner(page).getByRole('button', { name: 'すべて拒否' }).click()
  await expect(banner(page).getByRole('dialog')).toHaveCount(0)
  await expect(page.locator('sekisho-reopen')).toHaveCount(1)

  const receipt = await storedReceipt(context, collector)
  expect(receipt).toMatchObject({
    method: 'reject-all',
    site,
    policy: { revision: '2026-11-01', language: 'ja' },
    ui: { textHash: sha256(text) },
  })
  expect(receipt.purposes.filter((p: { granted: boolean }) => p.granted).map((p: { id: string }) => p.id)).toEqual([
    'necessary',
  ])
  expect((await consentCookie(context))!.purposes).toEqual(['necessary', ...OPTIONAL.map((p) => '!' + p)])
  await settle(page, traffic)
  expect(released(traffic)).toEqual([])
  expect(await trackerCookies(context)).toEqual([])
  expect((await consentCommands(page, 'update')).at(-1)).toMatchObject({
    analytics_storage: 'denied',
    ad_storage: 'denied',
  })

  // A returning visitor: no banner, no UI code, still nothing released.
  traffic.local.length = 0
  await open(page, site, traffic)
  await expect(banner(page)).toHaveCount(0)
  expect(traffic.local.some((u) => u.includes('sekisho-banner.js'))).toBe(false)
  expect(released(traffic)).toEqual([])
  expect(traffic.escaped).toEqual([])
})

test('accept all releases every service: requests, cookies, Consent Mode granted, a receipt', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  // What was released when the page first wrote to its storage: opening the storage area costs a
  // throttled phone ~15 ms, which must not stand between the click and the first released request.
  await page.addInitScript(() => {
    const w = window as unknown as { writes: Array<[string, number]> }
    const setItem = Storage.prototype.setItem
    w.writes = []
    Storage.prototype.setItem = function (key: string, value: string) {
      w.writes.push([key, globalThis.document.querySelectorAll('[data-sekisho-released]').length])
      return setItem.call(this, key, value)
    }
  })
  await open(page, site, traffic)
  const text = await shownText(page)
  await banner(page).getByRole('button', { name: 'すべて同意' }).click()
  await expect.poll(() => released(traffic)).toEqual(OPTIONAL)
  const writes = await page.evaluate(() => (window as unknown as { writes: Array<[string, number]> }).writes)
  expect(writes[0]).toEqual([expect.stringMatching(/^sekisho:shown:/), expect.any(Number)])
  expect(writes[0]![1]).toBeGreaterThan(0)
  await expect.poll(() => trackerCookies(context)).toEqual(cookiesOf(OPTIONAL))
  // The held snippets ran in document order: gtag's own config and Meta's PageView went out.
  await expect
    .poll(() => traffic.outside.some((u) => /google-analytics\.com\/g\/collect.*tid=G-EXAMPLE123/.test(u)))
    .toBe(true)
  await expect.poll(() => traffic.outside.some((u) => /facebook\.com\/tr\/.*ev=PageView/.test(u))).toBe(true)
  await expect(page.locator('iframe.video')).toHaveAttribute('src', /youtube\.com\/embed\//)
  expect(await consentCommands(page, 'update')).toEqual([
    expect.objectContaining({
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    }),
  ])
  expect(await dataLayer(page)).toContainEqual({
    event: 'sekisho_consent',
    sekisho: expect.objectContaining({ method: 'accept-all' }),
  })

  const receipt = await storedReceipt(context, collector)
  expect(receipt).toMatchObject({ method: 'accept-all', site, ui: { textHash: sha256(text) }, previous: null })
  expect(receipt.purposes.every((p: { granted: boolean }) => p.granted)).toBe(true)
  expect(receipt.subject).toBe((await consentCookie(context))!.subject)
  expect(traffic.escaped).toEqual([])
})

test("a decision made by the site's own code (window.sekisho) closes the banner as its buttons do", async ({
  page,
  site,
  traffic,
}) => {
  await page.goto(site)
  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('button', { name: 'すべて同意' })).toBeVisible()
  // E.g. a site's own "accept" control, or a sign-in flow that carries the visitor's stored choice.
  await page.evaluate(() => (window as any).sekisho.acceptAll())
  await expect.poll(() => released(traffic)).toEqual(OPTIONAL)
  await expect(banner.getByRole('button', { name: 'すべて同意' })).toBeHidden()
  await expect(page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' })).toBeVisible()
})

test("a decision the site's code makes right after a banner click comes after it: kept, recorded in order, no reload", async ({
  page,
  site,
  traffic,
  context,
  collector,
}) => {
  let loads = 0
  page.on('load', () => loads++)
  await page.goto(site)
  const reject = page.locator('sekisho-banner').getByRole('button', { name: 'すべて拒否' })
  await expect(reject).toBeVisible()
  // The click's decision waits for the next paint (INP); the site's "accept" runs before that paint.
  await reject.evaluate((button: any) => {
    button.click()
    ;(window as any).sekisho.acceptAll()
  })
  await expect.poll(() => released(traffic)).toEqual(OPTIONAL)
  const last = await storedReceipt(context, collector)
  expect(last.method).toBe('api')
  const subject = last.subject as string
  await expect
    .poll(async () => (await receiptsOf(collector, subject)).map((r) => r.method))
    .toEqual(['reject-all', 'api'])
  expect(await page.evaluate(() => (window as any).sekisho.getConsent().purposes.analytics)).toBe(true)
  // Had the refusal come second it would be a withdrawal of what ran: the page would reload.
  expect(loads).toBe(1)
})

test('settings: the dialog is the external-transmission notice; a custom choice releases exactly that', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  await open(page, site, traffic)
  await banner(page).getByRole('button', { name: '設定', exact: true }).click()
  await expect(dialog(page)).toBeVisible()
  // Every service of the config, with recipient, information sent, purposes and country.
  const services = {
    'Google Analytics': 'Google LLC',
    'Meta ピクセル': 'Meta Platforms, Inc.',
    'A8.net': '株式会社ファンコミュニケーションズ',
    YouTube: 'Google LLC',
  }
  for (const [name, recipient] of Object.entries(services)) {
    const row = dialog(page).locator('details', { hasText: `${name} — ${recipient}` })
    await row.locator('summary').click()
    for (const label of ['送信先', '送信される情報', '当サイトの利用目的', '送信先の国']) {
      await expect(row.locator('dt', { hasText: label }).first()).toBeVisible()
    }
    await expect(row.locator('dd').first()).toHaveText(recipient)
    await expect(row.locator('dl')).toContainText(name === 'A8.net' ? '日本' : 'アメリカ')
  }
  await dialog(page).getByRole('switch', { name: 'アクセス解析' }).check()
  const text = await shownText(page)
  // The open service rows are part of what the visitor saw.
  expect(text).toContain('株式会社ファンコミュニケーションズ')
  await dialog(page).getByRole('button', { name: '選択を保存' }).click()
  await expect(dialog(page)).toHaveCount(0)
  await expect.poll(() => released(traffic)).toEqual(['analytics'])
  await expect.poll(() => trackerCookies(context)).toEqual(cookiesOf(['analytics']))
  expect((await consentCommands(page, 'update')).at(-1)).toMatchObject({
    analytics_storage: 'granted',
    ad_storage: 'denied',
  })
  const receipt = await storedReceipt(context, collector)
  expect(receipt).toMatchObject({ method: 'custom', ui: { textHash: sha256(text) } })
  expect(
    receipt.purposes
      .filter((p: { granted: boolean }) => p.granted)
      .map((p: { id: string }) => p.id)
      .sort(),
  ).toEqual(['analytics', 'necessary'])
  await settle(page, traffic)
  expect(released(traffic)).toEqual(['analytics'])
})

/** Presses Tab until the focused element (inside shadow roots too) has `name` as its text or label. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      let e = document.activeElement
      while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement
      return ((e?.closest('label') ?? e)?.innerText ?? '').trim() as string
    })
    if (focused.startsWith(name)) return
  }
  throw new Error(`Tab never reached "${name}"`)
}

test('keyboard only: Tab to Settings, switch a purpose, save; re-open, Escape returns focus', async ({
  page,
  context,
  site,
  traffic,
}) => {
  await open(page, site, traffic)
  await tabTo(page, '設定')
  await page.keyboard.press('Enter')
  await expect(dialog(page)).toBeVisible()
  await tabTo(page, '広告')
  await page.keyboard.press('Space')
  await expect(dialog(page).getByRole('switch', { name: '広告' })).toBeChecked()
  await tabTo(page, '選択を保存')
  await page.keyboard.press('Enter')
  await expect(dialog(page)).toHaveCount(0)
  await expect.poll(() => released(traffic)).toEqual(['advertising'])
  expect((await consentCookie(context))!.purposes).toContain('advertising')

  // The footer's Cookie設定 button re-opens the dialog; Escape closes it and focus goes back.
  await page.locator('footer [data-sekisho-open]').focus()
  await page.keyboard.press('Enter')
  await expect(dialog(page)).toBeVisible()
  await expect(dialog(page).getByRole('switch', { name: '広告' })).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(dialog(page)).toHaveCount(0)
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-sekisho-open'))).toBe(true)
})

test('re-open from the corner button and withdraw: trackers stop and their cookies are deleted', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  await open(page, site, traffic)
  await banner(page).getByRole('button', { name: 'すべて同意' }).click()
  await expect.poll(() => trackerCookies(context)).toEqual(cookiesOf(OPTIONAL))
  const first = await storedReceipt(context, collector)

  await open(page, site, traffic)
  await page.locator('sekisho-reopen').getByRole('button', { name: 'Cookie設定' }).click()
  await expect(dialog(page)).toBeVisible()
  for (const label of ['アクセス解析', '広告', 'アフィリエイト', '機能'])
    await expect(dialog(page).getByRole('switch', { name: label })).toBeChecked()
  // Scripts that already ran cannot be stopped: withdrawing reloads the page, without them.
  await Promise.all([page.waitForEvent('load'), dialog(page).getByRole('button', { name: 'すべて拒否' }).click()])
  await settle(page, traffic)
  expect(await trackerCookies(context)).toEqual([])
  traffic.outside.length = 0
  await open(page, site, traffic)
  expect(released(traffic)).toEqual([])
  expect(await trackerCookies(context)).toEqual([])

  // The withdrawal has its own receipt, chained to the consent it replaced.
  await expect.poll(async () => (await consentCookie(context))?.receipt, { timeout: 15_000 }).not.toBe(first.id)
  const withdrawal = await storedReceipt(context, collector)
  expect(withdrawal).toMatchObject({ method: 'withdraw', previous: first.id, subject: first.subject })
})

test('ja/en: the banner switches language, and the receipt records the English wording', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  await open(page, site, traffic)
  await banner(page).getByRole('combobox', { name: '言語' }).selectOption('en')
  await expect(banner(page).getByRole('dialog', { name: 'Cookies and data sent to third parties' })).toBeVisible()
  await banner(page).getByRole('button', { name: 'Settings' }).click()
  await expect(dialog(page).getByRole('heading', { name: 'Privacy settings' })).toBeVisible()
  const row = dialog(page).locator('details', { hasText: 'A8.net — FAN Communications, Inc.' })
  await row.locator('summary').click()
  await expect(row.locator('dl')).toContainText('Japan')
  await dialog(page).getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(dialog(page).getByRole('heading', { name: 'プライバシー設定' })).toBeVisible()
  await dialog(page).getByRole('combobox', { name: '言語' }).selectOption('en')
  const text = await shownText(page)
  expect(text).toContain('Accept all')
  await dialog(page).getByRole('button', { name: 'Accept all' }).click()
  const receipt = await storedReceipt(context, collector)
  expect(receipt).toMatchObject({ method: 'accept-all', policy: { language: 'en' }, ui: { textHash: sha256(text) } })
})

test('the privacy page renders the notice; its Cookie設定 button opens the dialog', async ({ page, site, traffic }) => {
  await open(page, site, traffic, '/privacy.html')
  const notice = page.locator('[data-sekisho-notice]')
  for (const text of [
    'Google Analytics',
    'Meta ピクセル',
    'A8.net',
    'YouTube',
    'Google LLC',
    '株式会社ファンコミュニケーションズ',
    '送信先の国',
    'アメリカ',
  ]) {
    await expect(notice).toContainText(text)
  }
  await banner(page).getByRole('button', { name: 'すべて拒否' }).click()
  await page.locator('main [data-sekisho-open]').click()
  await expect(dialog(page)).toBeVisible()
  expect(traffic.escaped).toEqual([])
})

test('a first visit downloads the head and the chunks it needs, a returning visit the head only', async ({
  page,
  site,
  traffic,
}) => {
  // Which files each visit fetches is what this checks; their byte budgets are scripts/size.mjs's,
  // measured on the built files (deterministic, unlike sizes read off a page under load).
  const fetched = new Set<string>()
  page.on('response', (r) => {
    if (/\/sekisho\/sekisho[\w-]*\.js$/.test(r.url())) fetched.add(new URL(r.url()).pathname.split('/').pop()!)
  })
  // A first visit with a decision made in the banner's first layer: the decision fetches the
  // receipts chunk; neither the dialog (Preact) nor the notice (catalog prose) is ever fetched.
  await open(page, site, traffic)
  await banner(page).getByRole('button', { name: 'すべて拒否' }).click()
  await expect.poll(() => [...fetched].sort()).toEqual(['sekisho-banner.js', 'sekisho-receipts.js', 'sekisho.js'])
  // Heading for the settings fetches both, before the click that opens the dialog.
  await page.locator('sekisho-reopen').getByRole('button').click()
  await expect(dialog(page)).toBeVisible()
  await expect
    .poll(() => [...fetched].sort())
    .toEqual(['sekisho-banner.js', 'sekisho-dialog.js', 'sekisho-notice.js', 'sekisho-receipts.js', 'sekisho.js'])
  const first = (await consentCookie(page.context()))?.receipt
  await dialog(page).getByRole('button', { name: 'すべて拒否' }).click()

  // Once this decision's receipt is delivered, a returning visitor downloads the head script only
  // (one still queued, on a slow collector, rightly brings the receipts chunk back to retry it).
  // This decision's: the first one's cookie says "recorded" until the second is stored, after the
  // click's paint (a loaded machine let the test go on between the two).
  await expect
    .poll(async () => {
      const cookie = await consentCookie(page.context())
      return cookie?.receipt != first && cookie?.recorded
    })
    .toBe(true)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sekisho:unsent'))).toBe(null)
  fetched.clear()
  await open(page, site, traffic)
  expect([...fetched]).toEqual(['sekisho.js'])
})

/** Where an element is on the page (not the viewport: a click may scroll). */
const pageBox = (locator: Locator) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect()
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height }
  })

test('the YouTube placeholder: sized like the embed, names YouTube, consents to YouTube alone in one receipt', async ({
  page,
  context,
  site,
  traffic,
  collector,
}) => {
  await open(page, site, traffic)
  const placeholder = page.getByRole('button', { name: /YouTube/ })
  await expect(placeholder).toHaveClass('sekisho-placeholder')
  const text = (await placeholder.innerText()).trim()
  // A phone-width column: never wider than the screen, the embed's 16:9 kept.
  await page.setViewportSize({ width: 360, height: 740 })
  const narrow = (await placeholder.boundingBox())!
  expect(narrow.width).toBeLessThan(360)
  expect(narrow.width / narrow.height).toBeCloseTo(560 / 315, 1)
  await page.setViewportSize({ width: 1280, height: 720 })
  const held = await pageBox(placeholder)
  expect([held.width, held.height]).toEqual([560, 315])

  await placeholder.click()
  const video = page.locator('iframe.video')
  await expect(video).toHaveAttribute('src', /youtube\.com\/embed\//)
  await expect(placeholder).toHaveCount(0)
  // The video takes the placeholder's place at the placeholder's size: nothing below it moves.
  const shown = await pageBox(video)
  for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(shown[side] - held[side])).toBeLessThan(1)

  // YouTube alone: its purpose (functional) stays off, nothing else is released.
  const receipt = await storedReceipt(context, collector)
  expect(receipt).toMatchObject({ method: 'custom', ui: { textHash: sha256(text) } })
  expect(receipt.services).toContainEqual({ id: 'youtube', granted: true })
  expect(receipt.purposes).toContainEqual({ id: 'functional', granted: false })
  expect(receipt.services.filter((s: { granted: boolean }) => s.granted)).toEqual([{ id: 'youtube', granted: true }])
  await settle(page, traffic)
  expect(released(traffic)).toEqual(['functional'])
  expect(traffic.outside.filter((u) => !/youtube\.com/.test(u))).toEqual([])
  expect((await consentCookie(context))!.purposes).toContain('!functional')
  // One decision, one receipt.
  await settle(page, traffic)
  expect(await receiptsOf(collector, receipt.subject)).toHaveLength(1)
})
