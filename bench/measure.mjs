// What one page load is measured with: an in-page probe (banner visibility, layout shifts, the
// click time), byte sizes of what was downloaded, main-thread script time from a Chrome trace.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Runs before any page script: records CLS, the first click, when the banner is first rendered and first in view. */
export function probeScript(bannerProbe) {
  return `(() => {
  const b = window.__bench = { cls: 0 }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value
  }).observe({ type: 'layout-shift', buffered: true })
  addEventListener('click', () => { if (b.clickAt === undefined) b.clickAt = performance.now() }, true)
  // Event Timing: every event of an interaction (pointerdown/up, click, keydown/up) with its duration,
  // from the input's timestamp to the next paint after its handlers (INP's definition, per interaction).
  b.events = []
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.interactionId) b.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration,
          delay: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  } catch {}
  const probe = () => (${bannerProbe ?? 'null'})
  // 0: not painted; 1: painted but outside the viewport (the visitor must scroll); 2: in view.
  const state = (el) => {
    if (!el) return 0
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) return 0
    for (let n = el; n && n.nodeType === 1; n = n.parentElement || n.getRootNode().host) {
      const s = getComputedStyle(n)
      if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) return 0
    }
    return r.bottom <= 0 || r.top >= innerHeight ? 1 : 2
  }
  // Checked once per frame: the frame in which it turns visible is the one that paints it.
  const tick = () => {
    const now = state(probe())
    if (now && b.renderedAt === undefined) { b.renderedAt = performance.now(); performance.mark('bench:rendered') }
    if (now === 2) { b.bannerAt = performance.now(); performance.mark('bench:banner') }
    else if (performance.now() < 15000) requestAnimationFrame(tick)
  }
  ${bannerProbe ? 'requestAnimationFrame(tick)' : ''}
})()`
}

/** The Event Timing API's shortest threshold: an interaction faster than this has no entry. */
export const EVENT_TIMING_FLOOR_MS = 16

/**
 * The slowest event of the interactions since `since` (page time), as INP counts an interaction, with
 * INP's three parts: input delay (the main thread busy when it came), processing (its handlers) and
 * the rest until the next paint; undefined when none reached `EVENT_TIMING_FLOOR_MS`. Waits for two
 * frames and a task so that the entries of the click's own paint have been delivered.
 */
export async function interactionParts(page, since) {
  return page.evaluate(async (since) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))
    const mine = window.__bench.events.filter((e) => e.start >= since).sort((a, b) => b.duration - a.duration)
    return mine[0] && { ...mine[0], presentation: mine[0].duration - mine[0].delay - mine[0].processing }
  }, since)
}

/** Raw, gzip -9 and brotli q11 sizes of each body, summed (servers compress file by file). */
export function byteSizes(bodies) {
  const sum = { raw: 0, gzip: 0, brotli: 0, files: [] }
  for (const { name, body } of bodies) {
    const raw = body.length
    const gzip = gzipSync(body, { level: 9 }).length
    const brotli = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw },
    }).length
    sum.raw += raw
    sum.gzip += gzip
    sum.brotli += brotli
    sum.files.push({ name, raw, gzip, brotli })
  }
  return sum
}

/** Trace categories with script evaluation, function calls, compiles, paint timing and user marks. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-devtools.timeline',
]

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'RunMicrotasks',
])

/**
 * Main-thread time (ms) spent in the manager's scripts, up to first paint and up to the banner being
 * visible. Events are attributed by their script URL; one thread's events nest, so only outermost
 * ones count. Thread CPU time (`tdur`) rather than wall time, so that a neighbour taking the core
 * does not count as the manager's; an event cut by the limit counts pro rata. `wall` has wall time.
 * @param {{ traceEvents: any[] }} trace
 * @param {(url: string) => boolean} isOwn
 * @param {string} pageUrl
 */
export function scriptTime(trace, isOwn, pageUrl) {
  const events = trace.traceEvents
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  )
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl).pop()
  const start = nav?.ts ?? 0
  const firstPaint = events.find(
    (e) => (e.name === 'firstPaint' || e.name === 'firstContentfulPaint') && e.ts >= start,
  )?.ts
  // A banner rendered below the fold counts from when it was rendered.
  const mark = (name) => events.find((e) => e.name === name && e.ts >= start)?.ts
  const banner = mark('bench:banner') ?? mark('bench:rendered')
  const own = events
    .filter((e) => {
      if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name) || !mainThreads.has(`${e.pid}:${e.tid}`) || e.ts < start)
        return false
      const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName
      return typeof url === 'string' && url.startsWith('http') && isOwn(url)
    })
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const outermost = []
  let end = -Infinity
  for (const e of own) {
    if (e.ts < end) continue // nested in the previous outermost event (same thread)
    outermost.push(e)
    end = e.ts + (e.dur ?? 0)
  }
  const until = (cut, field) => {
    if (cut === undefined) return undefined
    let total = 0
    for (const e of outermost) {
      const dur = e.dur ?? 0
      const time = field === 'tdur' ? (e.tdur ?? dur) : dur
      if (e.ts >= cut) break
      total += e.ts + dur <= cut || dur === 0 ? time : (time * (cut - e.ts)) / dur
    }
    return total / 1000
  }
  const figures = (field) => ({
    beforePaintMs: until(firstPaint, field),
    untilBannerMs: until(banner, field),
    totalMs: until(Infinity, field),
  })
  return {
    ...figures('tdur'),
    wall: figures('dur'),
    firstPaintMs: firstPaint === undefined ? undefined : (firstPaint - start) / 1000,
  }
}

/** Time (ms) of `count` element inserts with appendChild, median of `reps`, measured in the page. */
export async function insertCost(page, count = 10000, reps = 5) {
  return page.evaluate(
    ({ count, reps }) => {
      const times = []
      for (let r = 0; r < reps; r++) {
        const root = document.body.appendChild(document.createElement('div'))
        const t0 = performance.now()
        for (let i = 0; i < count; i++) {
          const row = document.createElement('div')
          row.className = 'row'
          row.appendChild(document.createTextNode('row ' + i))
          root.appendChild(row)
        }
        times.push(performance.now() - t0)
        root.remove()
      }
      times.sort((a, b) => a - b)
      return times[times.length >> 1]
    },
    { count, reps },
  )
}

export const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return undefined
  const mid = v.length >> 1
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
}

/**
 * Two builds measured in turns, pair by pair: each one's median, the median of the per-pair ratios
 * b/a (a pair shares the machine's state, so its ratio is steadier than a ratio of medians), and
 * how many pairs b was lower in. Pairs missing either figure are left out.
 * @param {Array<number | undefined>} a @param {Array<number | undefined>} b
 */
export function paired(a, b) {
  const pairs = a.map((x, i) => [x, b[i]]).filter((p) => p.every((x) => typeof x === 'number' && x > 0))
  return {
    pairs: pairs.length,
    a: median(pairs.map((p) => p[0])),
    b: median(pairs.map((p) => p[1])),
    ratio: median(pairs.map(([x, y]) => y / x)),
    lower: pairs.filter(([x, y]) => y < x).length,
  }
}
