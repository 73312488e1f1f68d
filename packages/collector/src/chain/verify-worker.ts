// The chain check's thread: its own read-only connection to the collector's database, so hashing
// rows never holds the collector's event loop (ingest answers while a full pass runs).
import { type MessagePort, parentPort, threadId, workerData } from 'node:worker_threads'
// Stryker disable all: this file runs only in the worker thread, where StrykerJS neither switches mutants
// on nor records coverage; what it does is tested from the collector's side (chain-check.test.ts).
import { openStore } from '../store/open.ts'
import type { ChainReport } from '../store/store.ts'
import { type ChainCheckpoint, verifyChain } from './verify.ts'

/** A check asked of the thread, and its answer. */
export type CheckRequest = { id: number; full: boolean }
export type CheckAnswer = { id: number; report: ChainReport } | { id: number; error: string }

/** Opens the store and answers checks; the `ready` message carries this thread's id. */
async function serve(port: MessagePort): Promise<void> {
  const { location, schema } = workerData as { location: string; schema?: string }
  const store = await openStore(location, { readonly: true, ...(schema ? { schema } : {}) })
  const checkpoint: ChainCheckpoint = new Map()
  port.on('message', ({ id, full }: CheckRequest) =>
    verifyChain(store, full ? {} : { checkpoint }).then(
      (report) => port.postMessage({ id, report } satisfies CheckAnswer),
      (error: unknown) =>
        port.postMessage({ id, error: String((error as Error)?.message ?? error) } satisfies CheckAnswer),
    ),
  )
  port.postMessage({ ready: threadId })
}

// A function, not top-level await (the CommonJS twin has none); a store that does not open ends the
// thread with an error, and the collector checks on its own thread instead.
if (parentPort && (workerData as { sekishoChainCheck?: boolean } | undefined)?.sekishoChainCheck) void serve(parentPort)
