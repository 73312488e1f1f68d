// Purges and erasures as chained records: each retention purge and each erasure request is logged
// with what it removed and why, linked to the previous record by hash, so a chain start moved
// without a record (a disguised purge) or a receipt emptied without one (a disguised erasure) shows.
import { createHash } from 'node:crypto'
import type {
  ChainBreak,
  CollectorEvent,
  ErasureRequest,
  ErasureResult,
  PurgeResult,
  ReceiptStore,
} from '../store/store.ts'
import { canonicalJson, GENESIS, sha256Hex } from './hash.ts'

/** Why rows were removed. */
export type PurgeReason = 'retention' | 'erasure'

/** The event kinds of the chained records, as SQL (both databases). */
export const RECORD_KINDS_SQL = "kind IN ('purge', 'erasure')"

/** A purge event's detail: the result, the reason, and its link in the record chain. */
export interface PurgeRecord extends PurgeResult {
  reason: 'retention'
  /** `hash` of the previous record (64 zeros for the first). */
  prev: string
  /** sha256 of the RFC 8785 JSON of the other fields and the event's `at`. */
  hash: string
}

/** An erasure event's detail: who erased how many receipts of which (hashed) subject, and why. */
export interface ErasureRecord extends ErasureResult {
  reason: 'erasure'
  prev: string
  hash: string
}

export type ChainedRecord = PurgeRecord | ErasureRecord

// Every field but `hash`, with the time: a retention record has the fields it always had, so
// records written before erasures existed keep their hashes.
const recordHash = (at: string, { hash: _, ...fields }: Omit<ChainedRecord, 'hash'> & { hash?: string }): string =>
  createHash('sha256')
    .update(canonicalJson({ at, ...fields }))
    .digest('hex')

const previousHash = (previousDetail: string | undefined) =>
  (previousDetail && (JSON.parse(previousDetail) as Partial<ChainedRecord>).hash) || GENESIS

/** The purge log entry for `result`, chained after the previous record's detail (JSON text, if any). */
export function sealPurge(previousDetail: string | undefined, at: string, result: PurgeResult): PurgeRecord {
  const record = { ...result, reason: 'retention' as const, prev: previousHash(previousDetail) }
  return { ...record, hash: recordHash(at, record) }
}

/** The erasure record of `rows` erased on `request`, chained after the previous record's detail. */
export function sealErasure(
  previousDetail: string | undefined,
  at: string,
  request: ErasureRequest,
  rows: ErasureResult['rows'],
): ErasureRecord {
  const record = {
    reason: 'erasure' as const,
    // The subject id itself would undo the erasure; its hash lets a later request be matched.
    subject: sha256Hex(request.subject),
    by: request.by,
    why: request.reason,
    erased: rows.length,
    rows,
    prev: previousHash(previousDetail),
  }
  return { ...record, hash: recordHash(at, record) }
}

/** The collector's purge and erasure records, oldest first (purges from before chaining have no `hash`). */
export async function purgeRecords(store: ReceiptStore): Promise<Array<CollectorEvent & { detail: ChainedRecord }>> {
  const events = await store.events(1_000_000_000)
  return events.filter((e) => e.kind === 'purge' || e.kind === 'erasure').reverse() as Array<
    CollectorEvent & { detail: ChainedRecord }
  >
}

/** The hash of the last chained record, or 64 zeros. */
export async function purgeHead(store: ReceiptStore): Promise<string> {
  let head = GENESIS
  for (const r of await purgeRecords(store)) head = r.detail.hash ?? head
  return head
}

/** Each erased row's hash as its erasure record has it, by site and seq (`site\nseq`). */
export type ErasedHashes = Map<string, string>
export const erasedKey = (site: string, seq: number) => `${site}\n${seq}`

/**
 * Checks the record chain, and that each site's stored chain start is the one its last purge
 * recorded; fills `erased` with the rows the erasure records name.
 */
export async function verifyPurges(
  store: ReceiptStore,
  site?: string,
  erased: ErasedHashes = new Map(),
): Promise<ChainBreak | undefined> {
  let prev = GENESIS
  const recorded = new Map<string, string>()
  for (const { at, detail } of await purgeRecords(store)) {
    if (detail.hash !== undefined) {
      const hash = recordHash(at, detail)
      if (detail.prev !== prev || detail.hash !== hash)
        return {
          site: '(purge log)',
          reason: `${detail.reason === 'erasure' ? 'erasure' : 'purge'} record of ${at} was edited, inserted or removed`,
          expected: detail.prev !== prev ? prev : hash,
          found: detail.prev !== prev ? detail.prev : detail.hash,
        }
      prev = detail.hash
    }
    if (detail.reason === 'erasure') for (const r of detail.rows) erased.set(erasedKey(r.site, r.seq), r.hash)
    else for (const [s, anchor] of Object.entries(detail.anchors ?? {})) recorded.set(s, anchor)
  }
  for (const [s, anchor] of await store.anchors()) {
    if (site !== undefined && s !== site) continue
    if (recorded.get(s) !== anchor)
      return {
        site: s,
        reason: 'the chain starts after rows that no purge record removed: a disguised purge',
        expected: recorded.get(s) ?? GENESIS,
        found: anchor,
      }
  }
  return undefined
}
