import { expect } from 'chai'
import { chooseDropped, openQueue, REJECTED, DELIVERED, PENDING, type QueueEntry } from './receipt-queue.ts'
import { sampleReceipt } from '../schema/sample-receipt.ts'

const receipt = (id: string, subject = 'subj_0123456789') => ({ ...sampleReceipt(), id, subject })
const entry = (id: string, t: number, subject?: string): QueueEntry => ({ r: receipt(id, subject), t })
let n = 0
const fresh = () => openQueue(`test-queue-${Date.now()}-${n++}`)

describe('chooseDropped', () => {
  it('drops superseded receipts of a subject first, oldest first, then the oldest', () => {
    const pending = [
      entry('a_000001', 1, 'subj_A0000000'),
      entry('b_000001', 2, 'subj_B0000000'),
      entry('a_000002', 3, 'subj_A0000000'),
      entry('a_000003', 4, 'subj_A0000000'),
    ]
    expect(chooseDropped(pending, 1).map((e) => e.r.id)).to.deep.equal(['a_000001'])
    expect(chooseDropped(pending, 3).map((e) => e.r.id)).to.deep.equal(['a_000001', 'a_000002', 'b_000001'])
  })
})

describe('openQueue', () => {
  it('keeps pending receipts in queue order and survives reopening', async () => {
    const name = `test-queue-reopen-${Date.now()}`
    const q = openQueue(name)
    await q.add(receipt('r_second1'), 20, 10)
    await q.add(receipt('r_first01'), 10, 10)
    expect((await openQueue(name).take(10)).map((e) => e.r.id)).to.deep.equal(['r_first01', 'r_second1'])
    expect((await openQueue(name).take(1)).map((e) => e.r.id)).to.deep.equal(['r_first01'])
  })
  it('records a receipt id once: pending, delivered or rejected, a second add keeps the first', async () => {
    const q = fresh()
    const first = { ...receipt('r_same_id1'), ui: { textHash: 'a'.repeat(64) } }
    await q.add(first, 10, 10)
    // Nothing is added, so nothing is dropped.
    expect(await q.add({ ...receipt('r_same_id1'), ui: { noText: 'unknown' } }, 20, 10)).to.deep.equal([])
    expect((await q.list()).map((e) => [e.r.id, e.r.ui])).to.deep.equal([['r_same_id1', first.ui]])
    await q.settle(await q.take(1), [], 10, 10)
    await q.add(receipt('r_same_id1'), 30, 10)
    expect(await q.take(10)).to.deep.equal([])
  })
  it('is bounded and never drops the receipt being added', async () => {
    const q = fresh()
    for (let i = 0; i < 3; i++) expect(await q.add(receipt(`r_old_${i}00`), 100 + i, 3)).to.deep.equal([])
    // The newest comes with an older clock value: still never the one dropped.
    const dropped = await q.add(receipt('r_newest01'), 50, 3)
    expect(dropped.map((r) => r.id)).to.deep.equal(['r_old_000'])
    expect((await q.take(10)).map((e) => e.r.id).sort()).to.deep.equal(['r_newest01', 'r_old_100', 'r_old_200'])
  })
  it('drops nothing while the pending receipts are within the bound', async () => {
    const q = fresh()
    for (let i = 0; i < 8; i++) expect(await q.add(receipt(`r_within_${i}`), i, 10)).to.deep.equal([])
    expect((await q.take(10)).length).to.equal(8)
  })
  it('keeps at most `max` rejected receipts, the newest', async () => {
    const q = fresh()
    for (let i = 0; i < 3; i++) await q.add(receipt(`r_refused_${i}`), i, 10)
    const refused = (await q.take(10)).map((e) => ({ ...e, e: [{ path: '', message: 'HTTP 400' }] }))
    await q.settle([], refused, 10, 2)
    expect((await q.list(REJECTED)).map((e) => e.r.id)).to.deep.equal(['r_refused_1', 'r_refused_2'])
  })
  it('reads the receipts an earlier release queued (store `receipts`, keys [kind, queuedAt, id])', async () => {
    const name = `test-queue-earlier-${Date.now()}`
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name)
      open.onupgradeneeded = () => open.result.createObjectStore('receipts')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const tx = db.transaction('receipts', 'readwrite')
    tx.objectStore('receipts').put({ r: receipt('r_earlier_1'), t: 5 }, [PENDING, 5, 'r_earlier_1'])
    tx.objectStore('receipts').put({ r: receipt('r_earlier_0'), t: 4 }, [DELIVERED, 4, 'r_earlier_0'])
    await new Promise((resolve) => (tx.oncomplete = resolve))
    db.close()
    const q = openQueue(name)
    expect((await q.take(10)).map((e) => e.r.id)).to.deep.equal(['r_earlier_1'])
    expect((await q.list(DELIVERED)).map((e) => e.r.id)).to.deep.equal(['r_earlier_0'])
  })
  it('moves delivered receipts to a bounded history and rejected ones aside', async () => {
    const q = fresh()
    for (let i = 0; i < 5; i++) await q.add(receipt(`r_item_${i}00`), i, 10)
    const batch = await q.take(10)
    await q.settle(batch.slice(0, 4), [{ ...batch[4]!, e: [{ path: 'id', message: 'bad' }] }], 3, 10)
    expect(await q.list(PENDING)).to.deep.equal([])
    expect((await q.list(DELIVERED)).map((e) => e.r.id)).to.deep.equal(['r_item_100', 'r_item_200', 'r_item_300'])
    expect(await q.list(REJECTED)).to.deep.equal([{ ...batch[4], e: [{ path: 'id', message: 'bad' }] }])
    // All kinds at once, without the retry state.
    await q.setRetry({ n: 1, at: 1 })
    expect((await q.list()).map((e) => e.r.id).sort()).to.deep.equal([
      'r_item_100',
      'r_item_200',
      'r_item_300',
      'r_item_400',
    ])
  })
  it('stores the retry state apart from the receipts', async () => {
    const q = fresh()
    expect(await q.retry()).to.deep.equal({ n: 0, at: 0 })
    await q.setRetry({ n: 2, at: 1234 })
    await q.add(receipt('r_after_retry'), 1, 10)
    expect(await q.retry()).to.deep.equal({ n: 2, at: 1234 })
    expect((await q.take(10)).length).to.equal(1)
  })
})
