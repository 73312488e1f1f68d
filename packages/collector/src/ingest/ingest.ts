// Batch ingest: validates each receipt on its own, stores the good ones, names what was wrong.
import {
  EMPTY_TEXT_HASH,
  formatReceiptErrors,
  validateReceipt,
  type Receipt,
  type ReceiptError,
} from '@sekisho/receipts/schema'
import type { SiteCheck } from '../access/sites.ts'
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
  /** Wording hashes of the accepted receipts the collector does not have yet: the sender should
   * `PUT /v1/texts/:hash` each (absent when there is none, so a sender learns it without asking). */
  textsMissing?: string[]
}

export interface IngestOptions {
  /** Which `site` values this request may write (from its Origin or site token). */
  siteCheck?: SiteCheck
  receivedAt: string
  /** Most receipts in one body. */
  maxBatch: number
  /** Receipt times accepted, relative to `receivedAt`: at most `pastMs` before, `futureMs` after. */
  window?: { pastMs: number; futureMs: number }
  /** Per-site rate limit: seconds to wait, 0 to proceed (one token per site per request). */
  siteLimit?: (site: string) => number
  /** Of these wording hashes, those the collector keeps. @default the store's `knownTexts` */
  knownTexts?: (hashes: string[]) => Promise<Set<string>>
}

export type IngestOutcome = { status: 202 | 400 | 409 | 413 | 429; body: IngestResponse; retryAfter?: number }

const fail = (status: 400 | 409 | 413, error: string, rejected: Rejection[] = []): IngestOutcome => ({
  status,
  body: { accepted: [], rejected, duplicates: [], error },
})

const lines = (rejected: Rejection[]) =>
  rejected.map((r) => formatReceiptErrors(r.errors).replace(/^/gm, `[${r.index}] `)).join('\n')

/** Deepest array/object nesting accepted: the recursive checks after parsing must not run out of stack. */
const MAX_DEPTH = 32

/** Whether brackets outside strings nest deeper than `MAX_DEPTH` (one linear scan, before parsing). */
function nestedTooDeep(text: string): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return true
    } else if (c === 93 || c === 125) depth--
  }
  return false
}

/** `\u0000` or a `\uD800`–`\uDFFF` escape: what `textError` looks for, as written in JSON. */
const ESCAPES = /\\u(?:0000|[dD][89abcdefABCDEF])/

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13

/**
 * The exact text of each top-level item of a valid JSON body (an array's elements, or the whole
 * value), without the whitespace around it: what the collector keeps as each receipt's raw bytes.
 */
export function itemTexts(text: string): string[] {
  let start = 0
  let end = text.length
  // The body holds a value (JSON.parse took it): these stop at its first and last character.
  while (isSpace(text.charCodeAt(start))) start++
  while (isSpace(text.charCodeAt(end - 1))) end--
  if (text.charCodeAt(start) !== 91) return [text.slice(start, end)]
  const items: string[] = []
  let depth = 0
  let inString = false
  let from = -1
  const close = (at: number) => {
    let to = at
    // Every item has a first character that is no space (at `from`): nothing is empty.
    while (isSpace(text.charCodeAt(to - 1))) to--
    items.push(text.slice(from, to))
  }
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
      continue
    }
    if (from < 0 && !isSpace(c)) from = i
    if (c === 34) inString = true
    else if (c === 91 || c === 123) depth++
    else if (c === 93 || c === 125) depth--
    else if (c === 44 && depth === 0) close(i), (from = -1)
  }
  close(end - 1)
  return items
}

