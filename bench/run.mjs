// `npm run bench`: Sekisho against the open-source consent managers site owners pick, same pages,
// same machine, one run. Prints one markdown table of ratios against the best peer and writes
// bench/results/<date>.json. Flags: --runs N (default 5), --only id,id, --write-readme.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { execFileSync } from 'node:child_process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { root } from '../scripts/run.mjs'
import { serveSite } from '../scripts/serve.mjs'
import { MANAGERS, MOUNTS, ownsUrl } from './managers.mjs'
import {
  TRACE_CATEGORIES,
  byteSizes,
  insertCost,
  interactionLatency,
  median,
  probeScript,
  scriptTime,
} from './measure.mjs'
import { writeSite } from './pages.mjs'
import { SITE_HOST, TRACKER_HOSTS, routeTrackers, trackerCookies } from './trackers.mjs'
import { summarize, markdownTable, writeReadme } from './report.mjs'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    'write-readme': { type: 'boolean', default: false },
  },
})
const RUNS = Math.max(1, Number(args.runs))
const managers = args.only ? MANAGERS.filter((m) => args.only.split(',').includes(m.id)) : MANAGERS
const started = Date.now()
const loadAtStart = loadavg().map((x) => Math.round(x * 10) / 10)
// Taken at the start: the build measured is the one there when the run began.
const gitHead = (() => {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return 'no git'
  }
})()
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 270) * 1000
/** CPU slowdown (CDP Emulation.setCPUThrottlingRate) for the first visit and every interaction: a mid-range phone. */
const CPU_THROTTLE = Number(process.env.BENCH_CPU_THROTTLE ?? 4)
/** Waits scale with the throttle: a 4× slower page needs longer for the same work. */
const wait = (ms) => ms * Math.max(1, CPU_THROTTLE)

if (!existsSync(join(root, 'packages/sekisho/dist/sekisho.js'))) {
  console.error('bench: no script-tag build yet; running npm run build')
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
}

