import { createServer } from 'node:http'
import { join } from 'node:path'
import { build } from 'esbuild'

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
