// The bench's own arithmetic: `node --test bench/` (not part of npm test, like the bench).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { byteSizes, median, paired, scriptTime } from './measure.mjs'

const PAGE = 'http://127.0.0.1:1/p/x/'
const OWN = 'http://127.0.0.1:1/cm/x/x.js'
const own = (url) => url.startsWith('http://127.0.0.1:1/cm/x/')
const main = { pid: 1, tid: 7 }
const call = (name, ts, dur, url, thread = main) => ({ ph: 'X', name, ts, dur, ...thread, args: { data: { url } } })

function trace(...events) {
  return {
    traceEvents: [
      { ph: 'M', name: 'thread_name', pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
      { ph: 'M', name: 'thread_name', pid: 1, tid: 9, args: { name: 'Compositor' } },
      { ph: 'R', name: 'navigationStart', ts: 1000, pid: 1, tid: 7, args: { data: { documentLoaderURL: PAGE } } },
      ...events,
    ],
  }
}

test('scriptTime counts the outermost of the manager’s main-thread events in CPU time, cut at first paint and at the banner', () => {
  const t = trace(
    call('EvaluateScript', 500, 400, OWN), // before this navigation: not this page's
    { ...call('EvaluateScript', 2000, 3000, OWN), tdur: 2000 }, // 2..5 ms wall, 2 ms on the CPU
    call('FunctionCall', 2500, 1000, OWN), // nested in the one above: counted once
    call('TimerFire', 4200, 500, OWN), // nested too
    call('EvaluateScript', 6000, 5000, PAGE), // the page's own script
    call('FunctionCall', 7000, 1000, OWN, { pid: 1, tid: 9 }), // not the main thread
    call('FunctionCall', 12000, 2000, OWN), // 12..14 ms, no thread time recorded: wall time
    { ph: 'I', name: 'firstContentfulPaint', ts: 4000, pid: 1, tid: 7 },
    { ph: 'R', name: 'bench:banner', ts: 13000, pid: 1, tid: 7 },
  )
  const r = scriptTime(t, own, PAGE)
  assert.equal(r.beforePaintMs, 2 * (2 / 3)) // two thirds of the first event's wall span, pro rata
  assert.equal(r.untilBannerMs, 3) // 2 ms + half of the last one
  assert.equal(r.totalMs, 4)
  assert.deepEqual(r.wall, { beforePaintMs: 2, untilBannerMs: 4, totalMs: 5 })
  assert.equal(r.firstPaintMs, 3)
})

test('scriptTime falls back to the render mark for a banner below the fold, and says so when neither came', () => {
  const t = trace(call('EvaluateScript', 2000, 3000, OWN), {
    ph: 'R',
    name: 'bench:rendered',
    ts: 3000,
    pid: 1,
    tid: 7,
  })
  assert.equal(scriptTime(t, own, PAGE).untilBannerMs, 1)
  assert.equal(scriptTime(trace(call('EvaluateScript', 2000, 3000, OWN)), own, PAGE).untilBannerMs, undefined)
})

test('byteSizes compresses each file on its own and sums', () => {
  const a = Buffer.from('consent '.repeat(200))
  const b = Buffer.from('{"revision":"1"}')
  const s = byteSizes([
    { name: 'a.js', body: a },
    { name: 'b.json', body: b },
  ])
  assert.equal(s.raw, a.length + b.length)
  assert.equal(s.files.length, 2)
  assert.ok(s.files[0].gzip < a.length / 10, 'repetitive text compresses')
  assert.equal(s.gzip, s.files[0].gzip + s.files[1].gzip)
  assert.equal(s.brotli, s.files[0].brotli + s.files[1].brotli)
  assert.ok(s.files[1].gzip > b.length, 'a tiny file grows under gzip: counted as served, not as hoped')
})

test('median ignores missing figures', () => {
  assert.equal(median([3, 1, 2]), 2)
  assert.equal(median([4, 1, undefined, 3, 2]), 2.5)
  assert.equal(median([undefined]), undefined)
})

test('paired: medians, the median per-pair ratio and the pairs b was lower in; a pair missing a figure is left out', () => {
  assert.deepEqual(paired([100, 200, 120, undefined], [90, 220, 60, 50]), {
    pairs: 3,
    a: 120,
    b: 90,
    ratio: 0.9, // 0.9, 1.1, 0.5
    lower: 2,
  })
  assert.deepEqual(paired([], []), { pairs: 0, a: undefined, b: undefined, ratio: undefined, lower: 0 })
})