const siteDir = await mkdtemp(join(tmpdir(), 'sekisho-bench-'))
await writeSite(siteDir, managers)
const server = await serveSite({ site: relative(root, siteDir), port: 0, mounts: MOUNTS })
/** One browser per manager and run: no manager inherits another's processes, caches or garbage. */
const launch = () =>
  chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1`],
  })
/** The pages' origin: the server's port under the site's production host name. */
const siteUrl = server.url.replace('127.0.0.1', SITE_HOST)

/** Resolves when no request has been in flight for `quietMs` (bounded by `maxMs`). */
function networkQuiet(page, quietMs = 300, maxMs = wait(5000)) {
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

/** A fresh visitor: new context, trackers routed, the probe installed, the manager's downloads recorded. */
async function visit(m, browser) {
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
}

/** Waits for the banner to be rendered (in view or not: a banner below the fold still gets clicked). */
const bannerRendered = (page) =>
  page
    .waitForFunction(() => window.__bench.renderedAt !== undefined, null, { timeout: wait(10000) })
    .then(
      () => true,
      () => false,
    )

/** Clicks a button and returns the interaction's latency (Event Timing, ms; 0 = under the API's 16 ms floor). */
async function clickLatency(page, selector) {
  const since = await page.evaluate(() => performance.now())
  await page.click(selector, { timeout: wait(3000) })
  return interactionLatency(page, since)
}

/** Clicks the banner's button (its latency in `out[inpKey]`); falls back to the API (click time recorded by hand) when there is none. */
async function decide(page, selector, api, out, inpKey) {
  try {
    out[inpKey] = await clickLatency(page, selector)
    return 'click'
  } catch (err) {
    if (!api) throw err
    const done = await page.evaluate(`(window.__bench.clickAt = performance.now(), ${api})`)
    return done ? 'api' : 'none'
  }
}

/** One first visit, accept, returning visit and withdrawal; then a rejecting visitor, whose page it returns open. */
async function measureOnce(m, browser) {
  const out = { id: m.id }
  const t0 = Date.now()
  const phase = (name) => process.env.BENCH_DEBUG && console.error(`  ${m.id} ${name} ${Date.now() - t0} ms`)

  // First visit, traced until the banner is up and the network is quiet.
  {
    const v = await visit(m, browser)
    await browser.startTracing(v.page, { categories: TRACE_CATEGORIES })
    await v.load()
    const shown = m.bannerProbe ? await bannerRendered(v.page) : false
    const trace = JSON.parse((await browser.stopTracing()).toString())
    phase('first-visit')
    const probe = await v.page.evaluate(() => ({ ...window.__bench }))
    out.firstVisit = await v.bytes()
    out.bannerShown = shown
    out.bannerMs = probe.bannerAt
    out.bannerRenderedMs = probe.renderedAt
    out.bannerOffscreen = shown && probe.bannerAt === undefined
    out.cls = probe.cls
    out.scripts = scriptTime(trace, (url) => ownsUrl(m, url), `${siteUrl}/p/${m.id}/`)
    out.leaksBefore = await v.leaks()
    // The page without a manager: what a click that does nothing measures, under each INP row.
    if (m.floor) {
      for (const key of ['inpAcceptMs', 'inpRejectMs', 'inpSettingsMs'])
        out[key] = await clickLatency(v.page, m.floor).catch(() => undefined)
    }

    if (m.accept && (shown || m.acceptApi)) {
      const clickAt = Date.now()
      await v.page.evaluate(() => (window.__bench.clickAt = undefined))
      out.acceptVia = await decide(v.page, m.accept, m.acceptApi, out, 'inpAcceptMs')
      out.acceptToReleaseMs = await v.page
        .waitForFunction(
          (hosts) => {
            const b = window.__bench
            const first = performance
              .getEntriesByType('resource')
              .filter((e) => e.startTime >= b.clickAt && hosts.includes(new URL(e.name).hostname))
              .sort((x, y) => x.startTime - y.startTime)[0]
            return first ? first.startTime - b.clickAt : false
          },
          TRACKER_HOSTS,
          { timeout: wait(3000), polling: 10 },
        )
        .then(
          (h) => h.jsonValue(),
          () => undefined,
        )
      await networkQuiet(v.page)
      phase('accepted')
      out.releasedAfterAccept = (await v.leaks(clickAt)).requests.length

      await v.load(true)
      phase('returning')
      out.returningVisit = await v.bytes()
      out.bannerOnReturn = await v.page.evaluate(() => window.__bench.bannerAt !== undefined)

      const withdrawnAt = Date.now()
      // A manager may reload the page to stop scripts that already ran (Sekisho's reloadOnWithdraw):
      // the evaluation then dies with its page, which means the withdrawal happened.
      const supported = await v.page
        .evaluate(m.withdraw ?? 'false')
        .catch((err) => /context was destroyed|navigat/i.test(String(err)) || String(err).split('\n')[0])
      if (supported === true) {
        await v.page.waitForLoadState('load')
        await networkQuiet(v.page)
        await v.load(true) // the next page view after withdrawal
        phase('withdrawn')
        out.leaksAfterWithdraw = await v.leaks(withdrawnAt)
      } else out.withdrawUnsupported = supported === false ? 'no withdraw API' : supported
    } else {
      await v.load(true)
      out.returningVisit = await v.bytes()
    }
    await v.context.close()
  }

  // A visitor who rejects all; the page stays open for the DOM-heavy measurement (gate still armed).
  const v = await visit(m, browser)
  await v.load()
  if (m.reject && ((await bannerRendered(v.page)) || m.rejectApi)) {
    const rejectedAt = Date.now()
    out.rejectVia = await decide(v.page, m.reject, m.rejectApi, out, 'inpRejectMs')
    await networkQuiet(v.page)
    await v.load(true) // the next page view after rejecting
    phase('rejected')
    out.leaksAfterReject = await v.leaks(rejectedAt)
  }
  // A visitor who opens the settings from the first layer: that interaction's latency only.
  if (m.settings) {
    const s = await visit(m, browser)
    await s.load()
    if (await bannerRendered(s.page)) out.inpSettingsMs = await clickLatency(s.page, m.settings).catch(() => undefined)
    phase('settings')
    await s.context.close()
  }
  return { out, domVisit: v }
}

/** A manager that breaks (Sekisho is under construction) costs its row, not the whole run. */
async function measureSafely(m) {
  const browser = await launch()
  try {
    const { out, domVisit } = await measureOnce(m, browser)
    // 10,000 inserts on the rejecting visitor's page (gate armed), before its browser closes: one
    // browser at a time, or the ones kept open for this would slow every measurement after them.
    if (domVisit) {
      const samples = []
      for (let rep = 0; rep < 7; rep++) samples.push(await insertCost(domVisit.page, 10000, 1))
      out.insertMs = median(samples)
    }
    return { out }
  } catch (err) {
    console.error(`\nbench: ${m.id} failed: ${String(err?.message ?? err).split('\n')[0]}`)
    return { out: { id: m.id, error: String(err?.message ?? err).split('\n')[0] } }
  } finally {
    await browser.close().catch(() => {})
  }
}

const chromiumVersion = await launch().then(async (b) => {
  const version = b.version()
  await b.close()
  return `Chromium ${version}`
})
const raw = Object.fromEntries(managers.map((m) => [m.id, []]))
try {
  for (let run = 0; run < RUNS; run++) {
    // Bounded: stop early rather than pass the 5-minute budget on a busy machine (the JSON says so).
    const elapsed = Date.now() - started
    if (run >= 2 && elapsed + elapsed / run > BUDGET_MS) break
    // Rotate the order so no manager always runs first (warm caches, a busy neighbour).
    const order = managers.map((_, i) => managers[(i + run) % managers.length])
    for (const m of order) {
      const { out } = await measureSafely(m)
      raw[m.id].push(out)
      process.stderr.write(
        `\rbench: run ${run + 1}/${RUNS} ${m.id.padEnd(14)} ${((Date.now() - started) / 1000).toFixed(0)} s   `,
      )
    }
  }
} finally {
  process.stderr.write('\n')
  await server.close()
  await rm(siteDir, { recursive: true, force: true })
}

const date = new Date().toISOString()
const result = {
  date,
  durationS: Math.round((Date.now() - started) / 1000),
  runs: Math.min(...Object.values(raw).map((r) => r.length)),
  runsRequested: RUNS,
  machine: {
    loadAverage: loadAtStart,
    platform: `${platform()} ${release()}`,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
  },
  managers: managers.map(({ id, name, version }) => ({
    id,
    name,
    version: id === 'sekisho' ? `${version} (${gitHead})` : version,
  })),
  summary: summarize(raw, managers),
  raw,
}
const table = markdownTable(result)
console.log(table)
await mkdir(join(root, 'bench/results'), { recursive: true })
// A partial run (--only) goes to a gitignored file, so it never replaces the day's full results.
const file = join(root, `bench/results/${date.slice(0, 10)}${args.only ? '.only.tmp' : '.json'}`)
await writeFile(file, JSON.stringify(result, null, 2) + '\n')
console.error(`bench: ${RUNS} runs in ${result.durationS} s; results in ${relative(root, file)}`)
if (args['write-readme']) {
  await writeReadme(join(root, 'README.md'), table, result)
  console.error('bench: README.md Performance section updated')
}
// The gate's own overhead on DOM-heavy, img.src, innerHTML and long-session workloads (issue 14).
execFileSync(process.execPath, [join(root, 'bench/gate.mjs'), String(RUNS)], { cwd: root, stdio: 'inherit' })
