// The Next.js example (examples/next-app): built with `next build` (its build.mjs) and served by its
// server.mjs (Next behind @sekisho/server's middleware) on 127.0.0.1. `npm run build` must have built
// the packages.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, startCollector, test as base, type TestCollector } from './fixtures.ts'
import { routeOutside, settle, type Traffic } from './stand-ins.ts'
import { cookiesSet, purposesSeen, storedReceipt, type Trackers } from './visitor.ts'

/** e2e code is type checked without the DOM library. */
declare const document: any
declare const window: any

/** examples/next-app/server.mjs from the built app on `port`, its receipts sent to `collector`. */
async function serveApp(port: number, collector: TestCollector, env: Record<string, string> = {}) {
  const server = spawn(process.execPath, ['examples/next-app/server.mjs'], {
    env: { ...process.env, ...env, PORT: String(port), SEKISHO_RECEIPTS: `${collector.url}/v1/receipts` },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk) => /http:\S+/.test(String(chunk)) && resolve(String(chunk).trim()))
    server.on('exit', (code) => reject(new Error(`examples/next-app/server.mjs exited (${code})`)))
  })
  return { url, close: () => server.kill() }
}

/** A collector for an app about to start on a free port (the collector allows that origin). */
async function collectorForApp() {
  const port = await freePort()
  return Object.assign(await startCollector({ url: `http://127.0.0.1:${port}`, receipts: {} }), { port })
}

type AppCollector = TestCollector & { port: number; close(): Promise<void> }
/** The app in CSP mode, its collector, and whether its policy takes scripts by nonce. */
type CspApp = { url: string; collector: AppCollector; nonce: boolean }

/** The same build in CSP mode (proxy.ts, SEKISHO_CSP=`mode`), with a collector of its own. */
const cspServer =
  (mode: '1' | 'nonce') =>
  async ({ built }: { built: undefined }, use: (app: CspApp) => Promise<void>) => {
    void built
    const collector = await collectorForApp()
    const app = await serveApp(collector.port, collector, { SEKISHO_CSP: mode })
    await use({ url: app.url, collector, nonce: mode == 'nonce' })
    app.close()
    await collector.close()
  }

const test = base.extend<
  { traffic: Traffic },
  { built: undefined; app: { url: string }; appCollector: AppCollector; cspApp: CspApp; nonceApp: CspApp }
>({
  built: [
    async ({}, use) => {
      const { buildSite } = await import('../examples/next-app/build.mjs')
      await buildSite({ quiet: true })
      await use(undefined)
    },
    // `next build` on a busy 2-core machine.
    { scope: 'worker', timeout: 240_000 },
  ],
  // The collector first: the Next server is started with its URL (SEKISHO_RECEIPTS), on a port
  // chosen here so that the collector can allow that origin.
  appCollector: [
    async ({}, use) => {
      const collector = await collectorForApp()
      await use(collector)
      await collector.close()
    },
    { scope: 'worker' },
  ],
  app: [
    async ({ built, appCollector }, use) => {
      void built
      const app = await serveApp(appCollector.port, appCollector)
      await use(app)
      app.close()
    },
    { scope: 'worker' },
  ],
  cspApp: [cspServer('1'), { scope: 'worker' }],
  nonceApp: [cspServer('nonce'), { scope: 'worker' }],
  traffic: async ({ context, app, appCollector }, use) => use(await routeOutside(context, [app.url, appCollector.url])),
})

// One worker builds .next/ and runs the tests in order (two workers would build it at once);
// the first test is a first visit and a return, on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 60_000 })

const TRACKERS: Trackers = {
  functional: { url: /youtube-nocookie\.com/, cookies: [] },
  analytics: { url: /googletagmanager\.com\/gtag|google-analytics\.com/, cookies: ['_ga', '_ga_STORE0001'] },
  advertising: { url: /connect\.facebook\.net|facebook\.com\/tr/, cookies: ['_fbp'] },
}
const trackerCookies = (context: BrowserContext) => cookiesSet(TRACKERS, context)

/** Records, from the page's first byte, what the page ever had: the banner, a <Gate> placeholder,
 * and what had run when the head published `window.sekisho` (the gate in place). */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const seen: Record<string, unknown> = {}
    window.__seen = seen
    new MutationObserver(() => {
      if (document.querySelector('sekisho-banner')) seen.banner = true
      if (document.querySelector('[data-sekisho-gate]')) seen.placeholder = true
    }).observe(document, { childList: true, subtree: true })
    let api: unknown
    Object.defineProperty(window, 'sekisho', {
      configurable: true,
      get: () => api,
      set(value) {
        // Next's chunks all push to globalThis.TURBOPACK, so its absence means none has run yet.
        seen.gate ??= { body: !!document.body, next: 'TURBOPACK' in globalThis, sets: 0 }
        ;(seen.gate as { sets: number }).sets++
        api = value
      },
    })
  })
  return () => page.evaluate(() => window.__seen as Record<string, any>)
}

