// `npm run bench`: Sekisho against the open-source consent managers site owners pick, same pages,
// same machine, one run. Prints one markdown table of ratios against the best peer and writes
// bench/results/<date>.json. Flags: --runs N (default 5), --only id,id, --write-readme.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { execFileSync } from 'node:child_process'
import { root } from '../scripts/run.mjs'
import { MANAGERS } from './managers.mjs'
import { insertCost, median } from './measure.mjs'
import { TRACKER_HOSTS } from './trackers.mjs'
import { summarize, markdownTable, writeReadme } from './report.mjs'
import { bannerRendered, clickLatency, networkQuiet, openSite, wait } from './visit.mjs'

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
if (!existsSync(join(root, 'packages/sekisho/dist/sekisho.js'))) {
  console.error('bench: no script-tag build yet; running npm run build')
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
}

const site = await openSite(managers)
const { launch, visit } = site

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
async function measureOnce(m, browser, traced) {
  const out = { id: m.id }
  const t0 = Date.now()
  const phase = (name) => process.env.BENCH_DEBUG && console.error(`  ${m.id} ${name} ${Date.now() - t0} ms`)

  // First visit until the banner is up and the network is quiet. Its timings come from another first
  // visit, traced as a visitor's browser runs it (`traced`, visit.mjs), not from this one: Playwright's
  // Runtime domain makes each cookie read capture a whole stack (pipe.mjs).
  {
    const v = await visit(m, browser)
    await v.load()
    const shown = m.bannerProbe ? await bannerRendered(v.page) : false
    phase('first-visit')
    const { probe } = traced
    out.firstVisit = await v.bytes()
    out.bannerShown = shown
    out.bannerMs = probe.bannerAt
    out.bannerRenderedMs = probe.renderedAt
    out.bannerOffscreen = probe.renderedAt !== undefined && probe.bannerAt === undefined
    out.cls = probe.cls
    out.scripts = traced.scripts
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
  let browser
  try {
    // The traced first visit in a browser of its own, closed before this run's starts.
    const traced = await site.traced(m)
    browser = await launch()
    const { out, domVisit } = await measureOnce(m, browser, traced)
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
    await browser?.close().catch(() => {})
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
  await site.close()
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
