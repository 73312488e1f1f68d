// Gate benchmark (prints figures; not a timed test): installGate startup time, and the cost of
// inserting 10,000 DOM nodes with the gate installed vs without, as a ratio. Medians of several
// runs, each in a fresh page of Debian's Chromium. Usage: node bench/gate.mjs [runs]
import { createServer } from 'node:http'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'

const RUNS = Number(process.argv[2] ?? 15)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const { outputFiles } = await build({
  entryPoints: ['packages/gate/src/index.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'SekishoGate',
  conditions: ['source'],
  write: false,
})
const gateCode = outputFiles[0].text

// Twelve services shaped like the zoo's (hosts with path prefixes, cookie and storage patterns).
const services = Array.from({ length: 12 }, (_, i) => ({
  id: `service-${i}`,
  purposes: [i % 2 ? 'advertising' : 'analytics'],
  hosts: [`cdn${i}.tracker${i}.example`, `collect.tracker${i}.example/p/`, `www.tags${i}.example/js?id=T${i}-`],
  cookies: [`_t${i}`, `_t${i}_*`],
  storage: [`t${i}:*`],
}))

// The workload: 10,000 inserts through the usual methods; elements with children, images with a
// first-party src, attributes set by setAttribute, the way frameworks build pages.
const workload = `async function work() {
  const root = document.getElementById('root')
  root.textContent = ''
  const t0 = performance.now()
  for (let i = 0; i < 10000; i++) {
    const el = document.createElement(i % 10 === 0 ? 'section' : 'div')
    el.setAttribute('class', 'item-' + (i % 7))
    el.textContent = 'item ' + i
    if (i % 10 === 0) el.appendChild(document.createElement('span'))
    if (i % 3 === 0) root.append(el)
    else if (i % 3 === 1) root.appendChild(el)
    else root.insertBefore(el, root.lastChild)
  }
  // Mutation observers run at the next microtask checkpoint: their cost counts too.
  await null
  return performance.now() - t0
}`

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

// Served with COOP/COEP: a cross-origin-isolated page gets 5 µs timer resolution, not 100 µs.
const server = createServer((req, res) => {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  })
  res.end(page(req.url.includes('gate')))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const startups = []
const interfaces = []
const times = { with: [], without: [] }
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so neither side always runs on a warmer machine.
    for (const mode of run % 2 ? ['with', 'without'] : ['without', 'with']) {
      const tab = await browser.newPage()
      await tab.goto(`${origin}/${mode === 'with' ? 'gate' : 'plain'}`)
      interfaces.push(await tab.evaluate(() => window.interfaces))
      if (mode === 'with') startups.push(await tab.evaluate(() => window.startup))
      await tab.evaluate(() => work()) // warm-up: JIT and style caches
      times[mode].push(await tab.evaluate(() => work()))
      await tab.close()
    }
  }
} finally {
  await browser.close()
  server.close()
}

const withGate = median(times.with)
const without = median(times.without)
console.log(`gate bundle: ${gateCode.length} bytes minified (iife)`)
const range = (xs) =>
  `median ${median(xs).toFixed(3)} ms (min ${Math.min(...xs).toFixed(3)}, max ${Math.max(...xs).toFixed(3)})`
console.log(`installGate startup, first call in a fresh page, 12 services: ${range(startups)}`)
console.log(`  plus Blink's one-time setup of the patched interfaces, paid before it: ${range(interfaces)}`)
console.log(
  `10,000 inserts: without gate ${without.toFixed(2)} ms, with gate ${withGate.toFixed(2)} ms (medians of ${RUNS})`,
)
console.log(`overhead ratio: ${(withGate / without).toFixed(3)} (target < 1.10)`)
