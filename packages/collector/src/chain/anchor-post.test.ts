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
})
