// The tracker zoo: real tag snippets behind the gate, every outside request answered by a local
// stand-in that behaves like the vendor's tag. Drives only window.sekisho.*, the network and cookies.
import type { BrowserContext, Frame, Page } from '@playwright/test'
import { expect, test } from './zoo/fixtures.ts'
import { settle } from './stand-ins.ts'
import type { Zoo } from './zoo/fixtures.ts'

/** The zoo page's global object, as the callbacks below (run in the page) see it; e2e code is
 * type checked without the DOM library. */
interface KeyList {
  length: number
  key(index: number): string | null
}
declare const window: {
  zooRan: string[]
  undeclared?: string
  sekisho: {
    acceptAll(): unknown
    rejectAll(): unknown
    withdraw(): unknown
    setConsent(purposes: Record<string, boolean>): unknown
    getConsent(): { purposes: Record<string, boolean> } | undefined
  }
  cspViolations: string[]
  localStorage: KeyList
  sessionStorage: KeyList
  navigator: object
  document: { addEventListener(type: string, listener: (e: { detail: { url: string } }) => void): void }
}

/** What each zoo service sends and writes once it runs. */
const SERVICES = [
  {
    id: 'google-analytics',
    purpose: 'analytics',
    url: /gtag\/js\?id=G-|google-analytics\.com/,
    cookies: ['_ga', '_ga_ZOO0000001'],
  },
  { id: 'google-tag-manager', purpose: 'analytics', url: /googletagmanager\.com\/gtm\.js/, cookies: [] },
  {
    id: 'google-ads',
    purpose: 'advertising',
    url: /gtag\/js\?id=AW-|googleadservices\.com|doubleclick\.net/,
    cookies: ['_gcl_au'],
  },
  { id: 'meta-pixel', purpose: 'advertising', url: /facebook\.(net|com)/, cookies: ['_fbp'] },
  { id: 'yahoo-ads', purpose: 'advertising', url: /s\.yimg\.jp|yahoo\.co\.jp/, cookies: ['_yjsu_yjad'] },
  { id: 'line-tag', purpose: 'advertising', url: /line-s?cdn\.net|tr\.line\.me/, cookies: ['__lt__cid'] },
  { id: 'tiktok-pixel', purpose: 'advertising', url: /tiktok\.com/, cookies: ['_ttp'] },
  { id: 'criteo', purpose: 'advertising', url: /criteo\.(net|com)/, cookies: ['cto_bundle'] },
  { id: 'house-ads', purpose: 'advertising', url: undefined, cookies: ['_house_ad'] },
  { id: 'a8net', purpose: 'affiliate', url: /a8\.net/, cookies: ['_a8_s'] },
  { id: 'valuecommerce', purpose: 'affiliate', url: /valuecommerce\.com/, cookies: [] },
  { id: 'youtube', purpose: 'functional', url: /youtube/, cookies: [] },
]
const TRACKER_COOKIES = SERVICES.flatMap((s) => s.cookies)
/** Held beacons are dropped, not replayed: the ValueCommerce pixel and the in-house ad cookie
 * are fired once while the page loads, so after a decision they come only on the next visit. */
const ONCE_AT_LOAD = ['valuecommerce', 'house-ads']
const inPage = (ids: string[]) => ids.filter((id) => !ONCE_AT_LOAD.includes(id))
const IN_PAGE_COOKIES = SERVICES.filter((s) => !ONCE_AT_LOAD.includes(s.id)).flatMap((s) => s.cookies)
const TRACKER_STORAGE = ['tt_sessionId', 'cto_bundle', 'house_ad_seen']

const servicesRequested = (urls: string[]) =>
  SERVICES.filter((s) => s.url && urls.some((u) => s.url!.test(u))).map((s) => s.id)
const trackerRequests = (urls: string[]) => urls.filter((u) => SERVICES.some((s) => s.url?.test(u)))
const cookieNames = async (context: BrowserContext) =>
  (await context.cookies())
    .map((c) => c.name)
    .filter((n) => n !== 'sekisho')
    .sort()
