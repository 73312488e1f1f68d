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

/** A location safe to print: the password (and any query, which may carry one) of a URL replaced by `***`. */
export function redact(text: string): string {
  return text
    .replace(
      /\b(postgres(?:ql)?:\/\/)([^@\s/]*)@/gi,
      (_, scheme: string, user: string) =>
        `${scheme}${user.includes(':') ? `${user.slice(0, user.indexOf(':'))}:***` : user}@`,
    )
    .replace(/(postgres(?:ql)?:\/\/\S*?)\?\S*/gi, '$1?***')
}
