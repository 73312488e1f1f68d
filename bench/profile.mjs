// `node bench/profile.mjs`: where a consent manager's main-thread time goes on the bench's page, by
// function of its original source (through the built files' source maps), to decide what to change
// before `npm run bench` says whether it helped. A V8 CPU profile (CDP Profiler, 100 µs sampling)
// under the bench's CPU throttle, of a fresh browser per run; medians over the runs.
//   --phase load       from navigation until the banner is rendered (default)
//   --phase accept|reject|settings   the click on that first-layer button, and the 1 s after it
//   --manager ID       a bench manager id (default sekisho; peers' files have no source maps here)
//   --runs N (5)  --top N (30)
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { root } from '../scripts/run.mjs'
import { MANAGERS, MOUNTS, ownsUrl } from './managers.mjs'
import { median } from './measure.mjs'
import { CPU_THROTTLE, bannerRendered, clickParts, networkQuiet, openSite } from './visit.mjs'

const { values: args } = parseArgs({
  options: {
    phase: { type: 'string', default: 'load' },
    manager: { type: 'string', default: 'sekisho' },
    runs: { type: 'string', default: '5' },
    top: { type: 'string', default: '30' },
  },
})
const m = MANAGERS.find((x) => x.id === args.manager)
if (!m) throw new Error(`--manager: no bench manager "${args.manager}" (${MANAGERS.map((x) => x.id).join(', ')})`)
const PHASES = ['load', 'accept', 'reject', 'settings']
if (!PHASES.includes(args.phase)) throw new Error(`--phase: one of ${PHASES.join(', ')}, not "${args.phase}"`)

/** The built file behind a served URL (a MOUNTS directory), and its source map, if there is one. */
const maps = new Map()
function sourceMapOf(url) {
  if (!maps.has(url)) {
    const path = new URL(url).pathname
    const mount = Object.keys(MOUNTS).find((prefix) => path.startsWith(prefix))
    const file = mount && join(root, MOUNTS[mount], path.slice(mount.length)) + '.map'
    maps.set(url, file && existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined)
  }
  return maps.get(url)
}

/** What a profile node is called in the tables: our function by its original file and line; a
 * built-in (a DOM method) by its name and the function of ours that called it. */
function keyOf({ functionName, url, lineNumber, columnNumber }, callerKey) {
  if (!url && functionName.startsWith('(')) return functionName
  if (!url) return `(native) ${functionName || '(anonymous)'}${callerKey && ours(callerKey) ? ` ← ${callerKey}` : ''}`
  const path = new URL(url).pathname
  if (!ownsUrl(m, url)) return `(page) ${path}`
  const map = sourceMapOf(url)
  const entry = map?.findEntry(lineNumber, columnNumber)
  if (!entry?.originalSource) return `${path}:${lineNumber + 1}:${columnNumber + 1} ${functionName || '(anonymous)'}`
  const source = entry.originalSource.replace(/^.*?(packages\/|node_modules\/)/, '$1')
  const text = map.payload.sourcesContent?.[map.payload.sources.indexOf(entry.originalSource)]
  const line = text?.split('\n')[entry.originalLine]?.trim().slice(0, 60) ?? ''
  return `${source.replace(/^.*packages\//, '')}:${entry.originalLine + 1}  ${line}`
}

const ours = (k) => !k.startsWith('(')

/** Self and total (inclusive, each function once per sample) milliseconds per key. */
function aggregate(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map()
  const total = new Map()
  const keys = new Map()
  const key = (id) => {
    if (!keys.has(id)) keys.set(id, keyOf(byId.get(id).callFrame, parent.has(id) ? key(parent.get(id)) : undefined))
    return keys.get(id)
  }
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    self.set(key(id), (self.get(key(id)) ?? 0) + ms)
    const seen = new Set()
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const k = key(n)
      if (k === '(root)' || seen.has(k)) continue
      seen.add(k)
      total.set(k, (total.get(k) ?? 0) + ms)
    }
  })
  return { self, total }
}

async function profileOnce(site, browser) {
  const v = await site.visit(m, browser)
  const cdp = await v.context.newCDPSession(v.page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  let latency
  let profile
  if (args.phase === 'load') {
    await cdp.send('Profiler.start')
    const loaded = v.load()
    await bannerRendered(v.page)
    ;({ profile } = await cdp.send('Profiler.stop'))
    await loaded
  } else {
    const selector = m[args.phase]
    if (!selector) throw new Error(`${m.id} has no ${args.phase} button in the bench`)
    await v.load()
    // Clicked as soon as the banner is rendered, as the bench does: work still due then counts.
    await bannerRendered(v.page)
    await cdp.send('Profiler.start')
    latency = await clickParts(v.page, selector)
    await Promise.all([networkQuiet(v.page), v.page.waitForTimeout(1000)])
    ;({ profile } = await cdp.send('Profiler.stop'))
  }
  await v.context.close()
  return { ...aggregate(profile), latency }
}

const site = await openSite([m])
const runs = []
try {
  for (let i = 0; i < Math.max(1, Number(args.runs)); i++) {
    const browser = await site.launch()
    try {
      runs.push(await profileOnce(site, browser))
    } finally {
      await browser.close()
    }
    process.stderr.write(`\rprofile: run ${runs.length}/${args.runs}`)
  }
} finally {
  process.stderr.write('\n')
  await site.close()
}

/** Medians per key over the runs (a key missing from a run counts 0 there). */
const medians = (which) => {
  const keys = new Set(runs.flatMap((r) => [...r[which].keys()]))
  return new Map([...keys].map((k) => [k, median(runs.map((r) => r[which].get(k) ?? 0))]))
}
const self = medians('self')
const total = medians('total')
const sum = (map, pick) => [...map].filter(([k]) => pick(k)).reduce((s, [, ms]) => s + ms, 0)
const top = Number(args.top)
const fmt = (ms) => ms.toFixed(1).padStart(7)
console.log(`${m.id}, phase ${args.phase}, ${runs.length} runs, ${CPU_THROTTLE}× CPU throttle; medians in ms`)
if (args.phase !== 'load') {
  // Each run's slowest event of the click, as INP counts it, in its parts (durations are rounded to 8 ms).
  const part = (r, k) => (r.latency ? Math.round(r.latency[k]) : '<16')
  console.log('INP of the click per run (input delay + processing + until the next paint):')
  for (const r of runs)
    console.log(
      `  ${part(r, 'duration')} ms = ${part(r, 'delay')} + ${part(r, 'processing')} + ${part(r, 'presentation')} (${r.latency?.name ?? '-'})`,
    )
}
console.log(
  `self time: ${m.id}'s code ${fmt(sum(self, ours)).trim()}, page scripts ${fmt(sum(self, (k) => k.startsWith('(page)'))).trim()}, ` +
    `GC ${fmt(self.get('(garbage collector)') ?? 0).trim()}, program ${fmt(self.get('(program)') ?? 0).trim()}, ` +
    `natives ${fmt(sum(self, (k) => k.startsWith('(native)'))).trim()}`,
)
console.log('\n  total     self  function (its first line)')
for (const [k, ms] of [...total]
  .filter(([k]) => ours(k) || k.includes(' ← '))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top))
  console.log(`${fmt(ms)}  ${fmt(self.get(k) ?? 0)}  ${k}`)
