// Picks the backend from a location: a postgres:// URL or a SQLite file path.
import { openPostgresStore, type PostgresStoreOptions } from './postgres.ts'
import { openSqliteStore, type SqliteStoreOptions } from './sqlite.ts'
import type { ReceiptStore } from './store.ts'

/** `postgres://…` / `postgresql://…` opens PostgreSQL; anything else is a SQLite file path. */
export async function openStore(
  location: string,
  options: SqliteStoreOptions & PostgresStoreOptions = {},
): Promise<ReceiptStore> {
  return /^postgres(ql)?:\/\//.test(location)
    ? openPostgresStore(location, options)
    : openSqliteStore(location, options)
}