const storageKeys = (page: Page) =>
  page.evaluate(() => {
    const keys = (list: KeyList) => Array.from({ length: list.length }, (_, i) => list.key(i)!)
    // Sekisho's own key (which config this browser checked) is strictly necessary, not a tracker's.
    return [...keys(window.localStorage), ...keys(window.sessionStorage)]
      .filter((k) => !k.startsWith('sekisho:'))
      .sort()
  })
const open = async (page: Page, zoo: Zoo) => {
  await page.goto(zoo.url + '/')
  await settle(page, zoo)
}

/** Nothing of any tracker: no request, no cookie, no storage key. */
async function expectNothing(page: Page, zoo: Zoo, since = 0) {
  expect(trackerRequests(zoo.outside.slice(since))).toEqual([])
  expect(await cookieNames(page.context())).toEqual([])
  expect(await storageKeys(page)).toEqual([])
  expect(zoo.escaped).toEqual([])
}

test.describe.configure({ mode: 'parallel' })

test('before any decision: no tracker request, cookie or storage key; the forgotten host is reported', async ({
  page,
  zoo,
}) => {
  const warnings: string[] = []
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
  await page.addInitScript(() => {
    window.document.addEventListener('sekisho:undeclared', (e) => (window.undeclared = e.detail.url))
  })
  await open(page, zoo)
  await expectNothing(page, zoo)
  // First-party code still ran; only its tracking was held.
  const ran = await page.evaluate(() => window.zooRan)
  expect(ran).toEqual(
    expect.arrayContaining(['widget.js', 'ad-cookie.js', 'beacon.js', 'late.js', 'undeclared chat widget']),
  )
  expect(ran.some((name) => /\.js\?id=|fbevents|lt\.js|tiktok|criteo|ytag|a8sales/.test(name))).toBe(false)
  expect(await page.locator('#widget p').textContent()).toBe('おすすめ商品')
  expect(await page.evaluate(() => window.undeclared)).toBe('https://widget.chat-example.jp/loader.js')
  expect(warnings.some((w) => w.includes('widget.chat-example.jp'))).toBe(true)
  expect(zoo.local.some((u) => u.endsWith('/sekisho/sekisho-banner.js'))).toBe(true)
})

test('reject all: nothing loads or is written, now and on the next visit', async ({ page, zoo }) => {
  await open(page, zoo)
  await page.evaluate(() => window.sekisho.rejectAll())
  await settle(page, zoo)
  await expectNothing(page, zoo)
  zoo.local.length = 0
  await page.reload()
  await settle(page, zoo)
  await expectNothing(page, zoo)
  expect(zoo.local.some((u) => u.includes('sekisho-banner.js'))).toBe(false)
})

test('analytics only: only the analytics services run, now and on the next visit', async ({ page, zoo }) => {
  await open(page, zoo)
  await page.evaluate(() => window.sekisho.setConsent({ analytics: true }))
  await expect.poll(() => servicesRequested(zoo.outside)).toEqual(['google-analytics', 'google-tag-manager'])
  await expect.poll(() => cookieNames(page.context())).toEqual(['_ga', '_ga_GTMTAG01', '_ga_ZOO0000001'])
  await settle(page, zoo)
  // gtag.js saw the Ads config too, as the real one would: its hits and _gcl_au stayed home.
  expect(servicesRequested(zoo.outside)).toEqual(['google-analytics', 'google-tag-manager'])
  expect(await cookieNames(page.context())).toEqual(['_ga', '_ga_GTMTAG01', '_ga_ZOO0000001'])
  expect(await storageKeys(page)).toEqual([])
  // The scroll beacon the site sends itself is a GA hit: it goes once analytics is granted.
  zoo.outside.length = 0
  await page.reload()
  await settle(page, zoo)
  expect(servicesRequested(zoo.outside)).toEqual(['google-analytics', 'google-tag-manager'])
  expect(zoo.outside.some((u) => u.includes('en=scroll'))).toBe(true)
  expect(zoo.escaped).toEqual([])
})

