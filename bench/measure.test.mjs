// The bench's own arithmetic: `node --test bench/` (not part of npm test, like the bench).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { byteSizes, median, scriptTime } from './measure.mjs'

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

test('scriptTime counts the manager’s main-thread script events once, cut at first paint and at the banner', () => {
  const t = trace(
    call('EvaluateScript', 500, 400, OWN), // before this navigation: not this page's
    call('EvaluateScript', 2000, 3000, OWN), // 2..5 ms
    call('FunctionCall', 2500, 1000, OWN), // nested in the one above: counted once
    call('TimerFire', 4200, 1300, OWN), // overlaps the first one's end: 5..5.5 ms added
    call('EvaluateScript', 6000, 5000, PAGE), // the page's own script
    call('FunctionCall', 6000, 5000, OWN, { pid: 1, tid: 9 }), // not the main thread
    call('FunctionCall', 12000, 2000, OWN), // 12..14 ms
    { ph: 'I', name: 'firstContentfulPaint', ts: 4000, pid: 1, tid: 7 },
    { ph: 'R', name: 'bench:banner', ts: 13000, pid: 1, tid: 7 },
  )
  const r = scriptTime(t, own, PAGE)
  assert.equal(r.beforePaintMs, 2) // 2000..4000
  assert.equal(r.untilBannerMs, 4.5) // 3.5 ms + 12000..13000
  assert.equal(r.totalMs, 5.5)
  assert.equal(r.firstPaintMs, 3)
})

test('scriptTime falls back to the render mark for a banner below the fold, and says so when neither came', () => {
  const t = trace(call('EvaluateScript', 2000, 3000, OWN), { ph: 'R', name: 'bench:rendered', ts: 3000, pid: 1, tid: 7 })
  assert.equal(scriptTime(t, own, PAGE).untilBannerMs, 1)
  assert.equal(scriptTime(trace(call('EvaluateScript', 2000, 3000, OWN)), own, PAGE).untilBannerMs, undefined)
})

test('byteSizes compresses each file on its own and sums', () => {
  const a = Buffer.from('consent '.repeat(200))
  const b = Buffer.from('{"revision":"1"}')
  const s = byteSizes([{ name: 'a.js', body: a }, { name: 'b.json', body: b }])
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
