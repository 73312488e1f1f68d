// Group commit: appends requested while another is being written share the next transaction,
// so one fsync (SQLite) or one round of row locks and commit (PostgreSQL) serves many requests.
import type { AppendEntry, AppendResult, RawAppendResult } from './store.ts'

type Append = (entries: AppendEntry[]) => Promise<AppendResult>

/** Wraps a store's append: callers still get exactly their own inserted and duplicate ids. */
export function groupCommit(append: (entries: AppendEntry[]) => Promise<RawAppendResult>): Append {
  const own = async (entries: AppendEntry[]): Promise<AppendResult> => {
    const { inserted, duplicates, conflictAt } = await append(entries)
    return { inserted, duplicates, conflicts: conflictAt.map((i) => entries[i]!.receipt.id) }
  }
  let queue: Array<{ entries: AppendEntry[]; resolve: (r: AppendResult) => void; reject: (e: unknown) => void }> = []
  let scheduled = false

  const drain = async () => {
    while (queue.length) {
      const group = queue
      queue = []
      try {
        const { inserted, conflictAt } = await append(group.flatMap((p) => p.entries))
        // The combined call stored each id at most once, for the first caller that sent it.
        const unclaimed = new Set(inserted)
        const conflicting = new Set(conflictAt)
        let at = 0
        for (const p of group) {
          const result: AppendResult = { inserted: [], duplicates: [], conflicts: [] }
          for (const { receipt } of p.entries) {
            ;(unclaimed.delete(receipt.id) ? result.inserted : result.duplicates).push(receipt.id)
            if (conflicting.has(at++)) result.conflicts!.push(receipt.id)
          }
          p.resolve(result)
        }
      } catch (error) {
        // The whole transaction rolled back: retry each caller alone, so one request's bad rows
        // (or a conflict) fail only that request, never the other visitors' receipts.
        if (group.length === 1) group[0]!.reject(error)
        else for (const p of group) await own(p.entries).then(p.resolve, p.reject)
      }
    }
    scheduled = false
  }

  return (entries) =>
    new Promise((resolve, reject) => {
      queue.push({ entries, resolve, reject })
      if (!scheduled) {
        scheduled = true
        // Wait for the rest of this event-loop turn: requests whose bodies arrived together join.
        setImmediate(() => void drain())
      }
    })
}
