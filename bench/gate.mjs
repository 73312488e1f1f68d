// Gate benchmark (prints figures; not a timed test): installGate startup time, and the gate's
// overhead on six workloads (the page's own HTML parsed with the observer alive, then a DOM build,
// a DOM-heavy DOMParser parse, an img.src loop, an innerHTML SPA and a long session after it) as
// ratios to the ungated page. Medians of several runs, each in a fresh page of Debian's Chromium. Usage: node bench/gate.mjs [runs]; npm run bench runs it too.
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

// The workloads after the page loaded, each timed in the same page with and without the gate
// (held by nothing: the cost every page pays). Mutation observers would run at the next microtask
// checkpoint: each awaits one so that any observer's cost (the page's, a gate's) counts too.
const WORKLOADS = {
  // 10,000 inserts through the usual methods; elements with children, attributes set by
  // setAttribute, the way frameworks build pages.
  'DOM build, 10,000 inserts': `async () => {
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
    await null
    return performance.now() - t0
  }`,
  // A DOM-heavy document parsed at once: 3,000 rows with links and first-party images.
  'DOM-heavy parse, 3,000 rows': `async () => {
    const root = document.getElementById('root')
    root.textContent = ''
    const rows = Array.from({ length: 3000 }, (_, i) =>
      '<tr><td><a href="/p/' + i + '">item ' + i + '</a></td><td><img alt="" src="/own/' + i + '.png"></td></tr>').join('')
    const t0 = performance.now()
    root.append(...new DOMParser().parseFromString('<table>' + rows + '</table>', 'text/html').body.childNodes)
    await null
    return performance.now() - t0
  }`,
  // Setting img.src on 1,000 rows (first-party URLs: every one is checked and let through).
  'img.src loop, 1,000 rows': `async () => {
    const root = document.getElementById('root')
    root.textContent = ''
    const images = Array.from({ length: 1000 }, () => root.appendChild(document.createElement('img')))
    const t0 = performance.now()
    images.forEach((img, i) => (img.src = '/thumb/' + i + '.png'))
    await null
    return performance.now() - t0
  }`,
  // An SPA that renders each view by innerHTML: 200 views of 50 cards with images and links.
  'innerHTML SPA, 200 views': `async () => {
    const root = document.getElementById('root')
    const view = (n) => Array.from({ length: 50 }, (_, i) =>
      '<article class="card"><h2>' + n + '/' + i + '</h2><img alt="" src="/own/' + i + '.png"><a href="/v/' + i + '">more</a></article>').join('')
    const t0 = performance.now()
    for (let n = 0; n < 200; n++) {
      root.innerHTML = view(n)
      await null
    }
    return performance.now() - t0
  }`,
  // A long session: 100 rounds of swapping 500 nodes in and out.
  'long session, 100 swaps': `async () => {
    const root = document.getElementById('root')
    const t0 = performance.now()
    for (let n = 0; n < 100; n++) {
      root.textContent = ''
      const fragment = document.createDocumentFragment()
      for (let i = 0; i < 500; i++) fragment.appendChild(document.createElement('li')).textContent = n + '.' + i
      root.appendChild(fragment)
      await null
    }
    return performance.now() - t0
  }`,
}
const workload = `window.workloads = {${Object.entries(WORKLOADS)
  .map(([name, code]) => `${JSON.stringify(name)}: ${code}`)
  .join(',\n')}}`

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

// Served with COOP/COEP: a cross-origin-isolated page gets 5 µs timer resolution, not 100 µs.
const server = createServer((req, res) => {
  if (req.url.startsWith('/own/')) return res.writeHead(404).end()
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  })
  res.end(req.url.startsWith('/parse') ? parsePage(req.url.includes('gate')) : page(req.url.includes('gate')))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${server.address().port}`

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