test('first visit: the head gate runs first; nothing is sent before consent; accept renders the embed and GA (next/script in <Gate>)', async ({
  page,
  context,
  app,
  traffic,
  appCollector,
}) => {
  const seen = await watch(page)
  const response = await page.goto(app.url + '/')
  const html = await response!.text()
  // Before the consent head only Next's own chunks load; every tag of the page comes after it.
  const head = html.slice(0, html.indexOf('<script src="/sekisho/sekisho.js"></script>'))
  expect(head).toContain('<script type="application/json" id="sekisho-config">')
  for (const tag of head.match(/<(script|link|img|iframe)\b[^>]*>/g)!) {
    if (/\b(src|href)="(?!\/_next\/)/.test(tag)) expect(tag).toMatch(/data-sekisho=/)
  }
  // <Gate>s render nothing of GA nor the embed on the server before a decision (Next's page data,
  // JSON for hydration, still names them).
  expect(tags(html, 'data-sekisho-gate="youtube"')).toHaveLength(1)
  expect(tags(html, 'googletagmanager|youtube-nocookie')).toEqual([])

  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('dialog', { name: 'Cookieと外部送信について' })).toBeVisible()
  await settle(page, traffic)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])
  expect(await trackerCookies(context)).toEqual([])
  // The head set window.sekisho while the parser was still in <head>, before any Next chunk ran,
  // and the provider used that instance instead of wiring a second one.
  expect((await seen()).gate).toEqual({ body: false, next: false, sets: 1 })

  await banner.getByRole('button', { name: 'すべて同意' }).click()
  await expect(page.getByTitle('使い方動画')).toBeVisible()
  await expect.poll(() => purposesSeen(TRACKERS, traffic)).toEqual(['functional', 'analytics'])
  await expect.poll(() => trackerCookies(context)).toEqual(['_ga', '_ga_STORE0001'])
  // The endpoint server.mjs was started with (SEKISHO_RECEIPTS), read by the root layout.
  expect(await storedReceipt(context, appCollector)).toMatchObject({ method: 'accept-all', site: app.url })

  // Returning: the server read the cookie, so the first HTML has the embed (held by the middleware,
  // released by the gate) and never a placeholder or a banner, in the HTML or the DOM.
  const again = await (await context.request.get(app.url + '/')).text()
  expect(tags(again, 'data-sekisho-gate')).toEqual([])
  expect(tags(again, 'youtube-nocookie')).toEqual([
    expect.stringMatching(/^<iframe title="使い方動画".*data-sekisho="youtube"/),
  ])
  const seenAgain = await watch(page)
  // The first visit fetched the banner's code (the returning one must not).
  expect(traffic.local.some((url) => url.includes('/sekisho/sekisho-banner'))).toBe(true)
  traffic.outside.length = traffic.local.length = 0
  await page.reload()
  // Released by the gate while the page is parsed, and loaded.
  await expect
    .poll(() => page.frames().map((f) => f.url()))
    .toContain('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ')
  await settle(page, traffic)
  expect(await seenAgain()).toEqual({ gate: { body: false, next: false, sets: 1 } })
  // Nor is the banner's code fetched.
  expect(traffic.local.filter((url) => url.includes('/sekisho/sekisho-banner'))).toEqual([])
  expect(purposesSeen(TRACKERS, traffic)).toEqual(['functional', 'analytics'])
  expect(traffic.escaped).toEqual([])
})

test('reject: nothing is sent, now or on the next page; the placeholder stays', async ({
  page,
  context,
  app,
  traffic,
}) => {
  await page.goto(app.url + '/')
  await page.locator('sekisho-banner').getByRole('button', { name: 'すべて拒否' }).click()
  await settle(page, traffic)
  await page.reload()
  await settle(page, traffic)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])
  expect(await trackerCookies(context)).toEqual([])
  await expect(page.locator('[data-sekisho-gate="youtube"]')).toBeVisible()
  expect(traffic.escaped).toEqual([])
})

test('unmarked GA4 and Meta Pixel snippets pasted into a page: held by the middleware until accept', async ({
  page,
  context,
  app,
  traffic,
}) => {
  const response = await page.goto(app.url + '/pasted')
  // Held in the HTML: the preload scanner sees no tracker URL to fetch.
  const html = await response!.text()
  expect(tags(html, 'googletagmanager|facebook')).toEqual([
    expect.stringMatching(
      /^<script async data-src="https:\/\/www\.googletagmanager\.com\/gtag\/js.*type="text\/plain"/,
    ),
    expect.stringMatching(/^<img [^>]*data-src="https:\/\/www\.facebook\.com\/tr/),
  ])
  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('dialog', { name: 'Cookieと外部送信について' })).toBeVisible()
  await settle(page, traffic)
  expect(purposesSeen(TRACKERS, traffic)).toEqual([])
  await banner.getByRole('button', { name: 'すべて同意' }).click()
  await expect.poll(() => purposesSeen(TRACKERS, traffic)).toEqual(['analytics', 'advertising'])
  await expect.poll(() => trackerCookies(context)).toEqual(['_fbp', '_ga', '_ga_STORE0001'])
  expect(traffic.escaped).toEqual([])
})

