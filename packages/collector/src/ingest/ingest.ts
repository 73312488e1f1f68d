// Batch ingest: validates each receipt on its own, stores the good ones, names what was wrong.
import { formatReceiptErrors, validateReceipt, type Receipt, type ReceiptError } from '@sekisho/receipts/schema'
import type { ReceiptStore } from '../store/store.ts'
import { textError } from './text.ts'

export interface Rejection {
  index: number
  id?: string
  errors: ReceiptError[]
}

export interface IngestResponse {
  /** Ids stored now or before (a redelivered receipt is accepted, stored once). */
  accepted: string[]
  rejected: Rejection[]
  /** The accepted ids that were already stored. */
  duplicates: string[]
  /** When nothing was acceptable: every error, one `[index] path: message` per line. */
  error?: string
}

export interface IngestOptions {
  /** The request's Origin, when a browser sent it: each receipt's `site` must equal it. */
  origin?: string
  receivedAt: string
  /** Most receipts in one body. */
  maxBatch: number
}

export type IngestOutcome = { status: 202 | 400 | 413; body: IngestResponse }

const fail = (status: 400 | 413, error: string, rejected: Rejection[] = []): IngestOutcome => ({
  status,
  body: { accepted: [], rejected, duplicates: [], error },
})

/** Parses a request body (one receipt or an array) and appends the valid receipts. */
export async function ingest(store: ReceiptStore, text: string, options: IngestOptions): Promise<IngestOutcome> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return fail(400, 'body: expected JSON (one receipt or an array of receipts)')
  }
  const items = Array.isArray(parsed) ? parsed : [parsed]
  if (items.length === 0) return fail(400, 'body: expected at least one receipt')
  if (items.length > options.maxBatch)
    return fail(413, `body: at most ${options.maxBatch} receipts per request, got ${items.length}`)

  const valid: Receipt[] = []
  const rejected: Rejection[] = []
  items.forEach((item, index) => {
    const bad = textError(item)
    const result = validateReceipt(item)
    const errors = result.ok ? [] : result.errors
    // Checked first and reported even when the schema also objects: this is what a store would trip on.
    if (bad) errors.unshift(bad)
    if (result.ok && options.origin !== undefined && result.receipt.site !== options.origin)
      errors.push({ path: 'site', message: `expected the sending page's origin ${options.origin}` })
    if (!errors.length && result.ok && !bad) return void valid.push(result.receipt)
    const id = (item as { id?: unknown } | null)?.id
    rejected.push({ index, ...(typeof id === 'string' && id.length <= 128 ? { id } : {}), errors })
  })
  if (!valid.length)
    return fail(
      400,
      rejected.map((r) => formatReceiptErrors(r.errors).replace(/^/gm, `[${r.index}] `)).join('\n'),
      rejected,
    )

  const { duplicates } = await store.append(valid.map((receipt) => ({ receipt, receivedAt: options.receivedAt })))
  return { status: 202, body: { accepted: valid.map((r) => r.id), rejected, duplicates } }
}
