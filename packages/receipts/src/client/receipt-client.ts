// The receipt client: records each receipt durably before reporting it done, then delivers the
// queue in the background: one tab at a time (Web Locks), in batches, with backoff, and by beacon
// when the page goes away.
import type { Receipt } from '../schema/receipt.ts'
import type { ReceiptError } from '../schema/validate.ts'
import {
  httpTextTransport,
  httpTransport,
  isRetryable,
  type TextTransport,
  type Transport,
  type TransportError,
} from '../delivery/http-transport.ts'
import { REJECTED, openQueue, type QueueEntry } from '../queue/receipt-queue.ts'

export interface ReceiptClientOptions {
  /** Collector URL (`config.receipts.endpoint`), absolute or relative to the page. */
  endpoint?: string
  /** Extra request headers, e.g. a site key (they cost a CORS preflight; beacons cannot carry them). */
  headers?: Record<string, string>
  /** Any other backend; replaces the POST to `endpoint`. Throw to retry. */
  transport?: Transport
  /** Where wordings go, by hash (`PUT` base + hash). @default `texts/` beside `endpoint`
   * (`…/v1/receipts` → `…/v1/texts/`) */
  textsEndpoint?: string
  /** Any other way to send a wording the backend lacks (`textsMissing`); replaces the PUT. */
  textTransport?: TextTransport
  /** Pending receipts kept at most; beyond, older ones are dropped (see README). @default 500 */
  maxQueue?: number
  /** Delivered receipts kept for {@link ReceiptClient.history}. @default 20 */
  maxHistory?: number
  /** IndexedDB database name. @default 'sekisho-receipts' */
  storeName?: string
  /** Receipts per request. @default 50 */
  batchSize?: number
  /** Backoff: first delay and ceiling in ms (full delay doubles per attempt, with jitter).
   * @default { base: 1000, max: 300000 } */
  retry?: { base?: number; max?: number }
  onEvent?(event: ReceiptEvent): void
}

/** What happened to receipts, for logs and the console. */
export type ReceiptEvent =
  | { type: 'queued'; id: string }
  | { type: 'delivered'; ids: string[] }
  /** Nothing is left to send (every queued receipt delivered or set aside). */
  | { type: 'drained' }
  | { type: 'retry'; ids: string[]; attempt: number; delay: number; error: TransportError }
  /** Refused for good (bad receipt, bad endpoint, 4xx): kept aside, never retried. */
  | { type: 'rejected'; id: string; errors: ReceiptError[] }
  /** The queue was full: these undelivered receipts were dropped. */
  | { type: 'dropped'; ids: string[] }
  /** IndexedDB failed; the receipt is only sent once, best effort. */
  | { type: 'error'; error: unknown }
  /** The collector lacked this wording and now keeps it. */
  | { type: 'text-sent'; hash: string }
  /** The collector refused this wording for good (it does not hash to `hash`, too large): not resent. */
  | { type: 'text-rejected'; hash: string; errors: ReceiptError[] }

export interface ReceiptClient {
  /** Queues durably (IndexedDB) before resolving; delivery happens in the background. `text` is the
   * wording `receipt.ui.textHash` was computed over: queued with the receipt, it is sent only if the
   * collector answers that it lacks it (`textsMissing`), and dropped once both are delivered. */
  record(receipt: Receipt, text?: string): Promise<void>
  /** Sends what is due now; resolves when the queue is empty or a retry is scheduled. */
  flush(): Promise<void>
  /** This browser's own receipts (newest first), for the preferences dialog. */
  history(): Promise<Receipt[]>
  /** Receipts kept aside after a permanent rejection, with the reasons. */
  rejected(): Promise<Array<{ receipt: Receipt; errors: ReceiptError[] }>>
  close(): void
}

