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

  it('gives each caller its own conflicts, whether the group was written together or caller by caller', async () => {
    const id = (n: number) => sampleReceipt(n).id
    // Receipts 2 and 4 are stored already with other content; 6 fails any write it is part of.
    let calls = 0
    const append = groupCommit(async (list) => {
      calls++
      if (list.some((e) => e.receipt.id === id(6))) throw new Error('bad row')
      const conflictAt = list.flatMap((e, i) => ([id(2), id(4)].includes(e.receipt.id) ? [i] : []))
      const inserted = list.filter((_, i) => !conflictAt.includes(i)).map((e) => e.receipt.id)
      return { inserted, duplicates: conflictAt.map((i) => list[i]!.receipt.id), conflictAt }
    })
    const together = await Promise.all([append(entries(1, 2)), append(entries(3, 4))])
    assert.deepEqual(together, [
      { inserted: [id(1)], duplicates: [id(2)], conflicts: [id(2)] },
      { inserted: [id(3)], duplicates: [id(4)], conflicts: [id(4)] },
    ])
    const alone = await Promise.allSettled([append(entries(4, 5)), append(entries(6))])
    assert.deepEqual(alone[0], {
      status: 'fulfilled',
      value: { inserted: [id(5)], duplicates: [id(4)], conflicts: [id(4)] },
    })
    assert.equal(alone[1].status, 'rejected')
    // A caller alone in its group is not tried twice.
    const before = calls
    await assert.rejects(append(entries(6)), /bad row/)
    assert.equal(calls, before + 1)
  })

  it('appends asked while a group is being written go together in the next call', async () => {
    const calls: string[][] = []
    let later: Array<Promise<unknown>> = []
    const append = groupCommit(async (list) => {
      calls.push(list.map((e) => e.receipt.id))
      if (calls.length === 1) later = [append(entries(2)), append(entries(3))]
      return { inserted: list.map((e) => e.receipt.id), duplicates: [], conflictAt: [] }
    })
    await append(entries(1))
    await Promise.all(later)
    assert.deepEqual(calls, [[sampleReceipt(1).id], [sampleReceipt(2).id, sampleReceipt(3).id]])
    await append(entries(4))
    assert.equal(calls.length, 3)
  })
})
