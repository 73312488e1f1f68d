import { createServer } from 'node:http'
import { join } from 'node:path'
import { build } from 'esbuild'
import { median } from './measure.mjs'

// What bench/gate.mjs and bench/gate-ab.mjs time: the services a gated page declares, and the
// workloads a page runs after it loaded.
// Twelve services shaped like the zoo's (hosts with path prefixes, cookie and storage patterns).
export const services = Array.from({ length: 12 }, (_, i) => ({
  id: `service-${i}`,
  purposes: [i % 2 ? 'advertising' : 'analytics'],
  hosts: [`cdn${i}.tracker${i}.example`, `collect.tracker${i}.example/p/`, `www.tags${i}.example/js?id=T${i}-`],
  cookies: [`_t${i}`, `_t${i}_*`],
  storage: [`t${i}:*`],
}))

// The workloads after the page loaded, each timed in the same page with and without the gate
// (held by nothing: the cost every page pays). Mutation observers would run at the next microtask
// checkpoint: each awaits one so that any observer's cost (the page's, a gate's) counts too.
export const WORKLOADS = {
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
  // A DOM-heavy document parsed at once: 3,000 rows with links and first-party images (lazy, as
  // long pages have them: eager ones started 3,000 requests a call, a storm that slowed every
  // workload after it in the same tab until a run of all of them took over 20 minutes).
  'DOM-heavy parse, 3,000 rows': `async () => {
    const root = document.getElementById('root')
    root.textContent = ''
    const rows = Array.from({ length: 3000 }, (_, i) =>
      '<tr><td><a href="/p/' + i + '">item ' + i + '</a></td><td><img alt="" loading="lazy" src="/own/' + i + '.png"></td></tr>').join('')
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
/** The workloads as page script: `window.workloads[name]()` resolves to the milliseconds taken. */
export const workload = `window.workloads = {${Object.entries(WORKLOADS)
  .map(([name, code]) => `${JSON.stringify(name)}: ${code}`)
  .join(',\n')}}`

/** Serves `html(url)` on 127.0.0.1 (the page's own images, /own/, are 404s) and resolves to its
 * origin and server. COOP/COEP: a cross-origin-isolated page gets 5 µs timer resolution, not 100 µs. */
export async function servePages(html) {
  const server = createServer((req, res) => {
    if (req.url.startsWith('/own/')) return res.writeHead(404).end()
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    })
    res.end(html(req.url))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${server.address().port}`, server }
}

/** The gate's code as one script (`SekishoGate`) from the repository at `dir` (its sources import
 * nothing but themselves and types). */
export async function buildGate(dir) {
  const { outputFiles } = await build({
    entryPoints: [join(dir, 'packages/gate/src/index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'SekishoGate',
    conditions: ['source'],
    write: false,
  })
  return outputFiles[0].text
}

// Pages timed apart (one tab each, as a visitor's) differ by ±20% between two runs of the same
// code here, more than most changes to the gate are worth: so each variant runs in a frame of one
// page, in rotating turns, after a full garbage collection each (the browser needs
// --js-flags=--expose-gc): same renderer, same moment.

/** A page's head up to inside its second script: `code` (a gate's script, or '' for the ungated
 * page), then its installGate call. */
const gated = (code) => `<!doctype html><html><head><meta charset="utf-8"><script>${code}</script><script>
${code ? `SekishoGate.installGate({ services: ${JSON.stringify(services)}, isGranted: () => false })` : ''}`

/** The page that runs `code` and then the workloads. */
const workloadPage = (code) => `${gated(code)}
${workload}</script></head><body><div id="root"></div></body></html>`

// The page's own HTML parsed while the gate's parser-time observer is alive: 3,000 rows of links
// and first-party images (lazy, as long pages have them: no request storm in the timing), timed
// from the end of <head> to a script after the last row (the observer's records are delivered
// before that script runs).
export const PARSE = 'page parse, 3,000 rows (observer alive)'
const ROWS = Array.from(
  { length: 3000 },
  (_, i) => `<tr><td><a href="/p/${i}">item ${i}</a></td><td><img alt="" loading="lazy" src="/own/${i}.png"></td></tr>`,
).join('')
const parsePage = (code) => `${gated(code)}
window.t0 = performance.now()
</script></head><body><table>${ROWS}</table>
<script>window.parsed = performance.now() - window.t0</script></body></html>`

/**
 * Times each of `names` (PARSE, or workloads' names) for each of `codes` (variant name → gate
 * script, '' for the ungated page) in `runs` fresh pages of `browser`: in each page, nine rounds
 * that time every variant once in a rotated order; the median of a variant's nine is its figure
 * for that page. Resolves to name → variant → one figure (ms) per page.
 */
export async function timeInFrames(browser, codes, names, runs) {
  const modes = Object.keys(codes)
  const host = `<!doctype html><html><head><meta charset="utf-8"></head><body>${modes
    .map((_, i) => `<iframe id="m${i}" src="/m${i}"></iframe>`)
    .join('')}</body></html>`
  const { origin, server } = await servePages((url) => {
    if (url === '/host') return host
    const code = codes[modes[Number(url.slice(2))]]
    return url.startsWith('/p') ? parsePage(code) : workloadPage(code)
  })
  const times = Object.fromEntries(names.map((name) => [name, Object.fromEntries(modes.map((mode) => [mode, []]))]))
  try {
    for (let run = 0; run < runs; run++) {
      const tab = await browser.newPage()
      await tab.goto(`${origin}/host`, { waitUntil: 'load' })
      for (const name of names) {
        const medians = await tab.evaluate(
          async ({ name, count, PARSE }) => {
            const frames = Array.from({ length: count }, (_, i) => document.getElementById(`m${i}`))
            // One load of variant i's parse page in a new frame: the time its last script recorded.
            const parse = (i) =>
              new Promise((resolve) => {
                const frame = document.createElement('iframe')
                frame.onload = () => {
                  resolve(frame.contentWindow.parsed)
                  frame.remove()
                }
                frame.src = `/p${i}`
                document.body.append(frame)
              })
            const time = (i) => (name === PARSE ? parse(i) : frames[i].contentWindow.workloads[name]())
            for (let i = 0; i < count; i++) await time(i) // warm-up: JIT and style caches
            const ms = frames.map(() => [])
            for (let round = 0; round < 9; round++)
              for (let j = 0; j < count; j++) {
                const i = (round + j) % count
                gc()
                ms[i].push(await time(i))
              }
            return ms.map((xs) => xs.sort((a, b) => a - b)[4])
          },
          { name, count: modes.length, PARSE },
        )
        medians.forEach((ms, i) => times[name][modes[i]].push(ms))
      }
      await tab.close()
    }
  } finally {
    server.close()
  }
  return times
}

/** The table of `times` (from timeInFrames): the first variant's median ms, the others' ratios to it. */
export function ratioTable(times, title) {
  const modes = Object.keys(Object.values(times)[0])
  const lines = [
    `| ${title} | ${modes[0]} ms | ${modes.slice(1).join(' | ')} |`,
    `|---|---:|${modes
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  ]
  for (const [name, byMode] of Object.entries(times)) {
    const base = median(byMode[modes[0]])
    const ratios = modes.slice(1).map((mode) => {
      const ratio = median(byMode[mode]) / base
      return `${ratio.toFixed(3)}×${ratio > 1.1 ? ' (over 1.10)' : ''}`
    })
    lines.push(`| ${name} | ${base.toFixed(2)} | ${ratios.join(' | ')} |`)
  }
  return lines.join('\n')
}
