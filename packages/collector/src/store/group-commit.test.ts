import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleReceipt } from '../testing/sample.ts'
import { groupCommit } from './group-commit.ts'
import { planAppend, type AppendEntry } from './store.ts'

const at = '2026-11-27T00:00:00.000Z'
const entries = (...ns: number[]): AppendEntry[] => ns.map((n) => ({ receipt: sampleReceipt(n), receivedAt: at }))

describe('group commit', () => {
  it('joins appends of one turn into one call and gives each caller its own ids', async () => {
    const calls: string[][] = []
    const stored = new Set([sampleReceipt(9).id])
    const append = groupCommit(async (list) => {
      calls.push(list.map((e) => e.receipt.id))
      const { unique, repeated } = planAppend(list)
      const inserted = unique.filter((e) => !stored.has(e.receipt.id)).map((e) => e.receipt.id)
      inserted.forEach((id) => stored.add(id))
      return {
        inserted,
        duplicates: [...repeated, ...unique.filter((e) => !inserted.includes(e.receipt.id)).map((e) => e.receipt.id)],
        conflictAt: [],
      }
    })
    const [a, b, c] = await Promise.all([append(entries(1, 2)), append(entries(2, 3, 9)), append(entries(3, 3))])
    assert.equal(calls.length, 1)
    assert.deepEqual(a, { inserted: [sampleReceipt(1).id, sampleReceipt(2).id], duplicates: [], conflicts: [] })
    assert.deepEqual(b, {
      inserted: [sampleReceipt(3).id],
      duplicates: [sampleReceipt(2).id, sampleReceipt(9).id],
      conflicts: [],
    })
    assert.deepEqual(c, { inserted: [], duplicates: [sampleReceipt(3).id, sampleReceipt(3).id], conflicts: [] })
    assert.deepEqual(await append(entries(4)), { inserted: [sampleReceipt(4).id], duplicates: [], conflicts: [] })
    assert.equal(calls.length, 2)
  })
  it('a failed group is retried caller by caller: only the caller whose rows fail is rejected', async () => {
    const poison = sampleReceipt(2).id
    const append = groupCommit(async (list) => {
      if (list.some((e) => e.receipt.id === poison)) throw new Error('bad row')
      return { inserted: list.map((e) => e.receipt.id), duplicates: [], conflictAt: [] }
    })
    const results = await Promise.allSettled([append(entries(1)), append(entries(2)), append(entries(3, 4))])
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    )
    assert.deepEqual((results[2] as PromiseFulfilledResult<unknown>).value, {
      inserted: [sampleReceipt(3).id, sampleReceipt(4).id],
      duplicates: [],
      conflicts: [],
    })
    assert.deepEqual(await append(entries(5)), { inserted: [sampleReceipt(5).id], duplicates: [], conflicts: [] })
  })
})
