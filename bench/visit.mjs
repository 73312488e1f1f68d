// What the bench and its profiler share: the site served under its production host name, one
// browser per manager, a fresh visitor per page view, and the waits a throttled page needs.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { root } from '../scripts/run.mjs'
import { serveSite } from '../scripts/serve.mjs'
import { MOUNTS, ownsUrl } from './managers.mjs'
import { byteSizes, interactionParts, probeScript, scriptTime } from './measure.mjs'
import { writeSite } from './pages.mjs'
import { tracedLoad } from './pipe.mjs'
import { SITE_HOST, routeTrackers, standIn, trackerCookies } from './trackers.mjs'

/** CPU slowdown (CDP Emulation.setCPUThrottlingRate) for the first visit and every interaction: a mid-range phone. */
export const CPU_THROTTLE = Number(process.env.BENCH_CPU_THROTTLE ?? 4)
/** Waits scale with the throttle: a 4× slower page needs longer for the same work. */
export const wait = (ms) => ms * Math.max(1, CPU_THROTTLE)

/**
 * Writes and serves the managers' pages; `visit` opens one as a fresh visitor in `browser`.
 * `sekishoDist`: the script tag's files from another folder than packages/sekisho/dist.
 */
export async function openSite(managers, { sekishoDist } = {}) {
  const siteDir = await mkdtemp(join(tmpdir(), 'sekisho-bench-'))
  await writeSite(siteDir, managers)
  const mounts = sekishoDist ? { ...MOUNTS, '/cm/sekisho/': relative(root, resolve(sekishoDist)) } : MOUNTS
  const server = await serveSite({ site: relative(root, siteDir), port: 0, mounts })
  /** The pages' origin: the server's port under the site's production host name. */
  const siteUrl = server.url.replace('127.0.0.1', SITE_HOST)
  return {
    siteUrl,
    /** One browser per manager and run: no manager inherits another's processes, caches or garbage. */
    launch: () =>
      chromium.launch({
        executablePath: findChromium(),
        args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1`],
      }),
    /** A fresh visitor: new context, trackers routed, the probe installed, the manager's downloads recorded. */
    async visit(m, browser) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
      const trackerRequests = []
      await routeTrackers(context, (r) => trackerRequests.push(r))
      await context.addInitScript(probeScript(m.bannerProbe))
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE })
      let downloads = []
      page.on('response', async (response) => {
        if (!ownsUrl(m, response.url())) return
        const entry = { name: new URL(response.url()).pathname, body: Buffer.alloc(0) }
        downloads.push(entry)
        entry.body = await response.body().catch(() => Buffer.alloc(0))
      })
      /** Loads the page (or reloads it) and waits for the dynamic tracker injection and quiet network. */
      const load = async (reload = false) => {
        downloads = []
        const quiet = networkQuiet(page)
        // A manager may still be reloading the page itself (c15t and Sekisho on withdrawal): then that load counts.
        if (reload)
          await page.reload({ waitUntil: 'load' }).catch(async (err) => {
            if (!/ERR_ABORTED|detached/.test(String(err))) throw err
            await page.waitForLoadState('load')
          })
        else await page.goto(`${siteUrl}/p/${m.id}/`, { waitUntil: 'load' })
        await page.waitForFunction(() => window.__benchInjected === true, null, { timeout: wait(5000) })
        await quiet
      }
      /** Bytes of the manager's files this page load fetched; Sekisho's inline config counts too. */
      const bytes = async () => {
        const inline = await page.evaluate(() => document.getElementById('sekisho-config')?.textContent ?? '')
        const bodies = downloads.map(({ name, body }) => ({ name, body }))
        if (inline && m.id === 'sekisho') bodies.push({ name: 'inline #sekisho-config', body: Buffer.from(inline) })
        return byteSizes(bodies)
      }
      /** Tracker requests since `since` (ms epoch) and the tracker cookies there are now. */
      const leaks = async (since = 0) => {
        const { firstParty, thirdParty } = await trackerCookies(context)
        return {
          requests: trackerRequests.filter((r) => r.at >= since).map((r) => r.url),
          cookies: firstParty,
          thirdPartyCookies: thirdParty,
        }
      }
      return { context, page, load, bytes, leaks }
    },
    /**
     * A first visit as a visitor's browser runs it (pipe.mjs: no DevTools Runtime domain), traced:
     * the manager's script time (measure.mjs scriptTime) and the probe's figures (banner, CLS).
     */
    async traced(m) {
      const url = `${siteUrl}/p/${m.id}/`
      const { traceEvents, page } = await tracedLoad({
        url,
        answer: standIn,
        init: probeScript(m.bannerProbe),
        throttle: CPU_THROTTLE,
        // Loaded, the site's own injection done, and the banner rendered (in view or not).
        ready: `document.readyState === 'complete' && window.__benchInjected === true && ${m.bannerProbe ? 'window.__bench.renderedAt !== undefined' : 'true'}`,
        pageValue: '({ ...window.__bench, events: undefined })',
        timeoutMs: wait(10000),
      })
      return { scripts: scriptTime({ traceEvents }, (u) => ownsUrl(m, u), url), probe: page ?? {} }
    },
    async close() {
      await server.close()
      await rm(siteDir, { recursive: true, force: true })
    },
  }
}

/** Resolves when no request has been in flight for `quietMs` (bounded by `maxMs`). */
export function networkQuiet(page, quietMs = 300, maxMs = wait(5000)) {
  let inflight = 0
  let last = Date.now()
  const on = () => {
    inflight++
    last = Date.now()
  }
  const off = () => {
    inflight = Math.max(0, inflight - 1)
    last = Date.now()
  }
  page.on('request', on)
  page.on('requestfinished', off)
  page.on('requestfailed', off)
  const t0 = Date.now()
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if ((inflight === 0 && Date.now() - last >= quietMs) || Date.now() - t0 > maxMs) {
        clearInterval(timer)
        page.off('request', on)
        page.off('requestfinished', off)
        page.off('requestfailed', off)
        resolve()
      }
    }, 25)
  })
}

/** Waits for the banner to be rendered (in view or not: a banner below the fold still gets clicked). */
export const bannerRendered = (page) =>
  page
    .waitForFunction(() => window.__bench.renderedAt !== undefined, null, { timeout: wait(10000) })
    .then(
      () => true,
      () => false,
    )

/** Clicks a button and returns the interaction's latency (Event Timing, ms; 0 = under the API's 16 ms floor). */
export async function clickLatency(page, selector) {
  return (await clickParts(page, selector))?.duration ?? 0
}

/** Clicks a button and returns its slowest event in INP's parts (`interactionParts`; undefined under the floor). */
export async function clickParts(page, selector) {
  const since = await page.evaluate(() => performance.now())
  await page.click(selector, { timeout: wait(3000) })
  return interactionParts(page, since)
}
