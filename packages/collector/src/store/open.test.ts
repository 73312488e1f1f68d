// Which backend a location opens, and the PostgreSQL schema names taken (checked before connecting).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openStore } from './open.ts'
import { openPostgresStore } from './postgres.ts'

const refused = (schema: string) => new RegExp(`^Error: schema: expected a lowercase SQL identifier, got "${schema}"$`)

describe('openStore', () => {
  it('opens PostgreSQL for postgres:// and postgresql:// URLs only, SQLite for anything else', async () => {
    // A bad schema name is refused before connecting: it shows which backend the location chose.
    for (const url of ['postgres://127.0.0.1:1/x', 'postgresql://127.0.0.1:1/x'])
      await assert.rejects(openStore(url, { schema: 'Bad' }), refused('Bad'), url)
    const memory = await openStore(':memory:', { schema: 'Bad' })
    assert.equal(memory.kind, 'sqlite')
    await memory.close()
    for (const location of ['postgresx://127.0.0.1/x', 'my-postgres://x'])
      await assert.rejects(openStore(location, { schema: 'Bad' }), (error: Error) => !/schema:/.test(error.message))
  })

  it('takes schema names of a lowercase letter or _ then up to 62 of a-z, 0-9 and _', async () => {
    for (const schema of ['Sekisho', '1st', 'a-b', 'a'.repeat(64), '', 'a b'])
      await assert.rejects(openPostgresStore('postgres://127.0.0.1:1/x', { schema }), refused(schema), schema)
    // Valid names get as far as connecting (nothing listens on port 1).
    for (const schema of ['_x', `s${'0'.repeat(62)}`])
      await assert.rejects(
        openPostgresStore('postgres://127.0.0.1:1/x', { schema }),
        (error: Error) => !/schema:/.test(error.message),
      )
  })
})
