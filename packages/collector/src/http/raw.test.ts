// The bytes received: each receipt row keeps its item of the HTTP body exactly as sent (whitespace,
// key order, escapes), hashed into the chain (recipe 3), so an auditor re-hashes what was sent rather
// than a re-serialisation; verify checks them; the JSON Lines export carries them.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { verifyChain } from '../chain/verify.ts'
import { canonicalJson, chainHash, GENESIS } from '../chain/hash.ts'
import { exportReceipts } from '../export/export.ts'
import { collectorOn } from '../testing/collector.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const SITE = 'https://www.example.jp'
const NOW = Date.parse('2026-11-01T12:00:00.000Z')
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A receipt written as a sender might: keys reversed, indented, a non-ASCII character escaped. */
const unusual = (n: number) =>
  JSON.stringify(
    Object.fromEntries(Object.entries(sampleReceipt(n, { policy: { revision: '改定', language: 'ja' } })).reverse()),
    null,
    n % 2 ? '\t' : 2,
  ).replace('改定', '\\u6539定')

for (const kind of await storeKinds()) {
  describe(`raw bytes received on ${kind.name}`, { skip: kind.skip }, () => {
    const running = collectorOn(kind, { allowedOrigins: [SITE], now: () => NOW })
    const post = (body: string) =>
      fetch(`${running.base}/v1/receipts`, { method: 'POST', headers: { origin: SITE }, body: Buffer.from(body) })

    it('keeps each item of the body as sent, hashes it into the chain, and exports it', async () => {
      const { store } = running
      const items = [unusual(1), unusual(2), unusual(3)]
      const batch = `\r\n[ ${items[0]} ,\n\t${items[1]}\n,${items[2]}   ]\n`
      assert.equal((await post(batch)).status, 202)
      const single = `  ${unusual(4)}\n`
      assert.equal((await post(single)).status, 202)
      const sent = [...items, unusual(4)]
      const jsonl = []
      for await (const chunk of exportReceipts(store, { format: 'jsonl', filter: {}, bom: false }))
        jsonl.push(
          ...chunk
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
        )
      let prev = GENESIS
      for (const [i, line] of jsonl.entries()) {
        const row = await store.get(sampleReceipt(i + 1).id)
        assert.equal(row?.raw, sent[i], `row ${i + 1} keeps the exact text sent`)
        assert.equal(line.raw, sent[i], `the export carries the text sent for row ${i + 1}`)
        // What an auditor does with the export alone: the UTF-8 bytes sent, hashed into the row's hash.
        const digest = sha256(Buffer.from(line.raw, 'utf8'))
        const recomputed = createHash('sha256')
          .update(`sekisho-chain/3\n${prev}\n${line.receivedAt}\n${digest}\n${JSON.stringify(line.receipt)}`)
          .digest('hex')
        assert.equal(line.hash, recomputed)
        assert.equal(line.recipe, 3)
        prev = line.hash
      }
      assert.deepEqual(await verifyChain(store), { ok: true, checked: 4 })
    })

    it('verify reports raw bytes swapped for another serialisation of the same receipt, or removed', async () => {
      const { store } = running
      const id = sampleReceipt(2).id
      const original = (await store.get(id))!.raw!
      await kind.tamper(
        `UPDATE receipts SET raw = '${JSON.stringify(JSON.parse(original)).replaceAll("'", "''")}' WHERE id = '${id}'`,
      )
      let report = await verifyChain(store)
      assert.equal(report.ok, false)
      assert.equal(report.firstBreak?.id, id)
      assert.match(report.firstBreak!.reason, /hash does not match/)
      await kind.tamper(`UPDATE receipts SET raw = NULL WHERE id = '${id}'`)
      report = await verifyChain(store)
      assert.equal(report.firstBreak?.id, id)
      assert.match(report.firstBreak!.reason, /bytes received are gone/)
      await kind.tamper(`UPDATE receipts SET raw = '${original.replaceAll("'", "''")}' WHERE id = '${id}'`)
      assert.equal((await verifyChain(store)).ok, true)
    })

    it('verify reports raw bytes that are not the stored receipt, even with the row re-hashed to match', async () => {
      const { store } = running
      const id = sampleReceipt(3).id
      const row = (await store.get(id))!
      const forged = JSON.stringify({ ...JSON.parse(row.raw!), method: 'accept-all' })
      // The forger recomputes this row's hash; the next row's link is fixed too, so only the
      // raw-versus-body check can tell.
      const hash = chainHash(row.prevHash, row.receivedAt, row.body, 3, forged)
      const next = (await store.get(sampleReceipt(4).id))!
      const nextHash = chainHash(hash, next.receivedAt, next.body, 3, next.raw)
      await kind.tamper(
        `UPDATE receipts SET raw = '${forged}', hash = '${hash}' WHERE id = '${id}';
         UPDATE receipts SET prev_hash = '${hash}', hash = '${nextHash}' WHERE id = '${next.id}';
         UPDATE chain_heads SET hash = '${nextHash}';`,
      )
      const report = await verifyChain(store)
      assert.equal(report.ok, false)
      assert.equal(report.firstBreak?.id, id)
      assert.match(report.firstBreak!.reason, /column raw does not match the hashed body/)
    })
  })
}

for (const kind of await storeKinds()) {
  describe(`a ${kind.name} store from before raw bytes were kept`, { skip: kind.skip }, () => {
    after(() => kind.cleanup())
    it('gets the column on open: old rows NULL (verify counts them), new rows keep their bytes', async () => {
      const at = '2026-11-01T00:00:00.000Z'
      let store = await kind.open()
      // A receipt creates the month's partition (PostgreSQL); then the tables are made as they were.
      await store.append([{ receipt: sampleReceipt(0), receivedAt: at }])
      await store.close()
      let prev = GENESIS
      // Recipe 2 rows, as collectors wrote them before the bytes received were kept.
      const values = [1, 2, 3]
        .map((n) => sampleReceipt(n))
        .map((r) => {
          const body = canonicalJson(r)
          const hash = chainHash(prev, at, body, 2)
          const v = `('${r.id}', '${r.site}', '${at}', '${new Date(r.timestamp).toISOString()}', '${r.subject}', '${r.method}', '${body}', '${prev}', '${hash}', 2)`
          prev = hash
          return v
        })
      await kind.tamper(
        `DELETE FROM receipts; ${kind.name === 'postgres' ? 'DELETE FROM receipt_ids;' : ''}
         ALTER TABLE receipts DROP COLUMN raw; ALTER TABLE receipts DROP COLUMN erased;
         INSERT INTO receipts (id, site, received_at, ts, subject, method, body, prev_hash, hash, recipe) VALUES ${values.join(', ')};
         ${kind.name === 'postgres' ? `INSERT INTO receipt_ids (id, received_at) SELECT id, received_at FROM receipts;` : ''}
         UPDATE chain_heads SET hash = '${prev}';`,
      )
      store = await kind.reopen()
      try {
        assert.deepEqual(await verifyChain(store), { ok: true, checked: 3, withoutRaw: 3 })
        await store.append([{ receipt: sampleReceipt(4), receivedAt: at }])
        assert.equal((await store.get(sampleReceipt(1).id))?.raw, undefined)
        assert.equal((await store.get(sampleReceipt(4).id))?.raw, canonicalJson(sampleReceipt(4)))
        assert.deepEqual(await verifyChain(store), { ok: true, checked: 4, withoutRaw: 3 })
      } finally {
        await store.close()
      }
    })
  })
}
