// Re-import of a JSON Lines export (or bare receipts, one per line) for migrations and round trips.
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { validateReceipt, type Receipt, type ReceiptError } from '@sekisho/receipts/schema'
import { canonicalJson } from '../chain/hash.ts'
import type { AppendEntry, ReceiptStore } from '../store/store.ts'

export interface ImportResult {
  imported: number
  duplicates: number
  /** Lines that were not a valid receipt, 1-based. */
  rejected: Array<{ line: number; errors: ReceiptError[] }>
}

/** Whether `raw` is JSON text of `receipt` (any serialisation). */
function sameReceipt(raw: unknown, receipt: Receipt): raw is string {
  if (typeof raw !== 'string') return false
  try {
    return canonicalJson(JSON.parse(raw)) === canonicalJson(receipt)
  } catch {
    return false
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const BATCH = 500

/**
 * Appends each line's receipt in order. A line from `export --format jsonl` keeps its `receivedAt`,
 * so re-importing a whole log into an empty store rebuilds the same hash chain; a bare receipt is
 * stamped with `now`.
 */
export async function importReceipts(
  store: ReceiptStore,
  input: Readable,
  now: () => string = () => new Date().toISOString(),
): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, duplicates: 0, rejected: [] }
  let batch: AppendEntry[] = []
  const flush = async () => {
    if (!batch.length) return
    const { inserted, duplicates } = await store.append(batch)
    result.imported += inserted.length
    result.duplicates += duplicates.length
    batch = []
  }
  let line = 0
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++
    if (!text.trim()) continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      result.rejected.push({ line, errors: [{ path: '', message: 'expected one JSON object per line' }] })
      continue
    }
    if (typeof value === 'object' && value !== null && 'erased' in value && !('receipt' in value)) {
      result.rejected.push({
        line,
        errors: [{ path: 'erased', message: 'an erased receipt (only its hash is left) cannot be imported' }],
      })
      continue
    }
    const envelope =
      typeof value === 'object' && value !== null && 'receipt' in value
        ? (value as { receipt: unknown; receivedAt?: unknown; raw?: unknown })
        : undefined
    const receivedAt = envelope?.receivedAt
    if (envelope && (typeof receivedAt !== 'string' || !ISO.test(receivedAt))) {
      result.rejected.push({
        line,
        errors: [{ path: 'receivedAt', message: 'expected an ISO 8601 UTC time like 2026-11-01T09:30:00.000Z' }],
      })
      continue
    }
    // As ingest does: receipts with the empty-wording hash are kept (the store flags them).
    const checked = validateReceipt(envelope ? envelope.receipt : value, { emptyTextHash: true })
    if (!checked.ok) {
      result.rejected.push({
        line,
        errors: envelope
          ? checked.errors.map((e) => ({ ...e, path: e.path ? `receipt.${e.path}` : 'receipt' }))
          : checked.errors,
      })
      continue
    }
    // The bytes it first arrived as, where the export kept them (checked to be this receipt); a bare
    // receipt line arrived as itself.
    const raw = envelope ? envelope.raw : text.trim()
    if (raw !== undefined && !sameReceipt(raw, checked.receipt)) {
      result.rejected.push({ line, errors: [{ path: 'raw', message: "expected the text of this line's receipt" }] })
      continue
    }
    batch.push({ receipt: checked.receipt, receivedAt: (receivedAt as string | undefined) ?? now(), raw })
    if (batch.length >= BATCH) await flush()
  }
  await flush()
  return result
}
