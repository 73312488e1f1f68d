// The shared frame of the commands that work on a receipt store (export, verify, import):
// flag parsing with errors that name the flag, `--db`/DATABASE_URL, opening and closing the store.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { openStore, redact, type ReceiptStore } from '@sekisho/collector'
import type { Io } from '../io.ts'

type Options = NonNullable<ParseArgsConfig['options']>

/** Parses `args`, opens the store and runs `body`; resolves to the exit code (1 on any error). */
export async function runOnStore(
  name: string,
  usage: string,
  args: string[],
  io: Io,
  options: Options,
  body: (values: Record<string, string | boolean | undefined>, store: ReceiptStore) => Promise<number>,
): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args,
      options: {
        ...options,
        db: { type: 'string' },
        schema: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values as Record<string, string | boolean | undefined>
  } catch (error) {
    io.err(`sekisho ${name}: ${(error as Error).message}\n${usage}`)
    return 1
  }
  if (values.help) return (io.out(usage), 0)
  const db = (values.db as string | undefined) ?? process.env.DATABASE_URL
  if (!db)
    return (
      io.err(`sekisho ${name}: --db: expected a SQLite file or a postgres:// URL (or set DATABASE_URL)\n${usage}`), 1
    )
  let store: ReceiptStore
  try {
    store = await openStore(db, typeof values.schema === 'string' ? { schema: values.schema } : {})
  } catch (error) {
    return (io.err(redact(`sekisho ${name}: --db: cannot open ${db}: ${(error as Error).message}\n`)), 1)
  }
  try {
    return await body(values, store)
  } catch (error) {
    io.err(redact(`sekisho ${name}: ${(error as Error).message}\n`))
    return 1
  } finally {
    await store.close()
  }
}