/** Parses a request body (one receipt or an array) and appends the valid receipts. */
export async function ingest(store: ReceiptStore, text: string, options: IngestOptions): Promise<IngestOutcome> {
  if (nestedTooDeep(text)) return fail(400, `body: JSON nested deeper than ${MAX_DEPTH} levels (a receipt needs 4)`)
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

  const raws = itemTexts(text)
  // An invariant no body reaches (itemTexts finds the items JSON.parse found in any valid JSON; the fuzz
  // and property tests hold it), kept so a bug there fails loudly rather than as wrong raw bytes.
  if (raws.length !== items.length)
    // Stryker disable next-line StringLiteral: the message of a throw no body reaches
    throw new Error(`itemTexts: ${raws.length} items found, JSON.parse has ${items.length}`)
  const received = Date.parse(options.receivedAt)
  const valid: Receipt[] = []
  const rawOf = new Map<Receipt, string>()
  const indexOf = new Map<Receipt, number>()
  const rejected: Rejection[] = []
  // NUL and lone surrogates can only come as \u escapes (the body is strict UTF-8, and JSON refuses raw
  // control characters): without one in the body, no receipt needs walking.
  const escapes = ESCAPES.test(text)
  items.forEach((item, index) => {
    const bad = escapes ? textError(item) : undefined
    // A receipt an earlier release queued with the hash of '' is stored (and flagged by the store's
    // `warning` column): refused, it would be retried forever by the browser that holds it.
    const result = validateReceipt(item, { emptyTextHash: true })
    const errors = result.ok ? [] : result.errors
    // Checked first and reported even when the schema also objects: this is what a store would trip on.
    if (bad) errors.unshift(bad)
    if (result.ok && !bad) {
      const siteError = options.siteCheck?.(result.receipt.site)
      if (siteError) errors.push({ path: 'site', message: siteError })
      const at = Date.parse(result.receipt.timestamp)
      if (options.window && (at < received - options.window.pastMs || at > received + options.window.futureMs))
        errors.push({
          path: 'timestamp',
          message: `expected a time between ${new Date(received - options.window.pastMs).toISOString()} and ${new Date(received + options.window.futureMs).toISOString()} (the collector's clock), got ${result.receipt.timestamp}`,
        })
    }
    if (!errors.length && result.ok)
      return void (valid.push(result.receipt),
      indexOf.set(result.receipt, index),
      rawOf.set(result.receipt, raws[index]!))
    const id = (item as { id?: unknown } | null)?.id
    rejected.push({ index, ...(typeof id === 'string' && id.length <= 128 ? { id } : {}), errors })
  })
  if (!valid.length) return fail(400, lines(rejected), rejected)

  if (options.siteLimit) {
    let wait = 0
    for (const site of new Set(valid.map((r) => r.site))) wait = Math.max(wait, options.siteLimit(site))
    if (wait)
      return {
        status: 429,
        retryAfter: wait,
        body: { accepted: [], rejected, duplicates: [], error: `rate limit of the site: retry after ${wait} s` },
      }
  }

  // Stryker disable next-line ArrayDeclaration: no receipt id can be "Stryker was here" (ids are [A-Za-z0-9_-])
  const { duplicates, conflicts = [] } = await store.append(
    valid.map((receipt) => ({ receipt, receivedAt: options.receivedAt, raw: rawOf.get(receipt)! })),
  )
  // Conflicts join the rejections in body order (without any, these change nothing).
  const conflicting = new Set(conflicts)
  for (const receipt of valid)
    if (conflicting.has(receipt.id))
      rejected.push({
        index: indexOf.get(receipt)!,
        id: receipt.id,
        errors: [{ path: 'id', message: 'already stored with different content (the stored receipt is kept)' }],
      })
  rejected.sort((a, b) => a.index - b.index)
  const stored = valid.filter((r) => !conflicts.includes(r.id))
  if (!stored.length) return fail(409, lines(rejected), rejected)
  const hashes = [
    ...new Set(stored.flatMap((r) => (r.ui.textHash && r.ui.textHash !== EMPTY_TEXT_HASH ? [r.ui.textHash] : []))),
  ]
  const known = hashes.length ? await (options.knownTexts ?? ((h) => store.knownTexts(h)))(hashes) : new Set()
  const textsMissing = hashes.filter((h) => !known.has(h))
  return {
    status: 202,
    body: {
      accepted: stored.map((r) => r.id),
      rejected,
      duplicates: duplicates.filter((id) => !conflicts.includes(id)),
      ...(textsMissing.length ? { textsMissing } : {}),
    },
  }
}