test('accept all: every service runs, marked-up scripts in document order, and again on the next visit', async ({
  page,
  zoo,
}) => {
  await open(page, zoo)
  await page.evaluate(() => window.sekisho.acceptAll())
  const every = SERVICES.filter((s) => s.url).map((s) => s.id)
  await expect.poll(() => servicesRequested(zoo.outside), { timeout: 10_000 }).toEqual(inPage(every))
  await expect.poll(() => cookieNames(page.context())).toEqual(expect.arrayContaining(IN_PAGE_COOKIES))
  await settle(page, zoo)
  expect(servicesRequested(zoo.outside)).toEqual(inPage(every))
  expect(await storageKeys(page)).toEqual(['cto_bundle', 'tt_sessionId'])
  const ran = await page.evaluate(() => window.zooRan)
  // The ordered Yahoo library ran before the inline call that follows it.
  expect(ran).toContain('ytag inline after ytag.js')
  expect(ran.indexOf('ytag.js')).toBeLessThan(ran.indexOf('ytag inline after ytag.js'))
  expect(ran).toContain('ga4 inline')
  expect(ran).toContain('a8sales.js') // written in with document.write while the page loaded
  await expect(page.frameLocator('iframe[title="Zoo video"]').locator('p')).toHaveText('video')
  expect(zoo.escaped).toEqual([])

  // The returning visit: the last script of the page is held until the gate has released tags
  // (an outside request went out), so the parser is still busy when the deferred tag is ready; it
  // must still wait for the end of parsing.
  zoo.outside.length = 0
  let released!: () => void
  const releasing = new Promise<void>((resolve) => (released = resolve))
  const onRequest = (request: { url(): string }) => {
    if (!request.url().startsWith(zoo.url)) released()
  }
  page.on('request', onRequest)
  await page.route(`${zoo.url}/js/last.js`, async (route) => {
    await releasing
    await route.fallback()
  })
  await page.reload()
  page.off('request', onRequest)
  await expect.poll(() => servicesRequested(zoo.outside), { timeout: 10_000 }).toEqual(every)
  const again = await page.evaluate(() => window.zooRan)
  expect(again).toEqual(expect.arrayContaining(['parsed', 'gtag.js?id=G-DEFER00001']))
  expect(again.indexOf('gtag.js?id=G-DEFER00001')).toBeGreaterThan(again.indexOf('parsed'))
  await expect.poll(() => cookieNames(page.context())).toEqual(expect.arrayContaining(TRACKER_COOKIES))
  await expect.poll(() => storageKeys(page)).toEqual([...TRACKER_STORAGE].sort())
})

test('withdrawal: the page reloads, no further tracker request, cookies and storage keys gone', async ({
  page,
  zoo,
}) => {
  await open(page, zoo)
  await page.evaluate(() => window.sekisho.acceptAll())
  await page.reload()
  await expect.poll(() => cookieNames(page.context())).toEqual(expect.arrayContaining(TRACKER_COOKIES))
  await expect.poll(() => storageKeys(page)).toEqual([...TRACKER_STORAGE].sort())
  await settle(page, zoo)
  const since = zoo.outside.length
  const reloaded = page.waitForEvent('load')
  await page.evaluate(() => window.sekisho.withdraw())
  await reloaded
  await settle(page, zoo)
  await expectNothing(page, zoo, since)
  expect(await page.evaluate(() => window.sekisho.getConsent()?.purposes)).toEqual({
    necessary: true,
    analytics: false,
    advertising: false,
    affiliate: false,
    functional: false,
  })
})

