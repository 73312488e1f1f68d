// Counts for the privacy managers' page: per day, method, purpose and policy revision (from the
// counters the store maintains), plus the state of the hash chain.
import { verifyChain } from '../chain/verify.ts'
import { countedAggregate } from '../store/counters.ts'
import type { ChainReport, ReceiptFilter, ReceiptStore } from '../store/store.ts'

export interface Stats {
  total: number
  /** By UTC day of the receipt's timestamp, oldest first. */
  byDay: Array<{ day: string; total: number; byMethod: Record<string, number> }>
  byMethod: Record<string, number>
  /** `rate` = granted / total receipts that recorded the purpose; in first-seen order. */
  purposes: Array<{ id: string; granted: number; total: number; rate: number }>
  /** Oldest first; `first`/`last` are receipt times. */
  revisions: Array<{ revision: string; first: string; last: string; total: number }>
  chain: ChainReport
}

/** Aggregates the receipts matching `filter`; the chain is checked for the site (or all sites). */
export async function receiptStats(
  store: ReceiptStore,
  filter: Pick<ReceiptFilter, 'from' | 'to' | 'site'> = {},
  /** A report already at hand (the collector's background check); otherwise the chain is walked now. */
  chainReport?: Promise<ChainReport>,
): Promise<Stats> {
  const [aggregate, order, chain] = await Promise.all([
    countedAggregate(store, filter),
    store.purposeIds(),
    chainReport ?? verifyChain(store, { site: filter.site }),
  ])
  let total = 0
  const byMethod: Record<string, number> = {}
  const days = new Map<string, Stats['byDay'][number]>()
  for (const { day, method, total: n } of aggregate.days) {
    const entry = days.get(day) ?? { day, total: 0, byMethod: {} }
    entry.total += n
    entry.byMethod[method] = n
    days.set(day, entry)
    byMethod[method] = (byMethod[method] ?? 0) + n
    total += n
  }
  const rank = (id: string) => order.indexOf(id) + 1 || Infinity
  const purposes = aggregate.purposes
    .map((p) => ({
      id: p.id,
      granted: Number(p.granted),
      total: Number(p.total),
      rate: p.total ? Math.round((p.granted / p.total) * 10_000) / 10_000 : 0,
    }))
    .sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1))
  return {
    total,
    byDay: [...days.values()],
    byMethod,
    purposes,
    revisions: aggregate.revisions.map((r) => ({ ...r, total: Number(r.total) })),
    chain,
  }
}