/** The Meta Pixel requests app/realms makes (the frame's, the worker's two, the page's import(), the
 * <style>'s url()), by the query that names where each comes from. */
const REALMS = ['id=from-frame', 'from=importScripts', 'from=worker', 'from=import', 'id=from-css']
const IMPORT = 'https://connect.facebook.net/en_US/fbevents.js?from=import'

/** app/realms in CSP mode: what reaches the Meta Pixel stand-in before consent, and after accept. */
async function realmsInCspMode(page: Page, context: BrowserContext, app: CspApp) {
  const traffic = await routeOutside(context, [app.url, app.collector.url])
  const pixel = () => traffic.outside.filter((url) => TRACKERS.advertising!.url.test(url))
  // What the page's own document refuses, from its first byte.
  await page.addInitScript(() => {
    window.__violations = []
    document.addEventListener('securitypolicyviolation', (e: any) =>
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    )
  })
  const response = await page.goto(app.url + '/realms')
  const policy = response!.headers()['content-security-policy']!
  expect(policy).not.toMatch(/facebook/)
  // Sekisho's own receipts go to the collector's origin.
  expect(policy).toMatch(new RegExp(`connect-src 'self' ${app.collector.url.replace(/\./g, '\\.')}(;|$)`))
  const html = await response!.text()
  if (app.nonce) {
    // No inline script runs but by the nonce. Next put it on its own scripts (else the page would
    // not hydrate and the realms would not run), the layout on the head, which gives it to its banner chunk.
    const nonce = /script-src 'self' 'nonce-([^']+)'(;|$)/.exec(policy)?.[1]
    expect(nonce).toBeTruthy()
    expect(html).toContain(`<script src="/sekisho/sekisho.js" nonce="${nonce}" data-sekisho-csp="">`)
  } else {
    expect(policy).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/)
    expect(html).toContain('<script src="/sekisho/sekisho.js" data-sekisho-csp="">')
  }
  await expect(page.locator('sekisho-banner').getByRole('dialog', { name: 'Cookieと外部送信について' })).toBeVisible()
  await page.waitForFunction(() => window.realms?.length == 3)
  await settle(page, traffic)
  // The browser refused them all, the <style>'s url() and the import() in this document among them:
  // nothing reached the stand-in. Under a nonce, the import() of a script that carries it (every one
  // of Next's chunks) is let in whatever its host.
  expect(pixel()).toEqual(app.nonce ? [IMPORT] : [])
  expect((await page.evaluate(() => window.__violations)).sort()).toEqual([
    'img-src https://www.facebook.com/tr/?id=from-css',
    ...(app.nonce ? [] : [`script-src-elem ${IMPORT}`]),
  ])

  // Accepting reloads the page (data-sekisho-csp); the new policy lets the pixel in everywhere.
  await Promise.all([
    page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
    page.locator('sekisho-banner').getByRole('button', { name: 'すべて同意' }).click(),
  ])
  for (const from of REALMS)
    await expect.poll(() => pixel().some((u) => u.includes(from)), { message: from }).toBe(true)
  expect(await storedReceipt(context, app.collector)).toMatchObject({ method: 'accept-all', site: app.url })
  expect(await page.evaluate(() => window.__violations)).toEqual([])
  expect(traffic.escaped).toEqual([])
}

test("CSP mode through proxy.ts: a <style>'s url(), a data: frame's pixel, a worker's importScripts and fetch and an import() are refused by the browser until accept, then load after the reload", async ({
  page,
  context,
  cspApp,
}) => realmsInCspMode(page, context, cspApp))

test("CSP mode with Next's nonce: Next's scripts and the head run by the nonce alone; the same is held, but an import() from Next's code", async ({
  page,
  context,
  nonceApp,
}) => realmsInCspMode(page, context, nonceApp))

/** The tags of `html` (outside Next's page data scripts) whose text matches `pattern`. */
const tags = (html: string, pattern: string) =>
  html.replace(/<script>self\.__next_f[\s\S]*?<\/script>/g, '').match(new RegExp(`<[^>]*(${pattern})[^>]*>`, 'g')) ?? []

/** A port free on 127.0.0.1 now (the Next server binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}
