// Why the bench traces first visits through the bare pipe: a document.cookie read 40 calls deep
// makes V8 find the source positions of every one of the 40 functions when Playwright's Runtime
// domain is on, of the top frame only through the pipe (as in a visitor's browser).
// `node --test bench/` (not part of npm test, like the bench); needs Debian's Chromium.
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { test } from 'node:test'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { tracedLoad } from './pipe.mjs'

const DEPTH = 40
// f0 reads the cookie; each f<i> calls f<i-1>; the page calls the last. The marks bound the read.
const PAGE = `<!doctype html><title>deep</title><script>
${Array.from({ length: DEPTH }, (_, i) => (i ? `function f${i}() { return f${i - 1}() }` : 'function f0() { return document.cookie }')).join('\n')}
performance.mark('read:start'); f${DEPTH - 1}(); performance.mark('read:end'); window.done = true
</script>`
const CATEGORIES = ['blink.user_timing', 'disabled-by-default-v8.compile']

/** V8.CollectSourcePositions events on the page's main thread between the two marks. */
function positionsCollected(events) {
  const at = (name) => events.find((e) => e.name === name)?.ts
  const [start, end] = [at('read:start'), at('read:end')]
  assert.ok(start !== undefined && end !== undefined, 'the page ran and marked its read')
  return events.filter((e) => e.name === 'V8.CollectSourcePositions' && e.ts >= start && e.ts <= end).length
}

test('a cookie read deep in a stack: source positions for every frame under Playwright, for the top one through the pipe', async (t) => {
  if (!findChromium()) return t.skip('no Chromium (apt-get install chromium)')
  const server = createServer((_, res) => res.setHeader('content-type', 'text/html').end(PAGE)).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const url = `http://127.0.0.1:${server.address().port}/`
  try {
    const piped = await tracedLoad({
      url,
      categories: CATEGORIES,
      ready: 'window.done === true',
      pageValue: 'window.done',
    })
    assert.equal(piped.page, true)

    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
    const page = await browser.newPage()
    await browser.startTracing(page, { categories: CATEGORIES })
    await page.goto(url)
    await page.waitForFunction(() => window.done === true)
    const played = JSON.parse((await browser.stopTracing()).toString()).traceEvents
    await browser.close()

    assert.ok(positionsCollected(played) >= DEPTH, `Playwright: ${positionsCollected(played)} functions re-parsed`)
    assert.ok(
      positionsCollected(piped.traceEvents) <= 2,
      `pipe: ${positionsCollected(piped.traceEvents)} functions re-parsed`,
    )
  } finally {
    server.close()
  }
})