test('a websocket tracker (Hotjar-shaped, from first-party code) opens nothing before consent, and opens once granted', async ({
  page,
  zoo,
}) => {
  const opened: string[] = []
  const sent: string[] = []
  await page.routeWebSocket(/^wss:\/\/ws\.hotjar\.com\//, (socket) => {
    opened.push(socket.url())
    socket.onMessage((message) => sent.push(String(message)))
  })
  await zoo.editPage(page, (html) =>
    html
      .replace('"services": [', '"services": [ "hotjar",')
      .replace('<script src="/sekisho/sekisho.js"></script>', '$& <script src="/js/live-socket.js"></script>'),
  )
  await open(page, zoo)
  expect(opened).toEqual([])
  // The page's code got a socket that closed as a refused one does, and went on.
  expect(await page.evaluate(() => window.zooRan)).toEqual(
    expect.arrayContaining(['live-socket.js', 'socket closed 1006']),
  )
  await page.evaluate(() => window.sekisho.setConsent({ analytics: true }))
  await page.reload()
  await expect.poll(() => opened).toEqual(['wss://ws.hotjar.com/api/v2/client/ws'])
  await expect.poll(() => sent.length).toBe(1)
  expect(JSON.parse(sent[0]!)).toEqual({ type: 'page', url: zoo.url + '/' })
  expect(await page.evaluate(() => window.zooRan)).toContain('socket open')
})

test('the YouTube placeholder asks for consent in place and plays the video', async ({ page, zoo }) => {
  await open(page, zoo)
  const button = page.getByRole('button', { name: '同意して動画を再生' })
  await expect(button).toBeVisible()
  expect(servicesRequested(zoo.outside)).toEqual([])
  await button.click()
  await expect(page.frameLocator('iframe[title="Zoo video"]').locator('p')).toHaveText('video')
  await expect(button).toHaveCount(0)
  // YouTube alone: the functional purpose (any other service of it) stays off.
  expect(await page.evaluate(() => window.sekisho.getConsent())).toMatchObject({
    services: { youtube: true },
    purposes: { functional: false },
  })
  await settle(page, zoo)
  expect(servicesRequested(zoo.outside)).toEqual(['youtube'])
})

test('GPC on (California rules): accepting all still keeps advertising and affiliate (sale/share) off', async ({
  page,
  zoo,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Object.getPrototypeOf(window.navigator), 'globalPrivacyControl', { get: () => true }),
  )
  await zoo.editConfig(page, (config) => ({ ...config, jurisdiction: 'US-CA' }))
  await open(page, zoo)
  await page.evaluate(() => window.sekisho.acceptAll())
  await expect
    .poll(() => servicesRequested(zoo.outside))
    .toEqual(expect.arrayContaining(['google-analytics', 'google-tag-manager', 'youtube']))
  await settle(page, zoo)
  // Affiliate networks follow visitors across sites with their own ids: "sharing" under CCPA/CPRA.
  const saleOrShare = SERVICES.filter((s) => s.purpose === 'advertising' || s.purpose === 'affiliate').map((s) => s.id)
  expect(servicesRequested(zoo.outside).filter((id) => saleOrShare.includes(id))).toEqual([])
  expect((await cookieNames(page.context())).filter((n) => !n.startsWith('_ga'))).toEqual([])
  expect(await page.evaluate(() => window.sekisho.getConsent()?.purposes)).toEqual(
    expect.objectContaining({ analytics: true, functional: true, advertising: false, affiliate: false }),
  )
})

test('a new policy revision asks again and holds everything until then', async ({ page, zoo }) => {
  await open(page, zoo)
  await page.evaluate(() => window.sekisho.acceptAll())
  await expect.poll(() => servicesRequested(zoo.outside).length).toBeGreaterThan(5)
  await settle(page, zoo)
  await zoo.editConfig(page, (config) => ({ ...config, revision: 'zoo-2' }))
  // Counted from the new document's commit: a tag the accepted page injected late (Criteo's loader
  // after \`load\`, then its image) may still send while the reload is pending.
  let since = Number.POSITIVE_INFINITY
  const committed = (frame: Frame) => {
    if (frame !== page.mainFrame()) return
    since = zoo.outside.length
    page.off('framenavigated', committed)
  }
  page.on('framenavigated', committed)
  zoo.local.length = 0
  await page.reload()
  await settle(page, zoo)
  expect(await page.evaluate(() => window.sekisho.getConsent())).toBeUndefined()
  expect(trackerRequests(zoo.outside.slice(since))).toEqual([])
  expect(zoo.local.some((u) => u.endsWith('/sekisho/sekisho-banner.js'))).toBe(true)
})

