// Gate benchmark (prints figures; not a timed test): installGate's startup time in fresh pages, and
// the gate's overhead as ratios to the ungated page on the page's own HTML parsed with the
// parser-time observer alive, then, after load, a DOM build, a DOM-heavy DOMParser parse, an
// img.src loop, an innerHTML SPA and a long session, each timed in frames of one page in turns
// (timeInFrames: tabs timed apart differ by ±20% between runs of the same code).
// Usage: node bench/gate.mjs [runs]; npm run bench runs it too.
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { buildGate, PARSE, ratioTable, servePages, services, timeInFrames, WORKLOADS } from './gate-workloads.mjs'
import { median } from './measure.mjs'

const RUNS = Number(process.argv[2] ?? 5)

const gateCode = await buildGate('.')

// The interfaces the gate patches: the first touch of each makes Blink build its prototype, a
// one-time cost any page script using them pays, timed apart first so that installGate's own time
// is what is left.
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
const startupPage = `<!doctype html><html><head><meta charset="utf-8">
<script>${gateCode}</script>
<script>
  let t0 = performance.now()
  ;${JSON.stringify(INTERFACES)}.forEach((name) => window[name].prototype)
  window.interfaces = performance.now() - t0
  t0 = performance.now()
  SekishoGate.installGate({ services: ${JSON.stringify(services)}, isGranted: () => false })
  window.startup = performance.now() - t0
</script></head><body></body></html>`

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
})
const startups = []
const interfaces = []
let times
try {
  const { origin, server } = await servePages((url) => (url == '/blank' ? '<!doctype html><p>blank</p>' : startupPage))
  for (let run = 0; run < 3 * RUNS; run++) {
    // A tab's first page pays for starting its renderer (~10 ms more for whatever runs first):
    // the gated page is the tab's second, as a visitor's page after a first one is.
    const tab = await browser.newPage()
    await tab.goto(`${origin}/blank`)
    await tab.goto(`${origin}/start`)
    startups.push(await tab.evaluate(() => window.startup))
    interfaces.push(await tab.evaluate(() => window.interfaces))
    await tab.close()
  }
  server.close()
  times = await timeInFrames(browser, { ungated: '', gated: gateCode }, [PARSE, ...Object.keys(WORKLOADS)], RUNS)
} finally {
  await browser.close()
}

console.log(`gate bundle: ${gateCode.length} bytes minified (iife)`)
const range = (xs) =>
  `median ${median(xs).toFixed(3)} ms (min ${Math.min(...xs).toFixed(3)}, max ${Math.max(...xs).toFixed(3)})`
console.log(`installGate startup, 12 services, a fresh tab's second page (no code cache yet): ${range(startups)}`)
console.log(`  plus Blink's one-time setup of the patched interfaces, paid before it: ${range(interfaces)}`)
console.log(`\n${ratioTable(times, `gate overhead (medians of ${RUNS} pages; target <= 1.10)`)}`)
