// Counts for the privacy managers' page: per day, method, purpose and policy revision, plus the chain check.
import type { Receipt } from '@sekisho/receipts/schema'
import { verifyChain } from '../chain/verify.ts'
import type { ChainReport, ReceiptFilter, ReceiptStore } from '../store/store.ts'

export interface Stats {
  total: number
  /** By UTC day of the receipt's timestamp, oldest first. */
  byDay: Array<{ day: string; total: number; byMethod: Record<string, number> }>
  byMethod: Record<string, number>
  /** `rate` = granted / total receipts that recorded the purpose. */
  purposes: Array<{ id: string; granted: number; total: number; rate: number }>
  revisions: Array<{ revision: string; first: string; last: string; total: number }>
  chain: ChainReport
}

const bump = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1)

/** Aggregates the receipts matching `filter` in one pass; the chain is checked for the site (or all). */
export async function receiptStats(store: ReceiptStore, filter: Pick<ReceiptFilter, 'from' | 'to' | 'site'> = {}): Promise<Stats> {
  let total = 0
  const byMethod: Record<string, number> = {}
  const days = new Map<string, { day: string; total: number; byMethod: Record<string, number> }>()
  const purposes = new Map<string, { id: string; granted: number; total: number; rate: number }>()
  const revisions = new Map<string, { revision: string; first: string; last: string; total: number }>()
  for await (const row of store.rows(filter)) {
    const r = JSON.parse(row.body) as Receipt
    total++
    bump(byMethod, r.method)
    const dayKey = new Date(r.timestamp).toISOString().slice(0, 10)
    const day = days.get(dayKey) ?? { day: dayKey, total: 0, byMethod: {} }
    day.total++
    bump(day.byMethod, r.method)
    days.set(dayKey, day)
    for (const p of r.purposes) {
      const entry = purposes.get(p.id) ?? { id: p.id, granted: 0, total: 0, rate: 0 }
      entry.total++
      if (p.granted) entry.granted++
      purposes.set(p.id, entry)
    }
    const rev = revisions.get(r.policy.revision)
    if (!rev) revisions.set(r.policy.revision, { revision: r.policy.revision, first: r.timestamp, last: r.timestamp, total: 1 })
    else {
      rev.total++
      if (r.timestamp < rev.first) rev.first = r.timestamp
      if (r.timestamp > rev.last) rev.last = r.timestamp
    }
  }
  for (const p of purposes.values()) p.rate = p.total ? Math.round((p.granted / p.total) * 10_000) / 10_000 : 0
  return {
    total,
    byDay: [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1)),
    byMethod,
    purposes: [...purposes.values()],
    revisions: [...revisions.values()].sort((a, b) => (a.first < b.first ? -1 : 1)),
    chain: await verifyChain(store, filter.site === undefined ? {} : { site: filter.site }),
  }
}
