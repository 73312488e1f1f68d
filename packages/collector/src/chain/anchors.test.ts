import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createCollector } from '../http/server.ts'
import { serveOptions } from '../serve/serve-options.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { anchorKey, appendAnchor, verifyAnchors } from './anchors.ts'
import { verifyChain } from './verify.ts'

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`

/** A store file with `count` receipts, each received on its own day from Nov 1. */
async function filled(file: string, count: number) {
  const store = openSqliteStore(file)
  for (let n = 0; n < count; n++) await store.append([{ receipt: sampleReceipt(n), receivedAt: at(n + 1) }])
  return store
}

/** Opens the file as an attacker would: with the append-only triggers dropped. */
function tamper(file: string, sql: string) {
  const db = new Database(file)
  db.exec('DROP TRIGGER IF EXISTS receipts_no_update; DROP TRIGGER IF EXISTS receipts_no_delete;')
  db.exec(sql)
  db.close()
}

describe('chain heads anchored outside the database, purges as chained records', () => {
  const setup = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-anchors-'))
    const file = join(dir, 'r.db')
    const anchors = join(dir, 'anchors.jsonl')
    const store = await filled(file, 6)
    await appendAnchor(store, anchors, anchorKey(anchors), at(20))
    await store.close()
    return { dir, file, anchors, done: () => rmSync(dir, { recursive: true, force: true }) }
  }

  it('deleting the tail (and fixing the recorded head) is caught only with the anchors', async () => {
    const { file, anchors, done } = await setup()
    try {
      tamper(
        file,
        `DELETE FROM receipts WHERE seq > 4;
         UPDATE chain_heads SET hash = (SELECT hash FROM receipts WHERE seq = 4);`,
      )
      const store = openSqliteStore(file)
      assert.equal((await verifyChain(store)).ok, true, 'inside the database the chain is consistent')
      const report = await verifyAnchors(store, anchors)
      assert.equal(report.ok, false)
      assert.match(report.firstBreak!.reason, /not in the database/)
      await store.close()
    } finally {
      done()
    }
  })

  it('a database replaced by a consistent shorter one is reported', async () => {
    const { dir, file, anchors, done } = await setup()
    try {
      const shorter = await filled(join(dir, 'short.db'), 3)
      await shorter.close()
      copyFileSync(join(dir, 'short.db'), file)
      rmSync(`${file}-wal`, { force: true })
      rmSync(`${file}-shm`, { force: true })
      const store = openSqliteStore(file)
      assert.equal((await verifyChain(store)).ok, true)
      const report = await verifyAnchors(store, anchors)
      assert.equal(report.ok, false)
      assert.equal(report.firstBreak!.site, sampleReceipt(0).site)
      await store.close()
    } finally {
      done()
    }
  })

  it('a real purge passes; a disguised one (rows deleted, chain start moved) is reported', async () => {
    const { file, anchors, done } = await setup()
    try {
      const store = openSqliteStore(file)
      const record = await store.purge(at(2), at(21))
      assert.equal(record.deleted, 1)
      assert.deepEqual(await verifyChain(store), { ok: true, checked: 5 })
      await appendAnchor(store, anchors, anchorKey(anchors), at(21))
      assert.deepEqual(await verifyAnchors(store, anchors), { ok: true, lines: 2 })
      await store.close()

      tamper(
        file,
        `DELETE FROM receipts WHERE seq = 2;
         UPDATE chain_anchors SET hash = (SELECT prev_hash FROM receipts WHERE seq = 3);`,
      )
      const after = openSqliteStore(file)
      const report = await verifyChain(after)
      assert.equal(report.ok, false)
      assert.match(report.firstBreak!.reason, /disguised purge/)
      await after.close()
    } finally {
      done()
    }
  })

  it('a rewritten or foreign-signed anchors line is reported', async () => {
    const { file, anchors, done } = await setup()
    try {
      const store = openSqliteStore(file)
      // Someone else's key signs a line claiming other heads.
      await appendAnchor(store, anchors, anchorKey(join(file, '..', 'other')), at(22))
      const report = await verifyAnchors(store, anchors)
      assert.equal(report.ok, false)
      assert.match(report.firstBreak!.reason, /not signed by the collector key/)
      await store.close()
    } finally {
      done()
    }
  })

  it('serve --anchors signs the heads at start and at shutdown; receipts sent in between are anchored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-serve-anchors-'))
    const file = join(dir, 'r.db')
    const anchors = join(dir, 'anchors.jsonl')
    try {
      const parsed = serveOptions(
        ['--db', file, '--port', '0', '--anchors', anchors, '--site', sampleReceipt(0).site],
        {},
      )
      assert.ok('options' in parsed)
      const collector = createCollector({ ...parsed.options, rateLimit: false })
      const base = await collector.listen()
      const receipts = [0, 1, 2].map((n) => sampleReceipt(n, { timestamp: new Date().toISOString() }))
      const res = await fetch(`${base}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: receipts[0]!.site },
        body: JSON.stringify(receipts),
      })
      assert.equal(res.status, 202, await res.text())
      await collector.close()
      const lines = readFileSync(anchors, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      assert.equal(lines.length, 2)
      assert.deepEqual(lines[0].heads, {})
      assert.equal(Object.keys(lines[1].heads).length, 1)

      tamper(
        file,
        'DELETE FROM receipts WHERE seq = 3; UPDATE chain_heads SET hash = (SELECT hash FROM receipts WHERE seq = 2);',
      )
      const store = openSqliteStore(file)
      assert.equal((await verifyAnchors(store, anchors)).ok, false)
      await store.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
