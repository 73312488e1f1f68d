// The default transport: a JSON batch POSTed to the collector with `fetch` (keepalive), and the
// status rules that decide between delivered, retry later and permanently rejected.
import type { Receipt } from '../schema/receipt.ts'
import type { ReceiptError } from '../schema/validate.ts'

/** A receipt the backend refused for good: `index` into the batch (and its `id` when known). */
export interface Rejection {
  index: number
  id?: string
  errors: ReceiptError[]
}

/** Sends one batch. Resolve when stored (optionally naming refused receipts); throw to retry.
 * A thrown error with `status` 4xx other than 408/429 rejects the whole batch for good (413 splits
 * it first; `errors` says why); `retryAfter` (ms) is the least wait before the next attempt. */
// biome-ignore lint/suspicious/noConfusingVoidType: an async function that returns nothing is a Transport too
export type Transport = (batch: Receipt[]) => Promise<void | TransportOutcome>

/** What a backend may say about a delivered batch. */
export interface TransportOutcome {
  rejected?: Rejection[]
  /** Wording hashes (`ui.textHash`) the backend does not keep yet: the client sends those it holds. */
  textsMissing?: string[]
}

/** Sends the wording `text` whose SHA-256 is `hash`. Resolve when kept; throw as a Transport does. */
export type TextTransport = (hash: string, text: string) => Promise<void>

/** An error a transport throws: the HTTP status, the server's `Retry-After` in ms and, for a
 * permanent rejection, why (kept with the receipts set aside). */
export type TransportError = Error & { status?: number; retryAfter?: number; errors?: ReceiptError[] }

/** `Retry-After` (seconds or an HTTP date) in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  // `String(null)` is 'null', no number and no date, as '' would be.
  const text = String(value)
  const ms = /^\d+$/.test(text) ? +text * 1000 : Date.parse(text) - now
  return Number.isNaN(ms) ? undefined : Math.max(0, ms)
}

/** Whether a failed attempt may succeed later: network errors, 408, 429 and 5xx. */
export const isRetryable = (status?: number) => !status || status === 408 || status === 429 || status >= 500

/**
 * POSTs the batch as a JSON array with `content-type: text/plain`: a CORS-safelisted type, so a
 * cross-origin collector needs no preflight (custom `headers` bring one back) and the request is
 * the same as the `sendBeacon` one. The collector answers `202 {accepted, rejected}`.
 */
export function httpTransport(
  endpoint: string,
  headers?: Record<string, string>,
  fetcher: typeof fetch = fetch,
): Transport {
  return async (batch) => {
    const body = JSON.stringify(batch)
    const response = await fetcher(endpoint, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
      credentials: 'omit',
      keepalive: keepalive(new Blob([body]).size),
    })
    const answer = await answerOf(response)
    const rejected = Array.isArray(answer.rejected) ? (answer.rejected as Rejection[]) : undefined
    const textsMissing = Array.isArray(answer.textsMissing) ? (answer.textsMissing as string[]) : undefined
    if (response.ok || (response.status === 400 && rejected?.length))
      return { rejected, ...(textsMissing && { textsMissing }) }
    throw failure(response, answer)
  }
}

/** keepalive lets a request outlive the page, but browsers cap keepalive bodies at 64 KiB (bytes,
 * not characters: a JSON string of Japanese text is up to three times its length). */
const keepalive = (bytes: number) => bytes < 60000

/** An answer's JSON body as an object: `{}` when it has none, or none that parses. */
const answerOf = async (response: Response): Promise<{ rejected?: unknown; textsMissing?: unknown; error?: string }> =>
  Object(await response.json().catch(() => {}))

/** The error of a refused request; `path` names what a wording upload's refusal was about (a
 * receipt batch's refusal names no field: the client reports the HTTP status and the reason). */
const failure = (response: Response, answer: { error?: string }, path?: string): TransportError => {
  const error: TransportError = new Error(`HTTP ${response.status}${answer.error ? ': ' + answer.error : ''}`)
  error.status = response.status
  error.retryAfter = retryAfterMs(response.headers.get('retry-after'))
  if (path && answer.error) error.errors = [{ path, message: answer.error }]
  return error
}

/**
 * PUTs a wording to `base` + its hash (the collector's `/v1/texts/`), as `text/plain` UTF-8: the
 * exact bytes its hash was computed over. A cross-origin collector sees one CORS preflight (PUT),
 * which the browser then caches.
 */
export function httpTextTransport(
  base: string,
  headers?: Record<string, string>,
  fetcher: typeof fetch = fetch,
): TextTransport {
  return async (hash, text) => {
    const body = new TextEncoder().encode(text)
    const response = await fetcher(new URL(hash, base).href, {
      method: 'PUT',
      body,
      headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
      credentials: 'omit',
      keepalive: keepalive(body.length),
    })
    if (!response.ok) throw failure(response, await answerOf(response), 'text')
  }
}
