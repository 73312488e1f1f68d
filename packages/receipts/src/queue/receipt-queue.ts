// The durable receipt queue: one IndexedDB store (via idb-keyval) holding pending receipts, the ones
// kept aside after a permanent rejection, the last delivered ones (for the visitor's history) and
// the shared retry state. Keys are `[kind, queuedAt, id]`, so each kind is one key range in queue order.
import { createStore, promisifyRequest } from 'idb-keyval'
import type { Receipt } from '../schema/receipt.ts'
import type { ReceiptError } from '../schema/validate.ts'

export const PENDING = 0
export const REJECTED = 1
export const DELIVERED = 2
type Kind = typeof PENDING | typeof REJECTED | typeof DELIVERED

/** One stored receipt: `t` is when it was queued, `e` why it was rejected, `x` the wording its
 * `ui.textHash` was computed over, kept with it until the collector has both. */
export interface QueueEntry {
  r: Receipt
  t: number
  e?: ReceiptError[]
  x?: string
}

/** Consecutive failed attempts and the time before which nobody may send (shared by all tabs). */
export interface RetryState {
  n: number
  at: number
}

export interface ReceiptQueue {
  /** Adds a pending receipt, unless one with its id is already held (pending, delivered or rejected):
   * recording is idempotent by id. When more than `max` are pending, drops others (never this one)
   * and returns them. */
  add(receipt: Receipt, now: number, max: number, text?: string): Promise<Receipt[]>
  /** The oldest `count` pending entries. */
  take(count: number): Promise<QueueEntry[]>
  /** Moves delivered entries to the history (keeping the last `keep`) and rejected ones aside (keeping the last `max`). */
  settle(delivered: QueueEntry[], rejected: QueueEntry[], keep: number, max: number): Promise<void>
  /** Entries of one kind, or of all three. */
  list(kind?: Kind): Promise<QueueEntry[]>
  retry(): Promise<RetryState>
  setRetry(state: RetryState): Promise<void>
}

// A string key sorts before every array key, so the retry state sits outside the three ranges.
const RETRY = 'retry'
// `[kind]` sorts before every `[kind, t, id]` (a prefix comes first) and `[kind + 1]` after them all.
const range = (kind?: Kind) => (kind === undefined ? IDBKeyRange.lowerBound([]) : IDBKeyRange.bound([kind], [kind + 1]))
const keyOf = (kind: Kind, e: QueueEntry) => [kind, e.t, e.r.id]

/**
 * Drop policy when the queue is full, oldest first: a receipt whose subject has a newer pending
 * receipt (its state is superseded; the chain's `previous` shows the gap), else the oldest one.
 */
export function chooseDropped(pending: QueueEntry[], count: number): QueueEntry[] {
  const newest = new Map<string, QueueEntry>()
  for (const e of pending) newest.set(e.r.subject, e)
  const superseded = pending.filter((e) => newest.get(e.r.subject) !== e)
  const rest = pending.filter((e) => newest.get(e.r.subject) === e)
  return [...superseded, ...rest].slice(0, count)
}

/** Opens (lazily) the queue in the IndexedDB database `name`. */
export function openQueue(name: string): ReceiptQueue {
  const store = createStore(name, 'receipts')
  const entries = (s: IDBObjectStore, kind?: Kind, count?: number) =>
    promisifyRequest(s.getAll(range(kind), count)) as Promise<QueueEntry[]>
  // Deletes the oldest entries of `kind` beyond `max`.
  const trim = async (s: IDBObjectStore, kind: Kind, max: number) => {
    const keys = await promisifyRequest(s.getAllKeys(range(kind)))
    for (const key of keys.slice(0, Math.max(0, keys.length - max))) s.delete(key)
  }

  return {
    add: (r, t, max, x) =>
      store('readwrite', async (s) => {
        // The page that made a decision may have queued its receipt before a reload ended it; the
        // next page records the same id again. Keys begin with kind and time, so look by id.
        if ((await entries(s)).some((e) => e.r.id === r.id)) return []
        const entry: QueueEntry = x === undefined ? { r, t } : { r, t, x }
        s.put(entry, keyOf(PENDING, entry))
        const excess = (await promisifyRequest(s.count(range(PENDING)))) - max
        if (excess <= 0) return []
        const others = (await entries(s, PENDING)).filter((e) => e.r.id !== r.id)
        const dropped = chooseDropped(others, excess)
        for (const e of dropped) s.delete(keyOf(PENDING, e))
        return dropped.map((e) => e.r)
      }),
    take: (count) => store('readonly', (s) => entries(s, PENDING, count)),
    settle: (delivered, rejected, keep, max) =>
      store('readwrite', async (s) => {
        // Settled, the wording is no longer needed here (the collector has it, or refused the receipt).
        for (const e of delivered) s.delete(keyOf(PENDING, e)), s.put({ r: e.r, t: e.t }, keyOf(DELIVERED, e))
        for (const e of rejected) s.delete(keyOf(PENDING, e)), s.put({ r: e.r, t: e.t, e: e.e }, keyOf(REJECTED, e))
        await trim(s, DELIVERED, keep)
        await trim(s, REJECTED, max)
      }),
    list: (kind) => store('readonly', (s) => entries(s, kind)),
    retry: () =>
      store(
        'readonly',
        async (s) => ((await promisifyRequest(s.get(RETRY))) as RetryState | undefined) ?? { n: 0, at: 0 },
      ),
    setRetry: (state) => store('readwrite', (s) => promisifyRequest(s.put(state, RETRY))).then(() => {}),
  }
}
