// One chain per site, as an auditor checks them: a break in one site's chain is found and named by site,
// a check of one site walks that site only, and each site's end is checked against its recorded head
// even when another site's rows follow it.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore, StoredReceipt } from '../store/store.ts'
import { type ChainCheckpoint, verifyChain } from './verify.ts'

const A = 'https://a.example.jp'
const B = 'https://b.example.jp'
const receivedAt = '2026-11-27T00:00:00.000Z'
const [kind] = await storeKinds()

describe('chains of several sites', () => {
  const open: ReceiptStore[] = []
  after(async () => {
    for (const s of open) await s.close()
    await kind!.cleanup()
  })
  /** Rows of A and B interleaved: A gets 0, 2, 4; B gets 1, 3, 5. */
  const twoSites = async () => {
    const store = await kind!.open()
    open.push(store)
    await store.append(
      Array.from({ length: 6 }, (_, n) => ({ receipt: sampleReceipt(n, { site: n % 2 ? B : A }), receivedAt })),
    )
    return store
  }
  const id = (n: number) => sampleReceipt(n).id
  /** Both sites' rows, then what an intruder does to them, then the whole check. */
  const tampered = async (sql: string, before?: (store: ReceiptStore) => Promise<void>) => {
    const store = await twoSites()
    await before?.(store)
    await kind!.tamper(sql)
    return { store, report: await verifyChain(store) }
  }

  it('verifies each site from the genesis hash, and one site alone', async () => {
    const store = await twoSites()
    assert.deepEqual(await verifyChain(store), { ok: true, checked: 6 })
    assert.deepEqual(await verifyChain(store, { site: A }), { ok: true, checked: 3 })
    assert.deepEqual(await verifyChain(store, { site: 'https://none.example.jp' }), { ok: true, checked: 0 })
  })

  it("finds the end of the first site's chain cut off although the next site's rows follow, and stops there", async () => {
    let before: string | undefined
    const { store, report } = await tampered(`DELETE FROM receipts WHERE id = '${id(4)}'`, async (s) => {
      before = (await s.get(id(2)))?.hash
    })
    assert.deepEqual(report.firstBreak, {
      site: A,
      reason: 'the last row is not the recorded head: rows were deleted from the end',
      expected: (await store.heads()).get(A),
      found: before,
    })
    assert.equal(report.ok, false)
    assert.equal(report.checked, 2, 'the walk stops at the break: B is not walked')
    // Checked alone, the other site stands.
    assert.deepEqual(await verifyChain(store, { site: B }), { ok: true, checked: 3 })
  })

  it('names the site, row and hashes of an edit, and a check of the other site does not see it', async () => {
    let edited: StoredReceipt | undefined
    const { store, report } = await tampered(
      `UPDATE receipts SET prev_hash = '${'1'.repeat(64)}' WHERE id = '${id(3)}'`,
      async (s) => void (edited = await s.get(id(3))),
    )
    assert.deepEqual(report, {
      ok: false,
      checked: 5,
      firstBreak: {
        site: B,
        seq: edited!.seq,
        id: id(3),
        reason: 'previous hash does not match: a row before it was edited, inserted or deleted',
        expected: edited!.prevHash,
        found: '1'.repeat(64),
      },
    })
    assert.deepEqual(await verifyChain(store, { site: A }), { ok: true, checked: 3 })
  })

  it("reports a site whose every row is gone while its head remains, and only that site's check", async () => {
    const { store, report } = await tampered(`DELETE FROM receipts WHERE site = '${B}'`)
    assert.deepEqual(report.firstBreak, {
      site: B,
      reason: 'the recorded head has no rows: rows were deleted',
      expected: (await store.heads()).get(B),
      found: '0'.repeat(64),
    })
    assert.equal((await verifyChain(store, { site: B })).ok, false)
    assert.deepEqual(await verifyChain(store, { site: A }), { ok: true, checked: 3 })
    assert.equal(report.ok, false)
  })

  it('reports a row labelled with a chain recipe newer than any this collector writes', async () => {
    const { report } = await tampered(`UPDATE receipts SET recipe = 4 WHERE id = '${id(2)}'`)
    assert.deepEqual(
      [report.ok, report.firstBreak?.id, report.firstBreak?.expected, report.firstBreak?.found],
      [false, id(2), 'recipe 3 to 3', 'recipe 4'],
    )
  })

  it('from a checkpoint, walks per site only the rows after it, and leaves it where it was on a break', async () => {
    const store = await twoSites()
    const checkpoint: ChainCheckpoint = new Map()
    assert.deepEqual(await verifyChain(store, { checkpoint }), { ok: true, checked: 6 })
    const atA = checkpoint.get(A)
    assert.deepEqual(atA, { seq: (await store.get(id(4)))!.seq, hash: (await store.get(id(4)))!.hash, recipe: 3 })
    await store.append([{ receipt: sampleReceipt(6, { site: A }), receivedAt }])
    assert.deepEqual(await verifyChain(store, { checkpoint, site: B }), { ok: true, checked: 0 })
    await kind!.tamper(`UPDATE receipts SET hash = '${'2'.repeat(64)}' WHERE id = '${id(6)}'`)
    const report = await verifyChain(store, { checkpoint })
    assert.deepEqual([report.ok, report.checked, report.firstBreak?.id], [false, 1, id(6)])
    assert.deepEqual(checkpoint.get(A), atA)
  })
})
