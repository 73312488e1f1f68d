// Signed anchors posted to a URL: each line the collector signs goes to the URL too, in the
// background with retries, and a slow or failing URL never holds up ingest.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCollector, type CollectorOptions } from '../http/server.ts'
import { anchorPoster, anchorUrlError } from './anchor-post.ts'
import type { AnchorLine } from './anchors.ts'
import { serveOptions } from '../serve/serve-options.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { sampleReceipt } from '../testing/sample.ts'

/** A local receiver that answers each request with `answer(n)` (n from 1); `got(n)` resolves once n bodies arrived. */
async function receiver(answer: (n: number, res: ServerResponse) => void) {
  const bodies: string[] = []
  const waiting: Array<{ n: number; resolve: () => void }> = []
  const server = createServer(async (req: IncomingMessage, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    bodies.push(`${req.method} ${req.headers['content-type']} ${body}`)
    for (const w of waiting.filter((w) => bodies.length >= w.n)) w.resolve()
    answer(bodies.length, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/anchors`,
    bodies,
    got: (n: number) => new Promise<void>((resolve) => (bodies.length >= n ? resolve() : waiting.push({ n, resolve }))),
    close: () => (server.closeAllConnections(), new Promise((resolve) => server.close(resolve))),
  }
}

const setup = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-anchor-post-'))
  return { file: join(dir, 'anchors.jsonl'), done: () => rmSync(dir, { recursive: true, force: true }) }
}

// A receiver that never hears from the collector would otherwise wait forever.
describe('anchors posted to a URL', { timeout: 20_000 }, () => {
  it('POSTs each signed line as JSON, the same line the file holds', async () => {
    const to = await receiver((_, res) => res.writeHead(204).end())
    const { file, done } = setup()
    const store = openSqliteStore(':memory:')
    const collector = createCollector({
      store,
      port: 0,
      retentionDays: false,
      log: () => {},
      anchors: { file, post: { url: to.url } },
    })
    try {
      await collector.listen()
      await store.append([{ receipt: sampleReceipt(1), receivedAt: '2026-11-01T00:00:00.000Z' }])
      await to.got(1)
      await collector.close()
      await to.got(2)
      const lines = readFileSync(file, 'utf8').trim().split('\n')
      assert.deepEqual(
        to.bodies,
        lines.map((l) => `POST application/json ${l}`),
      )
      assert.equal(Object.keys(JSON.parse(lines[1]!).heads).length, 1, 'the last line has the new head')
    } finally {
      await to.close()
      await store.close()
      done()
    }
  })

  it('retries with backoff when the URL fails, and delivers', async () => {
    const to = await receiver((n, res) => res.writeHead(n < 3 ? 503 : 200).end())
    const { file, done } = setup()
    const store = openSqliteStore(':memory:')
    const logged: Array<Record<string, unknown>> = []
    const collector = createCollector({
      store,
      port: 0,
      retentionDays: false,
      log: (e) => logged.push(e),
      anchors: { file, post: { url: to.url, retryMs: 5 } },
    })
    try {
      await collector.listen()
      await to.got(3)
      await collector.close()
      const failures = logged.filter((e) => e.event === 'anchor-post-failed')
      assert.deepEqual(
        failures.map((e) => [e.message, e.retryInMs]),
        [
          ['HTTP 503', 5],
          ['HTTP 503', 10],
        ],
      )
      const [first, last] = readFileSync(file, 'utf8').trim().split('\n')
      assert.deepEqual(
        to.bodies,
        [first, first, first, last].map((l) => `POST application/json ${l}`),
        'the first line until it was taken, then the one close signed',
      )
      assert.equal(logged.filter((e) => e.event === 'anchor-post-unsent').length, 0)
    } finally {
      await to.close()
      await store.close()
      done()
    }
  })

  it('a URL that never answers holds up neither listen nor ingest; close gives up after its wait', async () => {
    // Never answers: the request stays open until the collector aborts it.
    const to = await receiver(() => {})
    const { file, done } = setup()
    const logged: Array<Record<string, unknown>> = []
    const collector = createCollector({
      sqlite: ':memory:',
      port: 0,
      retentionDays: false,
      allowedOrigins: ['https://www.example.jp'],
      timestampWindow: { pastDays: 100_000, futureMinutes: 1 },
      log: (e) => logged.push(e),
      anchors: { file, post: { url: to.url, closeWaitMs: 200 } },
    })
    try {
      const base = await collector.listen()
      await to.got(1)
      const res = await fetch(`${base}/v1/receipts`, {
        method: 'POST',
        headers: { origin: 'https://www.example.jp' },
        body: JSON.stringify(sampleReceipt(1)),
      })
      assert.equal(res.status, 202, 'ingest answers while the anchor POST hangs')
      await collector.close()
      assert.deepEqual(
        logged.filter((e) => e.event === 'anchor-post-unsent').map((e) => e.lines),
        [2],
      )
    } finally {
      await to.close()
      done()
    }
  })

  it('serve --anchor-url: https, or http on this machine; needs --anchors', () => {
    const parsed = serveOptions(['--anchors', 'a.jsonl', '--anchor-url', 'https://log.example/a'])
    assert.deepEqual((parsed as { options: CollectorOptions }).options.anchors, {
      file: 'a.jsonl',
      post: { url: 'https://log.example/a' },
    })
    assert.match(
      (serveOptions(['--anchors', 'a.jsonl', '--anchor-url', 'http://log.example/a']) as { error: string }).error,
      /^--anchor-url: expected an https:\/\/ URL/,
    )
    assert.match(
      (serveOptions(['--anchor-url', 'https://log.example/a']) as { error: string }).error,
      /^--anchor-url: needs --anchors FILE/,
    )
  })

  it('takes https:// anywhere and http:// on this machine only, quoting at most 200 characters of a bad URL', () => {
    for (const url of ['https://log.example/a', 'http://127.0.0.1:9/a', 'http://localhost/a', 'http://[::1]:8/'])
      assert.equal(anchorUrlError(url), undefined, url)
    for (const url of ['http://10.0.0.1/a', 'ftp://127.0.0.1/a'])
      assert.equal(
        anchorUrlError(url),
        `expected an https:// URL (http:// only for 127.0.0.1 or localhost), got "${url}"`,
      )
    assert.equal(
      anchorUrlError(`log.example/${'a'.repeat(300)}`),
      `expected a URL like https://anchors.example/sekisho, got "${`log.example/${'a'.repeat(300)}`.slice(0, 200)}"`,
    )
    const long = `http://10.0.0.1/${'a'.repeat(300)}`
    assert.ok(anchorUrlError(long)?.endsWith(`127.0.0.1 or localhost), got "${long.slice(0, 200)}"`), 'cut at 200')
  })

  /** A log that can be waited on: `failed(n)` resolves once n failures were logged. */
  const failureLog = () => {
    const entries: Array<Record<string, unknown>> = []
    const waiting: Array<{ n: number; resolve: () => void }> = []
    const count = () => entries.filter((e) => e.event === 'anchor-post-failed').length
    return {
      entries,
      log: (entry: Record<string, unknown>) => {
        entries.push(entry)
        for (const w of waiting.filter((w) => count() >= w.n)) w.resolve()
      },
      failed: (n: number) => new Promise<void>((resolve) => (count() >= n ? resolve() : waiting.push({ n, resolve }))),
    }
  }

  const line = (day: number): AnchorLine => ({
    v: 1,
    at: `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`,
    heads: {},
    purges: '',
    key: '',
    sig: '',
  })
  /** What the receiver got for these days' lines, in order. */
  const posted = (days: number[]) => days.map((day) => `POST application/json ${JSON.stringify(line(day))}`)
  const dropped = (logged: ReturnType<typeof failureLog>) =>
    logged.entries.filter((e) => e.event === 'anchor-post-dropped')

  it('doubles the wait per failure up to its cap, and starts again from the first wait after a delivery', async () => {
    const to = await receiver((n, res) => res.writeHead([4, 6].includes(n) ? 200 : 503).end())
    const logged: Array<Record<string, unknown>> = []
    const poster = anchorPoster({ url: to.url, retryMs: 5, maxRetryMs: 12, log: (e) => logged.push(e) })
    try {
      poster.post(line(1))
      assert.equal(poster.pending(), 1)
      await to.got(4)
      poster.post(line(2))
      await to.got(6)
      assert.equal(await poster.close(), 0)
      assert.deepEqual(
        logged.map((e) => [e.event, e.url, e.message, e.retryInMs]),
        [5, 10, 12, 5].map((ms) => ['anchor-post-failed', to.url, 'HTTP 503', ms]),
      )
      assert.deepEqual(to.bodies, posted([1, 1, 1, 1, 2, 2]))
      assert.equal(poster.pending(), 0)
    } finally {
      await to.close()
    }
  })

  it('waits 1 s after a first failure, then twice as long up to 5 minutes; close retries at once', async () => {
    const to = await receiver((_, res) => res.writeHead(503).end())
    const logged = failureLog()
    try {
      const poster = anchorPoster({ url: to.url, log: logged.log })
      poster.post(line(1))
      await logged.failed(1)
      // Woken by close, the second try fails at once and would wait 2 s. Close gives it 1.5 s: a
      // loaded CI machine once took over 200 ms to get the 503, and close aborted the try unlogged.
      assert.equal(await poster.close(1500), 1)
      const slow = anchorPoster({ url: to.url, retryMs: 200_000, log: logged.log })
      slow.post(line(2))
      await logged.failed(3)
      assert.equal(await slow.close(1500), 1)
      assert.deepEqual(
        logged.entries.map((e) => [e.event, e.retryInMs ?? e.lines]),
        [
          ['anchor-post-failed', 1000],
          ['anchor-post-failed', 2000],
          ['anchor-post-unsent', 1],
          ['anchor-post-failed', 200_000],
          ['anchor-post-failed', 300_000],
          ['anchor-post-unsent', 1],
        ],
      )
      slow.post(line(3))
      assert.equal(slow.pending(), 1, 'a closed poster takes no more lines')
    } finally {
      await to.close()
    }
  })

  it('keeps the newest lines while the URL fails (1000 by default), dropping the oldest with its time', async () => {
    let failing = true
    const to = await receiver((_, res) => res.writeHead(failing ? 503 : 200).end())
    const logged = failureLog()
    try {
      const poster = anchorPoster({ url: to.url, retryMs: 60_000, maxQueue: 2, log: logged.log })
      poster.post(line(1))
      await logged.failed(1)
      poster.post(line(2))
      poster.post(line(3))
      assert.equal(poster.pending(), 2)
      failing = false
      assert.equal(await poster.close(), 0)
      assert.deepEqual(to.bodies, posted([1, 2, 3]))
      assert.deepEqual(dropped(logged), [{ event: 'anchor-post-dropped', url: to.url, at: line(1).at }])
      failing = true
      const many = anchorPoster({ url: to.url, retryMs: 60_000, log: logged.log })
      many.post(line(1))
      await logged.failed(2)
      for (let day = 2; day <= 1000; day++) many.post(line(day % 28))
      assert.equal(many.pending(), 1000)
      assert.equal(dropped(logged).length, 1)
      many.post(line(1))
      assert.equal(dropped(logged).length, 2)
      assert.equal(many.pending(), 1000)
      await many.close(0)
    } finally {
      await to.close()
    }
  })

  /** A receiver that holds the first request until `answer(status)`, and takes every later one. */
  const heldFirst = async () => {
    let held: ServerResponse | undefined
    let arrived = () => {}
    const first = new Promise<void>((resolve) => (arrived = resolve))
    const to = await receiver((n, res) => (n == 1 ? ((held = res), arrived()) : res.writeHead(200).end()))
    return { to, first, answer: (status: number) => held!.writeHead(status).end() }
  }

  it('a queue that fills while a line is on its way drops the oldest line waiting, never that one', async () => {
    const { to, first, answer } = await heldFirst()
    const logged = failureLog()
    try {
      const poster = anchorPoster({ url: to.url, maxQueue: 2, log: logged.log })
      poster.post(line(1))
      await first
      for (const day of [2, 3, 4]) poster.post(line(day))
      assert.equal(poster.pending(), 3, 'the line on its way and the two kept')
      answer(200)
      assert.equal(await poster.close(), 0)
      assert.deepEqual(to.bodies, posted([1, 3, 4]))
      assert.deepEqual(dropped(logged), [{ event: 'anchor-post-dropped', url: to.url, at: line(2).at }])
    } finally {
      await to.close()
    }
  })

  it('a line on its way that fails goes back to the head, and is dropped as the oldest only past the limit', async () => {
    for (const [waiting, bodies, drops] of [
      [[2], [1, 1, 2], []],
      [[2, 3], [1, 2, 3], [1]],
    ] as const) {
      const { to, first, answer } = await heldFirst()
      const logged = failureLog()
      try {
        const poster = anchorPoster({ url: to.url, retryMs: 1, maxQueue: 2, log: logged.log })
        poster.post(line(1))
        await first
        for (const day of waiting) poster.post(line(day))
        answer(503)
        await logged.failed(1)
        assert.equal(await poster.close(), 0)
        assert.deepEqual(to.bodies, posted([...bodies]), `${waiting.length} waiting`)
        assert.deepEqual(
          dropped(logged).map((e) => e.at),
          drops.map((day) => line(day).at),
        )
      } finally {
        await to.close()
      }
    }
  })

  it('gives up a request after its time limit and tries again', async () => {
    const to = await receiver(() => {})
    const logged = failureLog()
    try {
      const poster = anchorPoster({ url: to.url, retryMs: 1, timeoutMs: 50, log: logged.log })
      poster.post(line(1))
      await to.got(2)
      assert.equal(await poster.close(0), 1)
      assert.equal(logged.entries[0]?.event, 'anchor-post-failed')
      assert.match(String(logged.entries[0]?.message), /abort/i)
    } finally {
      await to.close()
    }
  })
})
