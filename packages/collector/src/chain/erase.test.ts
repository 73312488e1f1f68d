// Erasure (APPI Art. 35, GDPR Art. 17) that keeps the chain verifiable: a subject's receipts lose
// their content, keep their hashes, and a chained erasure record says who, when, why and how many.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportReceipts } from '../export/export.ts'
import type { ExportFormat } from '../export/query.ts'
import { receiptStats } from '../export/stats.ts'
import { collectorOn } from '../testing/collector.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'
import { anchorKey, appendAnchor, verifyAnchors } from './anchors.ts'
import { verifyChain } from './verify.ts'

const SHOP = 'https://shop.example.jp'
const ADMIN = 'admin-token-for-erasure-tests'
const EXPORT = 'export-token-for-erasure-tests'
const at = '2026-11-01T10:00:00.000Z'
// 12 receipts over two sites; subject `subj_00000003` has receipts 3 (shop) and 100 (www).
const receipts = [
  ...Array.from({ length: 10 }, (_, n) => sampleReceipt(n, n % 2 ? { site: SHOP } : {})),
  sampleReceipt(100),
  sampleReceipt(101),
]
const SUBJECT = 'subj_00000003'
const exported = async (store: ReceiptStore, format: ExportFormat) => {
  let out = ''
  for await (const c of exportReceipts(store, { format, filter: {}, bom: false })) out += c
  return out
}