/** A client delivering to `endpoint` (or through `transport`); starts sending what earlier visits left. */
export function createReceiptClient(options: ReceiptClientOptions = {}): ReceiptClient {
  const { maxQueue = 500, maxHistory = 20, storeName = 'sekisho-receipts', onEvent } = options
  const base = options.retry?.base ?? 1000
  const ceiling = options.retry?.max ?? 300000
  const queue = openQueue(storeName)
  const emit = (event: ReceiptEvent) => onEvent?.(event)
  let endpoint: string | undefined
  let send = options.transport
  let sendText = options.textTransport
  if (!send && options.endpoint !== undefined)
    try {
      const url = new URL(options.endpoint, location.href).href
      if (!/^https?:/.test(url)) throw 0
      send = httpTransport((endpoint = url), options.headers)
      sendText ??= httpTextTransport(new URL(options.textsEndpoint ?? 'texts/', url).href, options.headers)
    } catch {
      // A bad endpoint refuses every receipt for good, through the same path as a 4xx answer.
      const errors = [{ path: 'receipts.endpoint', message: `not an http(s) URL: ${JSON.stringify(options.endpoint)}` }]
      send = () => Promise.reject(Object.assign(new Error(), { status: 400, errors }))
    }
  let batchSize = options.batchSize ?? 50
  // Receipts this page knows are undelivered, for the pagehide beacon (IndexedDB is too slow then);
  // `sending` holds those already on their way (keepalive fetch or beacon) so they are not sent twice.
  const unsent = new Map<string, Receipt>()
  const sending = new Set<string>()
  // Receipts whose IndexedDB write has not completed: a read of the queue may not see them yet.
  const adding = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let closed = false
  // Set from `pagehide` until `pageshow`: a request that fails then was cut off by the page's own
  // departure, not refused by the collector.
  let leaving = false

  const settle = async (delivered: QueueEntry[], rejected: QueueEntry[]) => {
    await queue.settle(delivered, rejected, maxHistory, maxQueue)
    for (const e of [...delivered, ...rejected]) unsent.delete(e.r.id)
    if (delivered.length) emit({ type: 'delivered', ids: delivered.map((e) => e.r.id) })
    for (const e of rejected) emit({ type: 'rejected', id: e.r.id, errors: e.e! })
  }

  /**
   * Sends the wordings the collector said it lacks, each once, from the entries that hold them.
   * A retryable failure throws (the batch is retried later: its receipts stay queued with their
   * wordings, and sending them again brings `textsMissing` again); a refusal is reported, not retried.
   */
  const sendTexts = async (entries: QueueEntry[], outcome: Awaited<ReturnType<Transport>>) => {
    if (!outcome?.textsMissing) return
    for (const hash of outcome.textsMissing) {
      const text = entries.find((e) => e.x !== undefined && e.r.ui.textHash === hash)?.x
      if (text === undefined || !sendText) continue
      try {
        await sendText(hash, text)
        emit({ type: 'text-sent', hash })
      } catch (caught) {
        const error = caught as TransportError
        if (isRetryable(error.status)) throw error
        emit({
          type: 'text-rejected',
          hash,
          errors: error.errors ?? [{ path: 'text', message: String(error.message) }],
        })
      }
    }
  }

  const drain = async (): Promise<void> => {
    clearTimeout(timer)
    for (;;) {
      if (closed || !send) return
      const state = await queue.retry()
      const wait = state.at - Date.now()
      if (wait > 0) return void (timer = setTimeout(flush, wait))
      // Offline: the `online` event flushes again.
      if (!navigator.onLine) return
      const batch = await queue.take(batchSize)
      // Another tab delivered what this one recorded: no beacon for those. A receipt still being
      // written is not among them (this read began before its write), and a departure must beacon it.
      if (!batch.length) {
        for (const id of unsent.keys()) if (!adding.has(id)) unsent.delete(id)
        return emit({ type: 'drained' })
      }
      const ids = batch.map((e) => e.r.id)
      for (const e of batch) unsent.set(e.r.id, e.r)
      for (const id of ids) sending.add(id)
      try {
        const outcome = await send(batch.map((e) => e.r))
        const refused = new Map<QueueEntry, ReceiptError[]>()
        if (outcome?.rejected)
          for (const { index, id, errors } of outcome.rejected) {
            const entry = batch.find((e) => e.r.id === id) ?? batch[index]
            if (entry) refused.set(entry, errors ?? [])
          }
        const delivered = batch.filter((e) => !refused.has(e))
        // Before settling: until the wordings are sent, their receipts (and the wordings) stay queued.
        await sendTexts(delivered, outcome)
        await settle(
          delivered,
          [...refused].map(([e, errors]) => ({ ...e, e: errors })),
        )
        if (state.n) await queue.setRetry({ n: 0, at: 0 })
      } catch (caught) {
        const error = caught as TransportError
        const status = error.status
        if (status === 413 && batch.length > 1) {
          batchSize = Math.ceil(batch.length / 2)
          continue
        }
        if (!isRetryable(status)) {
          await settle(
            [],
            batch.map((e) => ({ ...e, e: error.errors ?? [{ path: '', message: String(error.message) }] })),
          )
          continue
        }
        // No backoff for a request the navigation cut off: the next page sends it at once (a visitor
        // clicking through pages would otherwise wait longer and longer for each delivery).
        if (!status && leaving) return
        const attempt = state.n + 1
        // The backoff doubles per attempt; jitter (50–100 %) spreads many visitors' retries apart.
        // Retry-After is a floor, so `Retry-After: 0` on every answer cannot make a busy loop.
        const delay = Math.max(
          error.retryAfter ?? 0,
          Math.min(ceiling, base * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2),
        )
        // Stored, so that every tab of the site honours it.
        await queue.setRetry({ n: attempt, at: Date.now() + delay })
        emit({ type: 'retry', ids, attempt, delay, error })
        return void (timer = setTimeout(flush, delay))
      } finally {
        for (const id of ids) sending.delete(id)
      }
    }
  }

  // One drain at a time in this tab (at most one more waiting), and one across tabs (Web Locks):
  // the holder reads, sends and deletes before releasing, so no two tabs send the same receipt.
  let tail = Promise.resolve()
  let waiting: Promise<void> | undefined
  const locked = () => {
    waiting = undefined
    return navigator.locks ? navigator.locks.request(`sekisho-receipts:${storeName}`, drain) : drain()
  }
  // The catch keeps the chain usable after a failure (IndexedDB or Web Locks refused).
  const flush = (): Promise<void> =>
    (waiting ??= tail = tail.then(locked).catch((error) => emit({ type: 'error', error })))

  // Page going away: a beacon carries what is not already on its way; it stays queued until a
  // drain sees it delivered (at-least-once; the collector dedupes by id). A fetch the departure cuts
  // off fails at once, so the departure's next event (visibilitychange after pagehide) beacons it.
  const onHide = (event: Event) => {
    if (event.type === 'pagehide') leaving = true
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return
    const batch = [...unsent.values()].filter((r) => !sending.has(r.id)).slice(-50)
    if (endpoint && batch.length && navigator.sendBeacon(endpoint, JSON.stringify(batch)))
      for (const r of batch) sending.add(r.id)
  }
  // Back from the back/forward cache: what was cut off on leaving is sent now.
  const onShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) (leaving = false), void flush()
  }
  const listeners = [
    ['online', flush],
    ['pageshow', onShow],
    ['pagehide', onHide],
    ['visibilitychange', onHide],
  ] as const
  for (const [type, listener] of listeners) addEventListener(type, listener)
  void flush()

  return {
    async record(receipt, text) {
      unsent.set(receipt.id, receipt)
      // Only a wording the receipt carries the hash of is kept (nothing to send otherwise).
      const wording = receipt.ui.textHash && text ? text : undefined
      adding.add(receipt.id)
      try {
        const dropped = await queue.add(receipt, Date.now(), maxQueue, wording)
        if (dropped.length) {
          for (const r of dropped) unsent.delete(r.id)
          emit({ type: 'dropped', ids: dropped.map((r) => r.id) })
        }
      } catch (error) {
        emit({ type: 'error', error })
        send?.([receipt])
          .then((outcome) => sendTexts([{ r: receipt, t: 0, x: wording }], outcome))
          .catch(() => {})
        return
      } finally {
        adding.delete(receipt.id)
      }
      emit({ type: 'queued', id: receipt.id })
      void flush()
    },
    flush,
    async history() {
      return (await queue.list()).map((e) => e.r).sort((a, b) => b.timestamp.localeCompare(a.timestamp))
    },
    async rejected() {
      return (await queue.list(REJECTED)).map((e) => ({ receipt: e.r, errors: e.e ?? [] }))
    },
    close() {
      closed = true
      clearTimeout(timer)
      for (const [type, listener] of listeners) removeEventListener(type, listener)
    },
  }
}