test('an expired decision asks again and holds everything until then', async ({ page, zoo }) => {
  const decided = new Date('2026-01-05T10:00:00Z')
  await page.clock.setFixedTime(decided)
  await open(page, zoo)
  await page.evaluate(() => window.sekisho.rejectAll())
  await page.clock.setFixedTime(new Date(decided.getTime() + 179 * 86400_000))
  await page.reload()
  await settle(page, zoo)
  expect(await page.evaluate(() => window.sekisho.getConsent()?.purposes.analytics)).toBe(false)
  await page.clock.setFixedTime(new Date(decided.getTime() + 181 * 86400_000))
  zoo.local.length = 0
  await page.reload()
  await settle(page, zoo)
  expect(await page.evaluate(() => window.sekisho.getConsent())).toBeUndefined()
  expect(zoo.local.some((u) => u.endsWith('/sekisho/sekisho-banner.js'))).toBe(true)
  await expectNothing(page, zoo)
})

test('a corrupt consent cookie means no consent, not a crash', async ({ page, zoo, context }) => {
  await context.addCookies([{ name: 'sekisho', value: '%E0%A4%A~~garbage', url: zoo.url }])
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await open(page, zoo)
  expect(await page.evaluate(() => window.sekisho.getConsent())).toBeUndefined()
  await expectNothing(page, zoo)
  await page.evaluate(() => window.sekisho.setConsent({ analytics: true }))
  await expect.poll(() => servicesRequested(zoo.outside)).toEqual(['google-analytics', 'google-tag-manager'])
  expect(errors).toEqual([])
})

test('an invalid config holds every third-party host and says why', async ({ page, zoo }) => {
  const messages: string[] = []
  page.on('console', (m) => m.type() === 'error' && messages.push(m.text()))
  await zoo.editConfig(page, () => '{ "revision": "zoo-1", "purposes": [ }')
  await open(page, zoo)
  expect(zoo.outside).toEqual([])
  // Without a config no cookie name is known: only the first-party script's own cookie is written.
  expect(await cookieNames(page.context())).toEqual(['_house_ad'])
  expect(messages.some((m) => m.includes('[sekisho] the config is not usable'))).toBe(true)
  const ran = await page.evaluate(() => window.zooRan)
  expect(ran).toEqual(expect.arrayContaining(['widget.js', 'ad-cookie.js', 'beacon.js']))
})

const POLICIES = {
  'nonce + strict-dynamic': "script-src 'nonce-zoo-nonce' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
  // Without strict-dynamic an inline script runs only with the nonce the gate carries over.
  'nonce + host allowlist':
    "script-src 'nonce-zoo-nonce' https://www.googletagmanager.com https://connect.facebook.net; object-src 'none'",
}
for (const [name, policy] of Object.entries(POLICIES))
  test(`under a strict CSP (${name}) released scripts run, with no violation and no eval`, async ({ page, zoo }) => {
    await page.route(`${zoo.url}/csp.html`, async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } })
    })
    await page.goto(`${zoo.url}/csp.html`)
    await settle(page, zoo)
    expect(servicesRequested(zoo.outside)).toEqual([])
    await page.evaluate(() => window.sekisho.acceptAll())
    await expect.poll(() => servicesRequested(zoo.outside)).toEqual(['google-analytics', 'meta-pixel'])
    await expect.poll(() => cookieNames(page.context())).toEqual(['_fbp', '_ga', '_ga_ZOO0000001'])
    expect(await page.evaluate(() => window.zooRan)).toContain('ga4 inline')
    expect(await page.evaluate(() => window.cspViolations)).toEqual([])
    expect(zoo.escaped).toEqual([])
  })
