// A page load traced as a visitor's browser runs it: Debian's Chromium driven through a bare DevTools
// pipe (--remote-debugging-pipe) in which no session enables the Runtime domain.
// Why not through Playwright: it enables Runtime in every page, and while any session has Runtime
// enabled, V8's inspector captures the whole JS stack (up to 200 frames) wherever Blink records a
// source location, instead of the top frame: each console message and each DevTools issue, and
// Chromium reports every document.cookie access as one (a "DocumentCookie" performance issue). For
// each function on that stack V8 then parses the function again to find its source positions
// (V8.CollectSourcePositions), on the main thread: tens of ms at 4× for a manager that reads its
// cookie deep inside a large script, which no visitor's browser spends (pipe.test.mjs shows both).
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { TRACE_CATEGORIES } from './measure.mjs'

/** A browser spoken to over the pipe: `send` a command (to a session), `on` its events. */
async function launchPipe(args) {
  const dir = await mkdtemp(join(tmpdir(), 'sekisho-pipe-'))
  const proc = spawn(
    findChromium(),
    [...CHROMIUM_ARGS, '--headless', '--remote-debugging-pipe', `--user-data-dir=${dir}`, ...args, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise((resolve) => proc.once('exit', resolve))
  const pending = new Map()
  const listeners = new Set()
  let nextId = 0
  let buffer = ''
  // Messages are JSON, each ended by a NUL, both ways: fd 3 into the browser, fd 4 out of it.
  proc.stdio[4].setEncoding('utf8').on('data', (chunk) => {
    buffer += chunk
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end))
      buffer = buffer.slice(end + 1)
      const reply = message.id !== undefined && pending.get(message.id)
      if (reply) {
        pending.delete(message.id)
        reply(message)
      } else for (const listener of listeners) listener(message)
    }
  })
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = ++nextId
      pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)))
      proc.stdio[3].write(`${JSON.stringify({ id, method, params, sessionId })}\0`)
    })
  return {
    send,
    on: (listener) => listeners.add(listener),
    async close() {
      await send('Browser.close').catch(() => proc.kill())
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      proc.kill('SIGKILL')
      await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {})
    },
  }
}

/**
 * Loads `url` in a fresh browser, traced, with `init` run before any page script, every request to
 * another host than the page's answered by `answer` (a response, or undefined to fail it), the CPU
 * slowed `throttle` times. Waits until `ready` (a JS expression) is true in the page, or `timeoutMs`.
 * @returns {Promise<{ traceEvents: any[], page: any }>} the trace, and `pageValue` read from the page at the end
 */
export async function tracedLoad({
  url,
  answer = () => undefined,
  init = '',
  categories = TRACE_CATEGORIES,
  throttle = 1,
  ready = "document.readyState === 'complete'",
  pageValue = 'null',
  timeoutMs = 20000,
  settleMs = 300,
  viewport = { width: 1280, height: 800 },
  locale = 'en-US',
}) {
  const host = new URL(url).hostname
  const browser = await launchPipe([
    `--host-resolver-rules=MAP ${host} 127.0.0.1`,
    `--lang=${locale}`,
    // As Playwright launches it, so that the DevTools Runtime domain is the one difference: no field
    // trials from Chromium's testing config, and the page's renderer and timers never deprioritised.
    '--disable-field-trial-config',
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ])
  try {
    const { send } = browser
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' })
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true })
    const page = (method, params) => send(method, params, sessionId)
    const traceEvents = []
    let complete
    const completed = new Promise((resolve) => (complete = resolve))
    browser.on((m) => {
      if (m.method === 'Tracing.dataCollected') traceEvents.push(...m.params.value)
      else if (m.method === 'Tracing.tracingComplete') complete()
      else if (m.method === 'Fetch.requestPaused' && m.sessionId === sessionId) {
        const { requestId, request } = m.params
        const target = new URL(request.url)
        if (target.hostname === host) return void page('Fetch.continueRequest', { requestId }).catch(() => {})
        const response = answer(target)
        if (!response)
          return void page('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => {})
        page('Fetch.fulfillRequest', {
          requestId,
          responseCode: 200,
          responseHeaders: Object.entries(response.headers).map(([name, value]) => ({ name, value })),
          body: Buffer.from(response.body).toString('base64'),
        }).catch(() => {})
      }
    })
    // Page and Fetch only: neither makes the inspector capture whole stacks (Runtime would).
    await page('Page.enable')
    await page('Page.addScriptToEvaluateOnNewDocument', { source: init })
    await page('Fetch.enable', { patterns: [{ urlPattern: '*' }] })
    await page('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false })
    await page('Emulation.setLocaleOverride', { locale })
    await page('Emulation.setCPUThrottlingRate', { rate: throttle })
    await send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' })
    await page('Page.navigate', { url })
    // Runtime.evaluate answers without Runtime.enable, which is what the inspector checks.
    const evaluate = async (expression) =>
      (await page('Runtime.evaluate', { expression, returnByValue: true }).catch(() => undefined))?.result?.value
    const until = Date.now() + timeoutMs
    while (Date.now() < until && (await evaluate(ready)) !== true) await new Promise((r) => setTimeout(r, 100))
    await new Promise((resolve) => setTimeout(resolve, settleMs))
    const value = await evaluate(pageValue)
    await send('Tracing.end')
    await completed
    return { traceEvents, page: value }
  } finally {
    await browser.close()
  }
}
