// @sekisho/server in real Chromium: vendor snippets pasted unmarked, served through the middleware,
// send nothing before consent (the preload scanner included) and work after "accept all"; CSP
// mode refuses a tracker in realms no page script can patch until the visitor accepts.
import { type Browser, expect, type Page, test } from '@playwright/test'
import { type ServerSite, serveThrough } from './server/site.ts'
import { routeOutside, settle, type Traffic } from './stand-ins.ts'

declare const window: { sekisho: { acceptAll(): unknown }; realms: string[] }

/** What each pasted snippet requests once it runs (or its tag loads). */
const TAGS = {
  'google-analytics': /googletagmanager\.com\/gtag\/js|google-analytics\.com\/g\/collect/,
  'meta-pixel': /connect\.facebook\.net|facebook\.com\/tr/,
  'line-tag': /line-s?cdn\.net|tr\.line\.me/,
  a8net: /a8\.net/,
  youtube: /youtube\.com\/embed/,
}
const trackers = (urls: string[]) => urls.filter((u) => Object.values(TAGS).some((t) => t.test(u)))

/** Runs `body` on a fresh page of `file` served as `options` says, its traffic routed; closes both after. */
async function onPage(
  browser: Browser,
  file: string,
  options: Parameters<typeof serveThrough>[1],
  body: (page: Page, traffic: Traffic, site: ServerSite) => Promise<void>,
) {
  const site = await serveThrough(file, options)
  const context = await browser.newContext()
  const traffic = await routeOutside(context, [site.url])
  try {
    const page = await context.newPage()
    await page.goto(site.url)
    await body(page, traffic, site)
  } finally {
    await context.close()
    await site.close()
  }
}

test('unmarked snippets send nothing before consent, 20 fresh loads in a row', async ({ browser }) => {
  test.setTimeout(300_000)
  const site = await serveThrough('pasted.html', {})
  /** One first visit in a fresh context (no cookie, no cache), watched until the page is quiet. */
  const load = async (n: number) => {
    const context = await browser.newContext()
    try {
      const traffic = await routeOutside(context, [site.url])
      const page = await context.newPage()
      await page.goto(site.url)
      await settle(page, traffic)
      expect(trackers(traffic.outside), `load ${n}`).toEqual([])
      // The first-party picture is untouched.
      expect(traffic.local.some((u) => u.endsWith('/logo.gif'))).toBe(true)
    } finally {
      await context.close()
    }
  }
  try {
    // Four fresh visitors at a time: each load is as fresh as the first, and most of one load is
    // the quiet wait that proves nothing more leaves.
    for (let n = 0; n < 20; n += 4) await Promise.all([1, 2, 3, 4].map((i) => load(n + i)))
  } finally {
    await site.close()
  }
})

test('after "accept all" every pasted snippet runs', async ({ browser }) => {
  await onPage(browser, 'pasted.html', {}, async (page, traffic) => {
    await settle(page, traffic)
    await page.evaluate(() => window.sekisho.acceptAll())
    for (const [service, url] of Object.entries(TAGS))
      await expect
        .poll(() => traffic.outside.filter((u) => url.test(u)).length, { message: service })
        .toBeGreaterThan(0)
    // The snippets' own follow-up requests, made by the vendors' scripts once released.
    await expect.poll(() => traffic.outside.some((u) => /google-analytics\.com\/g\/collect/.test(u))).toBe(true)
    await expect
      .poll(() => traffic.outside.some((u) => /facebook\.com\/tr\/\?id=1234567890&ev=PageView/.test(u)))
      .toBe(true)
    await expect
      .poll(() => traffic.outside.some((u) => /tr\.line\.me\/tag\.gif\?.*t_id=server-line-tag/.test(u)))
      .toBe(true)
    expect(traffic.escaped).toEqual([])
  })
})

test('CSP mode holds a tracker in a data: frame, a worker (importScripts too) and a dynamic import() until accept, then lets it in', async ({
  browser,
}) => {
  await onPage(browser, 'realms.html', { csp: true }, async (page, traffic) => {
    // All three attempts are over (refused by the browser), and none left.
    await page.waitForFunction(() => window.realms.length == 3)
    await settle(page, traffic)
    expect(trackers(traffic.outside)).toEqual([])
    // Accepting reloads the page (the script tag carries data-sekisho-csp); the new policy lets both in.
    await Promise.all([
      page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
      page.evaluate(() => window.sekisho.acceptAll()),
    ])
    await expect.poll(() => traffic.outside.some((u) => u.includes('tr/?id=from-frame'))).toBe(true)
    await expect.poll(() => traffic.outside.some((u) => u.includes('fbevents.js?from=worker'))).toBe(true)
    await expect.poll(() => traffic.outside.some((u) => u.includes('fbevents.js?from=importScripts'))).toBe(true)
    await expect.poll(() => traffic.outside.some((u) => u.endsWith('fbevents.js?from=import'))).toBe(true)
  })
})

test("a redirect in the page's own HTML or on a timer to a held host stays put; the visitor's click goes", async ({
  browser,
}) => {
  // Served untouched: without the server transform, the parser schedules the refresh itself.
  await onPage(browser, 'refresh.html', false, async (page, traffic, site) => {
    await settle(page, traffic)
    expect(traffic.outside).toEqual([])
    expect(page.url()).toBe(`${site.url}/`)
    // A link the visitor clicks is theirs to follow, consent or not.
    await Promise.all([page.waitForURL(/a8mat=CLICK0001/), page.click('#shop')])
    expect(trackers(traffic.outside)).toEqual(['https://px.a8.net/svt/ejp?a8mat=CLICK0001'])
    // Once affiliate is accepted, the held refresh goes where it was told.
    await page.goto(site.url)
    await settle(page, traffic)
    await Promise.all([page.waitForURL(/a8mat=REFRESH0001/), page.evaluate(() => window.sekisho.acceptAll())])
  })
})
