// The collector's defaults the README documents and other tests override: the purge, chain-check and
// anchor schedules, the port, how long /v1/stats waits for a full pass, and the anchor POST's limits.
// Schedules run on node:test's mock timers (only the timer kinds named); stores, HTTP and files are real.
import { after, describe, it, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCollector, type CollectorOptions } from './server.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import type { ChainReport, ReceiptStore } from '../store/store.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const EXPORT = 'export-token-for-documented-defaults'
const MINUTE = 60_000
const HOUR = 60 * MINUTE
// Keeps a timer the test is not about from firing while the mock clock jumps two days (a week: delays
// over 2^31 ms would be taken as 1 ms).
const NEVER_SECONDS = 7 * 86_400
const sqlite = (await storeKinds()).find((k) => k.name === 'sqlite')!
after(() => sqlite.cleanup())

/** Lets what a fired timer started run to its end (SQLite reads are synchronous: a few rows take one turn). */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise(setImmediate)
}
/** Waits (real time, at most 5 s) until `done()` holds. */
const until = async (done: () => boolean) => {
  const end = performance.now() + 5000
  while (!done() && performance.now() < end) await new Promise(setImmediate)
  assert.ok(done(), 'waited 5 s')
}

const appendThree = (store: ReceiptStore) =>
  store.append([0, 1, 2].map((n) => ({ receipt: sampleReceipt(n), receivedAt: '2026-11-01T00:00:00.000Z' })))
/** An intruder's edit of the first receipt: only a walk from the chain's start sees it once checked. */
const EDIT_FIRST = `UPDATE receipts SET body = replace(body, 'accept-all', 'reject-all') WHERE id = '${sampleReceipt(0).id}'`

async function start(options: CollectorOptions) {
  const collector = createCollector({
    port: 0,
    rateLimit: false,
    retentionDays: false,
    log: () => {},
    tokens: [{ token: EXPORT, scope: 'export' }],
    ...options,
  })
  const base = await collector.listen()
  const chain = async () => {
    const res = await fetch(`${base}/v1/stats`, { headers: { authorization: `Bearer ${EXPORT}` } })
    assert.equal(res.status, 200)
    return ((await res.json()) as { chain: ChainReport }).chain
  }
  return { collector, chain }
}

/** `count()` stays `before` until just before `ms` from now (fake setInterval), and is one more at `ms`. */
async function firesAt(t: TestContext, ms: number, count: () => number, before: number, what: string) {
  t.mock.timers.tick(ms - 1)
  await settle()
  assert.equal(count(), before, `not before ${what}`)
  t.mock.timers.tick(1)
  await settle()
  assert.equal(count(), before + 1, `at ${what}`)
}

