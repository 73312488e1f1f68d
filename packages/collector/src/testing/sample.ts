// Test fixtures: valid receipts and both stores (PostgreSQL in a fresh schema, or a visible skip).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import type { Receipt } from '@sekisho/receipts/schema'
import { dropPostgresSchema, openPostgresStore } from '../store/postgres.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import type { ReceiptStore } from '../store/store.ts'

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** A valid receipt; `n` varies id, subject and time so receipts differ. */
export function sampleReceipt(n = 0, overrides: Partial<Receipt> = {}): Receipt {
  const methods = ['accept-all', 'reject-all', 'custom', 'withdraw'] as const
  const method = methods[n % methods.length]!
  return {
    id: `r_test_${String(n).padStart(8, '0')}`,
    schema: 'sekisho-receipt/1',
    timestamp: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
    site: 'https://www.example.jp',
    subject: `subj_${String(n % 97).padStart(8, '0')}`,
    policy: {
      revision: n % 3 ? '2026-11-01' : '2026-10-01',
      url: 'https://www.example.jp/privacy',
      language: n % 2 ? 'en' : 'ja',
    },
    jurisdiction: 'JP',
    method,
    purposes: [
      { id: 'necessary', granted: true },
      { id: 'analytics', granted: method === 'accept-all' || (method === 'custom' && n % 2 === 0) },
      { id: 'advertising', granted: method === 'accept-all' },
    ],
    services: [
      { id: 'google-analytics', granted: method === 'accept-all' },
      { id: 'a8net', granted: method === 'accept-all' },
    ],
    signals: { gpc: false, consentMode: { analytics_storage: method === 'accept-all' ? 'granted' : 'denied' } },
    ui: { textHash: 'a'.repeat(64) },
    previous: null,
    ...overrides,
  }
}

export interface StoreKind {
  name: 'sqlite' | 'postgres'
  /** Set when this backend cannot run here; the reason is printed as the skip message. */
  skip: string | false
  open(): Promise<ReceiptStore>
  /** Opens the last opened store again (a restart: the schema migration runs on the existing data). */
  reopen(): Promise<ReceiptStore>
  /** A location `openStore` understands, plus options, for CLI tests. */
  location(): string
  /** Options for the CLI's `--db` (the PostgreSQL schema of the last opened store). */
  cliArgs(): string[]
  /** Runs SQL on the last opened store (tables unqualified), by default as an intruder would: guards (triggers) off. */
  tamper(sql: string, bypassGuards?: boolean): Promise<void>
  cleanup(): Promise<void>
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

/** Both backends; each `open()` gives a fresh, empty store. */
export async function storeKinds(): Promise<StoreKind[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-collector-'))
  let n = 0
  let file = ''
  const schemas: string[] = []
  const reachable = await postgresReachable()
  const run = `t_${process.pid}_${Date.now().toString(36)}`
  return [
    {
      name: 'sqlite',
      skip: false,
      open: async () => openSqliteStore((file = join(dir, `store-${++n}.sqlite`))),
      reopen: async () => openSqliteStore(file),
      location: () => file,
      cliArgs: () => ['--db', file],
      tamper: async (sql, bypassGuards = true) => {
        const db = new Database(file)
        try {
          if (bypassGuards)
            db.exec(
              'DROP TRIGGER IF EXISTS receipts_no_update; DROP TRIGGER IF EXISTS receipts_no_delete; DROP TRIGGER IF EXISTS declarations_no_change;',
            )
          db.exec(sql)
        } finally {
          db.close()
        }
      },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    },
    {
      name: 'postgres',
      skip: reachable ? false : `PostgreSQL not reachable on ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')}`,
      open: async () => {
        const schema = `${run}_${++n}`
        schemas.push(schema)
        return openPostgresStore(DATABASE_URL, { schema, max: 4 })
      },
      reopen: async () => openPostgresStore(DATABASE_URL, { schema: schemas[schemas.length - 1]!, max: 4 }),
      location: () => DATABASE_URL,
      cliArgs: () => ['--db', DATABASE_URL, '--schema', schemas[schemas.length - 1]!],
      tamper: async (sql, bypassGuards = true) => {
        const client = new pg.Client({ connectionString: DATABASE_URL })
        await client.connect()
        try {
          const role = bypassGuards ? 'SET session_replication_role = replica;' : ''
          await client.query(`${role} SET search_path = "${schemas[schemas.length - 1]}"; ${sql}`)
        } finally {
          await client.end()
        }
      },
      cleanup: async () => {
        for (const schema of schemas) await dropPostgresSchema(DATABASE_URL, schema)
      },
    },
  ]
}
