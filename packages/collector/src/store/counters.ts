// Stats from counters the stores maintain in the same transaction as their writes (per site, UTC day
// of the receipt's time, and method / purpose / policy revision), so /v1/stats reads a few hundred
// rows instead of scanning every receipt. Days cut by a `from`/`to` inside them are counted from rows.
import type { Receipt } from '@sekisho/receipts/schema'
import type { ReceiptAggregate, ReceiptFilter, ReceiptStore } from './store.ts'

/** One counter row: the key (`site`, `day`, and a method, purpose or revision) and its counts. */
export interface CounterDeltas {
  methods: Array<[site: string, day: string, method: string, total: number]>
  purposes: Array<[site: string, day: string, purpose: string, granted: number, total: number]>
  revisions: Array<[site: string, day: string, revision: string, first: string, last: string, total: number]>
}

/** What appending `rows` adds to the counters, one entry per key, sorted (the lock order on PostgreSQL). */
export function counterDeltas(rows: ReadonlyArray<{ receipt: Receipt; ts: string }>): CounterDeltas {
  const methods = new Map<string, CounterDeltas['methods'][number]>()
  const purposes = new Map<string, CounterDeltas['purposes'][number]>()
  const revisions = new Map<string, CounterDeltas['revisions'][number]>()
  for (const { receipt: r, ts } of rows) {
    const day = ts.slice(0, 10)
    const cell = `${r.site}\n${day}\n`
    const m = methods.get(cell + r.method)
    if (m) m[3]++
    else methods.set(cell + r.method, [r.site, day, r.method, 1])
    for (const p of r.purposes) {
      const c = purposes.get(cell + p.id)
      if (c) (c[3] += p.granted ? 1 : 0), c[4]++
      else purposes.set(cell + p.id, [r.site, day, p.id, p.granted ? 1 : 0, 1])
    }
    const v = revisions.get(cell + r.policy.revision)
    if (!v) revisions.set(cell + r.policy.revision, [r.site, day, r.policy.revision, ts, ts, 1])
    else {
      if (ts < v[3]) v[3] = ts
      if (ts > v[4]) v[4] = ts
      v[5]++
    }
  }
  const sorted = <T>(map: Map<string, T>) => [...map.keys()].sort().map((k) => map.get(k)!)
  return { methods: sorted(methods), purposes: sorted(purposes), revisions: sorted(revisions) }
}

/** A UTC day (`2026-11-01`) and the one after it. */
export const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10)

/** A day's cells, `site\nday`, as purges and erasures collect them to recount. */
export const cellKey = (site: string, ts: string) => `${site}\n${ts.slice(0, 10)}`
export const splitCell = (key: string) => key.split('\n') as [site: string, day: string]

const isMidnight = (iso: string) => iso.endsWith('T00:00:00.000Z')

/** Sums aggregates of disjoint receipt sets (whole days from counters, cut days from rows). */
function merge(parts: ReceiptAggregate[]): ReceiptAggregate {
  const days = parts.flatMap((p) => p.days).sort((a, b) => (a.day + a.method < b.day + b.method ? -1 : 1))
  const purposes = new Map<string, ReceiptAggregate['purposes'][number]>()
  const revisions = new Map<string, ReceiptAggregate['revisions'][number]>()
  for (const part of parts) {
    for (const p of part.purposes) {
      const sum = purposes.get(p.id)
      if (sum) (sum.granted += Number(p.granted)), (sum.total += Number(p.total))
      else purposes.set(p.id, { id: p.id, granted: Number(p.granted), total: Number(p.total) })
    }
    for (const r of part.revisions) {
      const sum = revisions.get(r.revision)
      if (!sum) revisions.set(r.revision, { ...r, total: Number(r.total) })
      else {
        if (r.first < sum.first) sum.first = r.first
        if (r.last > sum.last) sum.last = r.last
        sum.total += Number(r.total)
      }
    }
  }
  return {
    days,
    purposes: [...purposes.values()],
    revisions: [...revisions.values()].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0)),
  }
}

/**
 * The same counts as `store.aggregate(filter)`, read from the counters: whole UTC days in the range
 * from the counter tables, the part of a day a non-midnight `from`/`to` cuts from the rows (at most
 * two days' rows, by the `ts` index).
 */
export async function countedAggregate(
  store: ReceiptStore,
  filter: Pick<ReceiptFilter, 'from' | 'to' | 'site'> = {},
): Promise<ReceiptAggregate> {
  const { from, to, site } = filter
  const only = site === undefined ? {} : { site }
  let fromDay = from?.slice(0, 10)
  const toDay = to?.slice(0, 10)
  const parts: Array<Promise<ReceiptAggregate>> = []
  if (from !== undefined && !isMidnight(from)) {
    fromDay = nextDay(fromDay!)
    // The range may end inside the same day: then the rows answer it all.
    if (to !== undefined && to <= `${fromDay}T00:00:00.000Z`) return store.aggregate(filter)
    parts.push(store.aggregate({ ...only, from, to: `${fromDay}T00:00:00.000Z` }))
  }
  if (to !== undefined && !isMidnight(to)) parts.push(store.aggregate({ ...only, from: `${toDay}T00:00:00.000Z`, to }))
  if (fromDay === undefined || toDay === undefined || fromDay < toDay)
    parts.push(
      store.counted({ ...only, ...(fromDay !== undefined && { fromDay }), ...(toDay !== undefined && { toDay }) }),
    )
  return merge(await Promise.all(parts))
}
