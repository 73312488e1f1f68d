// The collector's chain check: from a checkpoint (only rows added since the last check are hashed),
// with a full pass every `fullEvery` checks; in a worker thread when the database can be opened twice.
import { setTimeout as delay } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import type { ChainReport, ReceiptStore } from '../store/store.ts'
import { type ChainCheckpoint, verifyChain } from './verify.ts'
import type { CheckAnswer } from './verify-worker.ts'

export interface ChainCheck {
  /** Checks the rows added since the last check (or all: `full`); concurrent callers share one check. */
  check(full?: boolean): Promise<ChainReport>
  /** The chain's state for a reader that must not wait long for a full pass: a check from the checkpoint is
   * awaited (it hashes only the rows added since), a full pass (the first after a start, or the periodic
   * one) for at most `waitMs`; past that, the last finished check's report comes back with `checking: true`
   * (`{ok: true, checked: 0, checking: true}` before any) while the pass goes on. */
  status(waitMs?: number): Promise<ChainReport>
  /** The thread the checks run on (`0`: the collector's own, for stores it cannot open again). */
  thread(): Promise<number>
  close(): Promise<void>
}

/** The worker beside this module: the bundle's twin when built; from source (development, tests) its `.ts`
 * file, loaded through tsx as the collector is (Node 20 does not pass module hooks on to workers). */
function startWorker(workerData: object): Worker {
  const here = import.meta.url
  if (!here.endsWith('.ts'))
    // Stryker disable next-line all: only the built bundle takes this branch; the tests StrykerJS runs load the sources
    return new Worker(new URL(`./verify-worker${here.endsWith('.cjs') ? '.cjs' : '.mjs'}`, here), { workerData })
  const file = new URL('./verify-worker.ts', here).href
  return new Worker(`import('tsx/esm/api').then((tsx) => (tsx.register(), import(${JSON.stringify(file)})))`, {
    eval: true,
    workerData,
  })
}

/** Checks in this thread (a store given as an object, or `:memory:`). */
function inThread(store: ReceiptStore): (full: boolean) => Promise<ChainReport> {
  const checkpoint: ChainCheckpoint = new Map()
  return (full) => verifyChain(store, full ? {} : { checkpoint })
}

/** Checks in a worker thread with its own read-only connection to `location`. */
function inWorker(location: string, schema: string | undefined) {
  const worker = startWorker({ sekishoChainCheck: true, location, schema })
  worker.unref()
  const waiting = new Map<number, { resolve: (r: ChainReport) => void; reject: (e: Error) => void }>()
  let next = 0
  let failed: Error | undefined
  const ready = new Promise<number>((resolve, reject) => {
    worker.on('message', (message: CheckAnswer | { ready: number }) => {
      if ('ready' in message) return resolve(message.ready)
      const call = waiting.get(message.id)
      waiting.delete(message.id)
      if ('error' in message) call?.reject(new Error(message.error))
      else call?.resolve(message.report)
    })
    const fail = (error: Error) => {
      failed = error
      reject(error)
      for (const call of waiting.values()) call.reject(error)
      waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`chain check thread exited (${code})`)))
  })
  ready.catch(() => {})
  return {
    ready,
    failed: () => failed !== undefined,
    check: async (full: boolean) => {
      await ready
      const id = next++
      return new Promise<ChainReport>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        worker.postMessage({ id, full })
      })
    },
    close: async () => void (await worker.terminate()),
  }
}

/** The collector's check: `location` (a file or URL the collector opened) runs it in a worker thread. */
export function chainCheck(
  store: ReceiptStore,
  fullEvery: number,
  location?: { url: string; schema?: string },
): ChainCheck {
  // Started at the first check, so a collector that never checks (a short run, a test) never pays for the thread.
  let started: ReturnType<typeof inWorker> | undefined
  const spawn = () =>
    location && location.url !== ':memory:' ? (started ??= inWorker(location.url, location.schema)) : undefined
  const here = inThread(store)
  // A thread that could not start (or died) leaves the checks to this one.
  const run = (full: boolean): Promise<ChainReport> => {
    const worker = spawn()
    return worker && !worker.failed()
      ? worker.check(full).catch((error) => (worker.failed() ? here(full) : Promise.reject(error)))
      : here(full)
  }
  let verified = 0
  let checks = 0
  let running: Promise<ChainReport> | undefined
  /** Whether the running check walks every row (a full pass, or the first from an empty checkpoint). */
  let walksAll = false
  let last: ChainReport | undefined
  const check = (forceFull = false) =>
    (running ??= (async () => {
      const full = forceFull || (checks++ % fullEvery === 0 && checks > 1)
      walksAll = full || last === undefined
      const report = await run(full)
      if (!report.ok) return (last = report)
      verified = full ? report.checked : verified + report.checked
      return (last = { ok: true, checked: verified })
    })().finally(() => {
      running = undefined
    }))
  return {
    check,
    status: async (waitMs = 1000) => {
      const pending = check()
      if (!walksAll) return pending
      // A small chain's pass ends within the wait (the answer is as before); a large one's is reported as running.
      const waited = new AbortController()
      const passed = await Promise.race([
        pending,
        delay(waitMs, undefined, { signal: waited.signal }).catch(() => undefined),
      ]).finally(() => waited.abort())
      if (passed) return passed
      pending.catch(() => {})
      return { ...(last ?? { ok: true, checked: 0 }), checking: true }
    },
    thread: async () => spawn()?.ready.catch(() => 0) ?? 0,
    close: async () => {
      await running?.catch(() => {})
      await started?.close()
    },
  }
}
