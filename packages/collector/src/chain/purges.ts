// Purges as chained records: each retention purge is logged with what it removed and why, linked to
// the previous purge by hash, so a chain start moved without a record (a disguised purge) shows.
import { createHash } from 'node:crypto'
import type { ChainBreak, CollectorEvent, PurgeResult, ReceiptStore } from '../store/store.ts'
import { canonicalJson, GENESIS } from './hash.ts'

/** Why rows were removed. */
export type PurgeReason = 'retention' | 'erasure'

/** A purge event's detail: the result, the reason, and its link in the purge chain. */
export interface PurgeRecord extends PurgeResult {
  reason: PurgeReason
  /** `hash` of the previous purge record (64 zeros for the first). */
  prev: string
  /** sha256 of the RFC 8785 JSON of { at, cutoff, deleted, anchors, reason, prev }. */
  hash: string
}

const recordHash = (at: string, r: Omit<PurgeRecord, 'hash'>): string =>
  createHash('sha256')
    .update(
      canonicalJson({ at, cutoff: r.cutoff, deleted: r.deleted, anchors: r.anchors, reason: r.reason, prev: r.prev }),
    )
    .digest('hex')

/** The purge log entry for `result`, chained after the previous record's detail (JSON text, if any). */
export function sealPurge(previousDetail: string | undefined, at: string, result: PurgeResult): PurgeRecord {
  const prev = (previousDetail && (JSON.parse(previousDetail) as Partial<PurgeRecord>).hash) || GENESIS
  const record = { ...result, reason: 'retention' as const, prev }
  return { ...record, hash: recordHash(at, record) }
}

/** The collector's purge records, oldest first (records from before chaining have no `hash`). */
export async function purgeRecords(store: ReceiptStore): Promise<Array<CollectorEvent & { detail: PurgeRecord }>> {
  const events = await store.events(1_000_000_000)
  return events.filter((e) => e.kind === 'purge').reverse() as Array<CollectorEvent & { detail: PurgeRecord }>
}

/** The hash of the last chained purge record, or 64 zeros. */
export async function purgeHead(store: ReceiptStore): Promise<string> {
  let head = GENESIS
  for (const r of await purgeRecords(store)) head = r.detail.hash ?? head
  return head
}

/** Checks the purge chain, and that each site's stored chain start is the one its last purge recorded. */
export async function verifyPurges(store: ReceiptStore, site?: string): Promise<ChainBreak | undefined> {
  let prev = GENESIS
  const recorded = new Map<string, string>()
  for (const { at, detail } of await purgeRecords(store)) {
    if (detail.hash !== undefined) {
      const hash = recordHash(at, detail)
      if (detail.prev !== prev || detail.hash !== hash)
        return {
          site: '(purge log)',
          reason: `purge record of ${at} was edited, inserted or removed`,
          expected: detail.prev !== prev ? prev : hash,
          found: detail.prev !== prev ? detail.prev : detail.hash,
        }
      prev = detail.hash
    }
    for (const [s, anchor] of Object.entries(detail.anchors ?? {})) recorded.set(s, anchor)
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
