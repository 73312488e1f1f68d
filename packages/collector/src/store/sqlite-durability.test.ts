// SQLite as the README promises it: WAL and `synchronous=FULL`, so an acknowledged receipt survives power
// loss. Both are read on the store's own connection: `synchronous` is per connection, and a new connection
// to a WAL file starts at NORMAL in this build of better-sqlite3.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openStore } from './open.ts'

/** The store `open()` opens, with the database connection it made (seen as better-sqlite3 is called; no result changed). */
async function withConnection<T>(open: () => Promise<T>): Promise<{ store: T; db: Database.Database }> {
  const seen = new Set<Database.Database>()
  const pragma = Database.prototype.pragma
  Database.prototype.pragma = function (this: Database.Database, ...args: Parameters<typeof pragma>) {
    seen.add(this)
    return pragma.apply(this, args)
  } as typeof pragma
  try {
    const store = await open()
    assert.equal(seen.size, 1, 'one connection')
    return { store, db: [...seen][0]! }
  } finally {
    Database.prototype.pragma = pragma
  }
}

describe('SQLite store durability', () => {
  it('opens its file in WAL mode with synchronous=FULL, on first open and on every reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-durability-'))
    const file = join(dir, 'receipts.sqlite')
    try {
      // The second open finds a WAL file: without the store's own pragma its connection would be at NORMAL.
      for (const open of ['first', 'reopen']) {
        const { store, db } = await withConnection(() => openStore(file))
        try {
          assert.equal(db.pragma('journal_mode', { simple: true }), 'wal', open)
          assert.equal(db.pragma('synchronous', { simple: true }), 2, `${open}: 2 is FULL`)
        } finally {
          await store.close()
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