describe('documented schedules', { timeout: 30_000 }, () => {
  it('purges at start, then every 24 hours (purgeEveryHours)', async (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] })
    const store = openSqliteStore(':memory:')
    const logged: Array<Record<string, unknown>> = []
    const { collector } = await start({
      store,
      retentionDays: 30,
      verifyEverySeconds: NEVER_SECONDS,
      log: (e) => void logged.push(e),
    })
    try {
      const purges = () => logged.filter((e) => e.event === 'purge').length
      assert.equal(purges(), 1, 'at start')
      await firesAt(t, 24 * HOUR, purges, 1, '24 h')
      await firesAt(t, 24 * HOUR, purges, 2, '48 h')
    } finally {
      await collector.close()
      await store.close()
    }
  })

  it('checks the chain every 60 s in the background (verifyEverySeconds)', async (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] })
    for (const [elapsed, checked] of [
      [MINUTE - 1, false],
      [MINUTE, true],
    ] as const) {
      const store = await sqlite.open()
      await appendThree(store)
      const { collector, chain } = await start({ store })
      try {
        t.mock.timers.tick(elapsed)
        await settle()
        await sqlite.tamper(EDIT_FIRST)
        // A background check moved the checkpoint past the edited row, so the check /v1/stats runs does not
        // see it; without one, that is the first check, which walks every row and finds the edit.
        assert.equal((await chain()).ok, checked, `${elapsed} ms after start`)
      } finally {
        await collector.close()
        await store.close()
      }
    }
  })

  it('makes every 60th check a full pass from each chain start (fullVerifyEvery)', async (t) => {
    // No background check meanwhile: only the ones /v1/stats asks for are counted.
    t.mock.timers.enable({ apis: ['setInterval'] })
    const store = await sqlite.open()
    await appendThree(store)
    const { collector, chain } = await start({ store })
    try {
      assert.deepEqual(await chain(), { ok: true, checked: 3 })
      await sqlite.tamper(EDIT_FIRST)
      for (let n = 2; n <= 60; n++) assert.equal((await chain()).ok, true, `check ${n} starts from the checkpoint`)
      const full = await chain()
      assert.equal(full.ok, false, 'check 61 walks every row')
      assert.equal(full.firstBreak?.id, sampleReceipt(0).id)
    } finally {
      await collector.close()
      await store.close()
    }
  })

  it('signs an anchor at start, then every 5 minutes (anchors.everyMinutes)', async (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] })
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-defaults-'))
    const file = join(dir, 'anchors.jsonl')
    const lines = () => readFileSync(file, 'utf8').trim().split('\n').length
    const store = openSqliteStore(':memory:')
    const { collector } = await start({ store, verifyEverySeconds: NEVER_SECONDS, anchors: { file } })
    try {
      assert.equal(lines(), 1, 'at start')
      await firesAt(t, 5 * MINUTE, lines, 1, '5 minutes')
    } finally {
      await collector.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('documented port', () => {
  it('listens on port 8787 when none is given', async () => {
    const store = openSqliteStore(':memory:')
    const collector = createCollector({ store, host: '192.0.2.1', retentionDays: false, log: () => {} })
    try {
      // 192.0.2.1 (TEST-NET-1) is no address of this machine: the bind fails before any port is taken,
      // and the error names the port that was asked for.
      await assert.rejects(collector.listen(), { code: 'EADDRNOTAVAIL', address: '192.0.2.1', port: 8787 })
    } finally {
      await collector.close()
      await store.close()
    }
  })
})

describe('/v1/stats during a full pass', () => {
  it('waits 1 s for it, then answers the last report with checking: true', async () => {
    const store = openSqliteStore(':memory:')
    await appendThree(store)
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    // The first check walks every row: held here, it stands for a long pass over a large chain.
    const slow: ReceiptStore = {
      ...store,
      async *chainRows(site, afterSeq) {
        await gate
        yield* store.chainRows(site, afterSeq)
      },
    }
    const { collector, chain } = await start({ store: slow })
    try {
      const asked = performance.now()
      assert.deepEqual(await chain(), { ok: true, checked: 0, checking: true })
      const waited = performance.now() - asked
      // Timers do not fire early (5 ms for the clock's rounding); the upper bound leaves room for a busy machine.
      assert.ok(waited >= 995 && waited < 1990, `answered after ${Math.round(waited)} ms`)
      release()
      assert.deepEqual(await chain(), { ok: true, checked: 3 })
    } finally {
      release()
      await collector.close()
      await store.close()
    }
  })
})

describe('documented anchor POST limits', { timeout: 30_000 }, () => {
  /** A URL that takes each request and never answers. */
  async function silent() {
    let received = 0
    const server = createServer(() => void received++)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/anchors`,
      received: () => received,
      close: () => (server.closeAllConnections(), new Promise((resolve) => server.close(resolve))),
    }
  }
  /** A collector (fake setTimeout) posting its anchors to a URL that never answers. */
  const setup = async (t: TestContext, post: { closeWaitMs?: number } = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-defaults-'))
    const to = await silent()
    const store = openSqliteStore(':memory:')
    const logged: Array<Record<string, unknown>> = []
    const file = join(dir, 'anchors.jsonl')
    t.mock.timers.enable({ apis: ['setTimeout'] })
    const { collector } = await start({
      store,
      verifyEverySeconds: NEVER_SECONDS,
      log: (e) => void logged.push(e),
      anchors: { file, post: { url: to.url, ...post } },
    })
    return {
      to,
      collector,
      logged,
      file,
      done: async () => (await to.close(), await store.close(), rmSync(dir, { recursive: true, force: true })),
    }
  }

  it('gives up a request after 10 s (anchors.post.timeoutMs)', async (t) => {
    const { to, collector, logged, done } = await setup(t, { closeWaitMs: 0 })
    try {
      await until(() => to.received() === 1)
      const failed = () => logged.filter((e) => e.event === 'anchor-post-failed')
      t.mock.timers.tick(10_000 - 1)
      await settle()
      assert.equal(failed().length, 0, 'still waiting before 10 s')
      t.mock.timers.tick(1)
      await until(() => failed().length === 1)
      assert.match(String(failed()[0]!.message), /abort/i)
    } finally {
      // Back to real timers: close's own wait (0 ms here) must run out by itself.
      t.mock.timers.reset()
      await collector.close()
      await done()
    }
  })

  it('keeps trying for 5 s at close, then logs what is left (anchors.post.closeWaitMs)', async (t) => {
    const { to, collector, logged, file, done } = await setup(t)
    try {
      await until(() => to.received() === 1)
      let closed = false
      void collector.close().then(() => void (closed = true))
      // close signs a last line, then waits for the URL: its wait has started once that line is in the file.
      await until(() => readFileSync(file, 'utf8').trim().split('\n').length === 2)
      await settle()
      t.mock.timers.tick(5000 - 1)
      await settle()
      assert.equal(closed, false, 'still trying before 5 s')
      t.mock.timers.tick(1)
      await until(() => closed)
      assert.deepEqual(
        logged.filter((e) => e.event === 'anchor-post-unsent').map((e) => e.lines),
        [2],
      )
    } finally {
      t.mock.timers.reset()
      await collector.close()
      await done()
    }
  })
})
