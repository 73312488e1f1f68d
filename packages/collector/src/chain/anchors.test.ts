import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto'
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createCollector } from '../http/server.ts'
import { serveOptions } from '../serve/serve-options.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { anchorKey, appendAnchor, verifyAnchors } from './anchors.ts'
import { canonicalJson, GENESIS } from './hash.ts'
import { purgeHead } from './purges.ts'
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
      assert.ok('options' in parsed, JSON.stringify(parsed))
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

  it('reads an empty anchors file as nothing anchored, and keeps one key, readable by its owner only', async () => {
    const { dir, file, anchors, done } = await setup()
    try {
      const store = openSqliteStore(file)
      writeFileSync(join(dir, 'empty.jsonl'), '\n')
      assert.deepEqual(await verifyAnchors(store, join(dir, 'empty.jsonl')), { ok: true, lines: 0 })
      assert.equal(statSync(`${anchors}.key`).mode & 0o777, 0o600)
      const first = readFileSync(anchors, 'utf8')
      await appendAnchor(store, anchors, anchorKey(anchors), at(21))
      const [one, two] = readFileSync(anchors, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      assert.equal(readFileSync(anchors, 'utf8').startsWith(first), true, 'appended')
      assert.deepEqual([two.key, two.v, two.at, two.purges], [one.key, 1, at(21), GENESIS])
      assert.deepEqual(two.heads, Object.fromEntries(await store.heads()))
      assert.deepEqual(await verifyAnchors(store, anchors), { ok: true, lines: 2 })
      await store.close()
    } finally {
      done()
    }
  })

  it('names the line that is not JSON, altered after signing, or older than the one before', async () => {
    const { file, anchors, done } = await setup()
    try {
      const store = openSqliteStore(file)
      const good = readFileSync(anchors, 'utf8')
      const where = (n: number) => ({ site: `(anchors line ${n})`, expected: 'a line signed by the collector key' })
      const broken = `{"v":1,"at":"${'x'.repeat(80)}`
      appendFileSync(anchors, `${broken}\n`)
      assert.deepEqual(await verifyAnchors(store, anchors), {
        ok: false,
        lines: 1,
        firstBreak: { ...where(2), reason: 'anchors file line is not JSON', found: broken.slice(0, 64) },
      })
      const line = JSON.parse(good)
      const altered = JSON.stringify({ ...line, heads: { ...line.heads, 'https://www.example.jp': GENESIS } })
      writeFileSync(anchors, `${good}${altered}\n`)
      assert.deepEqual(await verifyAnchors(store, anchors), {
        ok: false,
        lines: 1,
        firstBreak: {
          ...where(2),
          reason: 'anchors file line is not signed by the collector key',
          found: altered.slice(0, 64),
        },
      })
      writeFileSync(anchors, good)
      await appendAnchor(store, anchors, anchorKey(anchors), at(19))
      assert.deepEqual(await verifyAnchors(store, anchors), {
        ok: false,
        lines: 1,
        firstBreak: { ...where(2), reason: 'anchors file line is older than the one before it', found: at(19) },
      })
      writeFileSync(anchors, good)
      await appendAnchor(store, anchors, anchorKey(anchors), at(20))
      assert.deepEqual(await verifyAnchors(store, anchors), { ok: true, lines: 2 }, 'the same time is no older')
      await store.close()
    } finally {
      done()
    }
  })

  it('takes no line whose key is not a public key, nor one signed by the collector key that names another key', async () => {
    const { file, anchors, done } = await setup()
    try {
      const store = openSqliteStore(file)
      const good = readFileSync(anchors, 'utf8')
      const reason = 'anchors file line is not signed by the collector key'
      // The first line sets the key: one that is no key at all proves nothing.
      const line = JSON.parse(good)
      const keyless = JSON.stringify({ ...line, key: Buffer.from('no key').toString('base64') })
      writeFileSync(anchors, `${keyless}\n`)
      assert.deepEqual((await verifyAnchors(store, anchors)).firstBreak?.reason, reason)
      // A later line must name the first line's key, even with a signature that key verifies.
      const collectorKey = anchorKey(anchors)
      const other = createPublicKey(generateKeyPairSync('ed25519').privateKey)
      const { sig: _, ...rest } = {
        ...line,
        at: at(21),
        key: other.export({ type: 'spki', format: 'der' }).toString('base64'),
      }
      const renamed = JSON.stringify({
        ...rest,
        sig: sign(null, Buffer.from(canonicalJson(rest)), collectorKey).toString('base64'),
      })
      writeFileSync(anchors, `${good}${renamed}\n`)
      assert.deepEqual(await verifyAnchors(store, anchors), {
        ok: false,
        lines: 1,
        firstBreak: {
          site: '(anchors line 2)',
          expected: 'a line signed by the collector key',
          reason,
          found: renamed.slice(0, 64),
        },
      })
      await store.close()
    } finally {
      done()
    }
  })

  it('reports an anchored purge record that is gone, and the head it had', async () => {
    const { file, anchors, done } = await setup()
    try {
      const store = openSqliteStore(file)
      await store.purge(at(2), at(21))
      const anchored = await purgeHead(store)
      await appendAnchor(store, anchors, anchorKey(anchors), at(21))
      await store.close()
      tamper(file, "DELETE FROM events WHERE kind = 'purge'")
      const after = openSqliteStore(file)
      assert.deepEqual(await verifyAnchors(after, anchors), {
        ok: false,
        lines: 2,
        firstBreak: {
          site: '(purge log)',
          reason: `the purge record anchored at ${at(21)} is gone: the purge log was rewritten`,
          expected: anchored,
          found: GENESIS,
        },
      })
      await after.close()
    } finally {
      done()
    }
  })

  it('names the site, the anchored head and the head now when rows were cut from the end', async () => {
    const { file, anchors, done } = await setup()
    try {
      const before = openSqliteStore(file)
      const anchored = (await before.heads()).get(sampleReceipt(0).site)
      await before.close()
      tamper(
        file,
        `DELETE FROM receipts WHERE seq > 4;
         UPDATE chain_heads SET hash = (SELECT hash FROM receipts WHERE seq = 4);`,
      )
      const store = openSqliteStore(file)
      assert.deepEqual(await verifyAnchors(store, anchors), {
        ok: false,
        lines: 1,
        firstBreak: {
          site: sampleReceipt(0).site,
          reason: `the head anchored at ${at(20)} is not in the database: rows were deleted from the end or the database was replaced`,
          expected: anchored,
          found: (await store.heads()).get(sampleReceipt(0).site),
        },
      })
      await store.close()
    } finally {
      done()
    }
  })

  it('a head purged after it was anchored (or at the same time) is no loss; one whose purge is dated before the anchor is', async () => {
    for (const [purgedAt, ok] of [
      [at(25), true],
      [at(20), true],
      [at(10), false],
    ] as const) {
      const { file, anchors, done } = await setup()
      try {
        const store = openSqliteStore(file)
        for (const n of [6, 7]) await store.append([{ receipt: sampleReceipt(n), receivedAt: at(n + 1) }])
        // Receipts received before day 8 go, the anchored head (day 6) with them.
        assert.equal((await store.purge(at(8), purgedAt)).deleted, 7)
        assert.equal((await verifyAnchors(store, anchors)).ok, ok, purgedAt)
        await store.close()
      } finally {
        done()
      }
    }
  })

  it('a site whose every row was purged before the anchor is anchored at its chain start, and verifies', async () => {
    const { file, anchors, done } = await setup()
    try {
      const store = openSqliteStore(file)
      assert.equal((await store.purge(at(8), at(21))).deleted, 6)
      // Its head is now where its chain starts: no row holds it, and none has to.
      const [site, head] = [...(await store.heads())][0]!
      assert.equal((await store.anchors()).get(site), head)
      await appendAnchor(store, anchors, anchorKey(anchors), at(22))
      assert.deepEqual(await verifyAnchors(store, anchors), { ok: true, lines: 2 })
      await store.close()
    } finally {
      done()
    }
  })
})