for (const kind of await storeKinds())
  describe(`erasure on ${kind.name}`, { skip: kind.skip }, () => {
    const running = collectorOn(kind, {
      tokens: [
        { token: ADMIN, scope: 'admin' },
        { token: EXPORT, scope: 'export' },
      ],
    })
    const erase = (body: unknown, token = ADMIN) =>
      fetch(`${running.base}/v1/admin/erase`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })

    it('empties the subject’s receipts, keeps their hashes and the chain verifying, records who, when, why', async () => {
      const { store } = running
      await store.append(receipts.map((receipt) => ({ receipt, receivedAt: at })))
      const dir = mkdtempSync(join(tmpdir(), 'sekisho-erase-'))
      const anchors = join(dir, 'anchors.jsonl')
      try {
        await appendAnchor(store, anchors, anchorKey(anchors), at)
        const before = new Map([sampleReceipt(3).id, sampleReceipt(100).id].map((id) => [id, '']))
        for (const id of before.keys()) before.set(id, (await store.get(id))!.hash)

        assert.equal(
          (await erase({ subject: SUBJECT, reason: 'x' }, EXPORT)).status,
          403,
          'an export token may not erase',
        )
        const bad = await erase({ reason: 'APPI Art. 35 request #12' })
        assert.equal(bad.status, 400)
        assert.match((await bad.json()).error, /^subject: /)
        const res = await erase({ subject: SUBJECT, reason: 'APPI Art. 35 request #12', by: 'privacy desk' })
        assert.equal(res.status, 200)
        const record = await res.json()
        assert.equal(record.erased, 2)
        assert.equal(record.why, 'APPI Art. 35 request #12')
        assert.match(record.by, /^privacy desk \(tok_[0-9a-f]{12}\)$/)
        assert.equal(record.at, '2026-11-01T12:00:00.000Z')
        assert.equal(record.subject, createHash('sha256').update(SUBJECT).digest('hex'), 'the subject only as its hash')
        assert.deepEqual(
          record.rows.map((r: { id: string; hash: string }) => [r.id, r.hash]),
          [...before],
        )

        for (const [id, hash] of before) {
          const row = (await store.get(id))!
          assert.equal(row.hash, hash, 'the hash stays')
          assert.equal(row.body, 'null')
          assert.equal(row.raw, undefined)
          assert.equal(row.subject, '')
          assert.equal(row.method, '')
          assert.equal(row.erased, record.at)
        }
        const everything = await exported(store, 'jsonl')
        assert.ok(!everything.includes(SUBJECT), 'no export holds the subject')
        assert.deepEqual(await verifyChain(store), { ok: true, checked: 12, erased: 2 })
        assert.deepEqual(await verifyAnchors(store, anchors), { ok: true, lines: 1 })
        // A browser's queue sending an erased receipt again: a duplicate, neither stored again nor a conflict.
        assert.deepEqual(await store.append([{ receipt: sampleReceipt(3), receivedAt: at }]), {
          inserted: [],
          duplicates: [sampleReceipt(3).id],
          conflicts: [],
        })
        // The same subject again: nothing left, still recorded.
        assert.equal((await (await erase({ subject: SUBJECT, reason: 'repeat' })).json()).erased, 0)
        assert.equal((await verifyChain(store)).ok, true)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })

    it('exports show erased receipts as erased; stats do not count them; GET says erased', async () => {
      const { store, base } = running
      const lines = (await exported(store, 'jsonl'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      const erased = lines.filter((l) => l.erased)
      assert.deepEqual(
        erased.map((l) => [l.id, Object.keys(l).sort().join()]),
        [sampleReceipt(3).id, sampleReceipt(100).id].map((id) => [
          id,
          'erased,hash,id,prevHash,receivedAt,recipe,site',
        ]),
      )
      const csv = (await exported(store, 'csv')).split('\r\n').find((l) => l.startsWith(sampleReceipt(3).id))!
      assert.match(csv, /,erased 2026-11-01T12:00:00.000Z: the receipt's content was erased on request/)
      const kantara = JSON.parse(await exported(store, 'kantara'))
      assert.deepEqual(kantara.filter((k: { erased?: string }) => k.erased).length, 2)
      assert.equal((await exported(store, 'appi')).includes(sampleReceipt(3).id), false)
      assert.equal((await receiptStats(store)).total, 10)
      const got = await fetch(`${base}/v1/receipts/${sampleReceipt(3).id}`, {
        headers: { authorization: `Bearer ${EXPORT}` },
      })
      assert.equal(got.status, 200)
      assert.deepEqual(Object.keys(await got.json()).sort(), [
        'erased',
        'hash',
        'id',
        'prevHash',
        'receivedAt',
        'seq',
        'site',
      ])
    })

    // Before the tamper test below, which drops the SQLite guards.
    it('the database refuses an UPDATE that is not an erasure, even inside an erasure’s guard', async () => {
      const id = sampleReceipt(7).id
      await assert.rejects(kind.tamper(`UPDATE receipts SET method = 'accept-all' WHERE id = '${id}'`, false))
      const gate = kind.name === 'sqlite' ? 'UPDATE purge_gate SET open = 2;' : "SET sekisho.erasing = 'on';"
      await assert.rejects(
        kind.tamper(`${gate} UPDATE receipts SET hash = 'x', erased = 'now' WHERE id = '${id}'`, false),
        /append-only/,
      )
    })
    it('verify fails when an erased row’s hash is altered, a row is emptied without a record, or the record is edited', async () => {
      const { store } = running
      const id = sampleReceipt(3).id
      const { hash } = (await store.get(id))!
      await kind.tamper(`UPDATE receipts SET hash = '${'f'.repeat(64)}' WHERE id = '${id}'`)
      let report = await verifyChain(store)
      assert.equal(report.ok, false)
      assert.equal(report.firstBreak?.id, id)
      assert.match(report.firstBreak!.reason, /erased row's hash is not the one its erasure record kept/)
      await kind.tamper(`UPDATE receipts SET hash = '${hash}' WHERE id = '${id}'`)
      assert.equal((await verifyChain(store)).ok, true)

      // A receipt emptied as if erased, with no erasure record: a disguised erasure.
      const other = sampleReceipt(5).id
      const row = (await store.get(other))!
      await kind.tamper(
        `UPDATE receipts SET body = 'null', raw = NULL, subject = '', method = '', erased = '${at}' WHERE id = '${other}'`,
      )
      report = await verifyChain(store)
      assert.equal(report.firstBreak?.id, other)
      assert.match(report.firstBreak!.reason, /disguised erasure/)
      assert.deepEqual([report.firstBreak!.expected, report.firstBreak!.found], ['an erasure record', `erased ${at}`])
      await kind.tamper(
        `UPDATE receipts SET body = '${row.body}', raw = '${row.raw}', subject = '${row.subject}', method = '${row.method}', erased = NULL WHERE id = '${other}'`,
      )
      assert.equal((await verifyChain(store)).ok, true)

      // The record rewritten to hide why: the break names the purge log, the hash the record's fields now
      // give, and the hash it was sealed with.
      const records = (await store.events()).filter((e) => e.kind === 'erasure')
      const { hash: sealed, prev } = records
        .map((e) => e.detail as { why: string; hash: string; prev: string })
        .find((d) => d.why === 'APPI Art. 35 request #12')!
      await kind.tamper(
        `UPDATE events SET detail = replace(detail, 'APPI Art. 35 request #12', 'routine') WHERE kind = 'erasure'`,
      )
      report = await verifyChain(store)
      assert.equal(report.ok, false)
      assert.match(report.firstBreak!.reason, /^erasure record of .* was edited/)
      assert.equal(report.firstBreak!.site, '(purge log)')
      assert.equal(report.firstBreak!.found, sealed)
      assert.match(report.firstBreak!.expected!, /^[0-9a-f]{64}$/)
      assert.notEqual(report.firstBreak!.expected, sealed)
      assert.notEqual(report.firstBreak!.expected, prev, 'the record links to its predecessor as sealed')
    })
  })
