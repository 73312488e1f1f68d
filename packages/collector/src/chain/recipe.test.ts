import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openSqliteStore } from '../store/sqlite.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { verifyChain } from './verify.ts'

/** A receipts file as collectors wrote it before chain recipe 2: no `recipe` column, v1 hashes. */
function writeV1Fixture(file: string, count: number): void {
  const db = new Database(file)
  db.exec(`CREATE TABLE receipts (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, site TEXT NOT NULL,
    received_at TEXT NOT NULL, ts TEXT NOT NULL, subject TEXT NOT NULL, method TEXT NOT NULL, body TEXT NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
    CREATE TABLE chain_heads (site TEXT PRIMARY KEY, hash TEXT NOT NULL);`)
  let prev = '0'.repeat(64)
  for (let n = 0; n < count; n++) {
    const r = sampleReceipt(n)
    // The v1 body: keys sorted, no whitespace (the sample has no undefined values).
    const sortDeep = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortDeep)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sortDeep((v as Record<string, unknown>)[k])]),
            )
          : v
    const body = JSON.stringify(sortDeep(r))
    const at = `2026-11-0${1 + (n % 5)}T00:00:00.000Z`
    const hash = createHash('sha256').update(`${prev}\n${at}\n${body}`).digest('hex')
    db.prepare(
      'INSERT INTO receipts (id, site, received_at, ts, subject, method, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(r.id, r.site, at, new Date(r.timestamp).toISOString(), r.subject, r.method, body, prev, hash)
    prev = hash
  }
  db.prepare('INSERT INTO chain_heads (site, hash) VALUES (?, ?)').run(sampleReceipt(0).site, prev)
  db.close()
}

describe('chain recipe versions', () => {
  it('a v1 chain keeps verifying (its rows counted as without raw bytes), continues with v3 rows, and a v3 row relabelled v1 is reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-recipe-'))
    const file = join(dir, 'v1.db')
    try {
      writeV1Fixture(file, 5)
      const store = openSqliteStore(file)
      assert.deepEqual(await verifyChain(store), { ok: true, checked: 5, withoutRaw: 5 })
      await store.append([5, 6].map((n) => ({ receipt: sampleReceipt(n), receivedAt: '2026-11-06T00:00:00.000Z' })))
      const rows = []
      for await (const row of store.chainRows()) rows.push(row)
      assert.deepEqual(
        rows.map((r) => r.recipe),
        [1, 1, 1, 1, 1, 3, 3],
      )
      assert.deepEqual(
        rows.map((r) => r.raw === undefined),
        [true, true, true, true, true, false, false],
        'rows from before the migration have no raw bytes; new ones do',
      )
      assert.deepEqual(await verifyChain(store), { ok: true, checked: 7, withoutRaw: 5 })
      await store.close()

      // An attacker relabels the newest row as v1 (dropping the append-only trigger first).
      const db = new Database(file)
      db.exec('DROP TRIGGER receipts_no_update')
      db.prepare('UPDATE receipts SET recipe = 1 WHERE seq = 7').run()
      db.close()
      const again = openSqliteStore(file)
      const report = await verifyChain(again)
      assert.equal(report.ok, false)
      assert.equal(report.firstBreak?.seq, 7)
      assert.match(report.firstBreak?.reason ?? '', /recipe/)
      await again.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
