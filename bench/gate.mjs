// Gate benchmark (prints figures; not a timed test): installGate startup time, and the gate's
// overhead on six workloads (the page's own HTML parsed with the observer alive, then a DOM build,
// a DOM-heavy DOMParser parse, an img.src loop, an innerHTML SPA and a long session after it) as
// ratios to the ungated page. Medians of several runs, each in a fresh page of Debian's Chromium. Usage: node bench/gate.mjs [runs]; npm run bench runs it too.
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { buildGate, servePages, services, WORKLOADS, workload } from './gate-workloads.mjs'
import { median } from './measure.mjs'

const RUNS = Number(process.argv[2] ?? 15)

const gateCode = await buildGate('.')

// The interfaces the gate patches: the first touch of each makes Blink build its prototype, a
// one-time cost any page script using them pays. Both pages pay it first, timed apart, so that
// installGate's own time is what is left.
const INTERFACES = [
  'HTMLScriptElement',
  'HTMLImageElement',
  'HTMLIFrameElement',
  'HTMLLinkElement',
  'Storage',
  'XMLHttpRequest',
  'Navigator',
  'Range',
  'ShadowRoot',
]

const page = (withGate) => `<!doctype html><html><head><meta charset="utf-8">
<script>${gateCode}</script>
<script>
  const services = ${JSON.stringify(services)}
  let t0 = performance.now()
  ;${JSON.stringify(INTERFACES)}.forEach((name) => window[name].prototype)
  window.interfaces = performance.now() - t0
  t0 = performance.now()
  ${withGate ? 'window.gate = SekishoGate.installGate({ services, isGranted: () => false })' : ''}
  window.startup = performance.now() - t0
  ${workload}
</script></head><body><div id="root"></div></body></html>`

// The page's own HTML parsed while the gate's parser-time observer is alive: 3,000 rows of links
// and first-party images (lazy, as long pages have them: no request storm in the timing), timed
// from the end of <head> to a script after the last row (the observer's records are delivered
// before that script runs).
const ROWS = Array.from(
  { length: 3000 },
  (_, i) => `<tr><td><a href="/p/${i}">item ${i}</a></td><td><img alt="" loading="lazy" src="/own/${i}.png"></td></tr>`,
).join('')
const parsePage = (withGate) => `<!doctype html><html><head><meta charset="utf-8">
<script>${gateCode}</script>
<script>
  ${withGate ? `SekishoGate.installGate({ services: ${JSON.stringify(services)}, isGranted: () => false })` : ''}
  window.t0 = performance.now()
</script></head><body><table>${ROWS}</table>
<script>window.parsed = performance.now() - window.t0</script></body></html>`

const { origin, server } = await servePages((url) =>
  url.startsWith('/parse') ? parsePage(url.includes('gate')) : page(url.includes('gate')),
)

// --expose-gc: each timed run starts after a full garbage collection, so that it does not pay for
// the garbage of the run before it (on this 2-core machine that alone moved single runs by ±30%).
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
})
const PARSE = 'page parse, 3,000 rows (observer alive)'
const startups = []
const interfaces = []
const times = Object.fromEntries([PARSE, ...Object.keys(WORKLOADS)].map((name) => [name, { with: [], without: [] }]))
const timed = (name) => {
  gc()
  return window.workloads[name]()
}
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so neither side always runs on a warmer machine.
    for (const mode of run % 2 ? ['with', 'without'] : ['without', 'with']) {
      const tab = await browser.newPage()
      await tab.goto(`${origin}/${mode === 'with' ? 'parse-gate' : 'parse-plain'}`)
      times[PARSE][mode].push(await tab.evaluate(() => window.parsed))
      await tab.goto(`${origin}/${mode === 'with' ? 'gate' : 'plain'}`)
      interfaces.push(await tab.evaluate(() => window.interfaces))
      if (mode === 'with') startups.push(await tab.evaluate(() => window.startup))
      for (const name of Object.keys(WORKLOADS)) {
        await tab.evaluate((name) => window.workloads[name](), name) // warm-up: JIT and style caches
        // The median of three in this page: one slow run (a collection of Blink's own) is left out.
        const three = []
        for (let i = 0; i < 3; i++) three.push(await tab.evaluate(timed, name))
        times[name][mode].push(median(three))
      }
      await tab.close()
    }
  }
} finally {
  await browser.close()
  server.close()
}

console.log(`gate bundle: ${gateCode.length} bytes minified (iife)`)
const range = (xs) =>
  `median ${median(xs).toFixed(3)} ms (min ${Math.min(...xs).toFixed(3)}, max ${Math.max(...xs).toFixed(3)})`
console.log(`installGate startup, first call in a fresh page, 12 services: ${range(startups)}`)
console.log(`  plus Blink's one-time setup of the patched interfaces, paid before it: ${range(interfaces)}`)
console.log(`\n| gate overhead (medians of ${RUNS}) | ungated ms | gated ms | ratio (target <= 1.10) |`)
console.log('|---|---:|---:|---:|')
for (const [name, { with: gated, without }] of Object.entries(times)) {
  const ratio = median(gated) / median(without)
  console.log(
    `| ${name} | ${median(without).toFixed(2)} | ${median(gated).toFixed(2)} | ${ratio.toFixed(3)}${ratio > 1.1 ? ' (over)' : ''} |`,
  )
}
