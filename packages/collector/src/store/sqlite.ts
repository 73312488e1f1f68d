// SQLite storage (better-sqlite3): one file in WAL mode, synchronous=FULL so an acknowledged
// receipt is on disk before the 202 leaves; triggers refuse UPDATE and any DELETE but a purge's.
import type { Receipt } from '@sekisho/receipts/schema'
import Database from 'better-sqlite3'
import { CHAIN_RECIPE, canonicalJson, GENESIS } from '../chain/hash.ts'
import { RECORD_KINDS_SQL, sealErasure, sealPurge } from '../chain/purges.ts'
import { groupCommit } from './group-commit.ts'
import { cellKey, counterDeltas, nextDay, splitCell } from './counters.ts'
import {
  PAGE_SIZE,
  ROW_COLUMNS,
  planAppend,
  rowToStored,
  chainedRow,
  type ReceiptRow,
  type AppendEntry,
  type RawAppendResult,
  type CollectorEvent,
  type PurgeResult,
  type ReceiptFilter,
  type ReceiptStore,
  type StoredReceipt,
  type StoredToken,
  warningSql,
  missingTextsSql,
  warningsSql,
  type MissingText,
  type ErasedRow,
  ERASED_BODY,
  DECLARATION_COLUMNS,
  type DeclarationRow,
  INSERT_DECLARATION,
  planDeclaration,
  rowToDeclaration,
} from './store.ts'

interface TextRow {
  hash: string
  text: string
  received_at: string
}

/** The stats counters (see counters.ts), kept by every append, purge and erasure in its transaction. */
const COUNTERS = `
CREATE TABLE IF NOT EXISTS stat_methods (site TEXT NOT NULL, day TEXT NOT NULL, method TEXT NOT NULL,
  total INTEGER NOT NULL, PRIMARY KEY (site, day, method)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stat_purposes (site TEXT NOT NULL, day TEXT NOT NULL, purpose TEXT NOT NULL,
  granted INTEGER NOT NULL, total INTEGER NOT NULL, PRIMARY KEY (site, day, purpose)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stat_revisions (site TEXT NOT NULL, day TEXT NOT NULL, revision TEXT NOT NULL,
  first TEXT NOT NULL, last TEXT NOT NULL, total INTEGER NOT NULL, PRIMARY KEY (site, day, revision)) WITHOUT ROWID;
`
const COUNTER_TABLES = ['stat_methods', 'stat_purposes', 'stat_revisions']
/** Counts rows (not erased) matching `cond` into the counters. */
const fillCounters = (cond: string) => [
  `INSERT INTO stat_methods (site, day, method, total)
   SELECT site, substr(ts, 1, 10), method, count(*) FROM receipts WHERE erased IS NULL${cond} GROUP BY 1, 2, 3`,
  `INSERT INTO stat_purposes (site, day, purpose, granted, total)
   SELECT site, substr(ts, 1, 10), json_extract(p.value, '$.id'), sum(json_extract(p.value, '$.granted')), count(*)
   FROM receipts, json_each(receipts.body, '$.purposes') AS p WHERE erased IS NULL${cond} GROUP BY 1, 2, 3`,
  `INSERT INTO stat_revisions (site, day, revision, first, last, total)
   SELECT site, substr(ts, 1, 10), json_extract(body, '$.policy.revision'), min(ts), max(ts), count(*)
   FROM receipts WHERE erased IS NULL${cond} GROUP BY 1, 2, 3`,
]

const SCHEMA = `
CREATE TABLE IF NOT EXISTS receipts (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  site TEXT NOT NULL,
  received_at TEXT NOT NULL,
  ts TEXT NOT NULL,
  subject TEXT NOT NULL,
  method TEXT NOT NULL,
  body TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS receipts_site_seq ON receipts (site, seq);
CREATE INDEX IF NOT EXISTS receipts_ts ON receipts (ts);
CREATE INDEX IF NOT EXISTS receipts_received ON receipts (received_at);
CREATE TABLE IF NOT EXISTS chain_heads (site TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chain_anchors (site TEXT PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS purposes (id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, scope TEXT NOT NULL, label TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS purge_gate (open INTEGER NOT NULL);
INSERT INTO purge_gate (open) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM purge_gate);
CREATE TABLE IF NOT EXISTS texts (hash TEXT PRIMARY KEY, text TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS texts_no_change BEFORE UPDATE ON texts
  BEGIN SELECT RAISE(ABORT, 'wordings are kept as received'); END;
CREATE TRIGGER IF NOT EXISTS texts_no_delete BEFORE DELETE ON texts
  BEGIN SELECT RAISE(ABORT, 'wordings are kept as received'); END;
CREATE TABLE IF NOT EXISTS declarations (seq INTEGER PRIMARY KEY, site TEXT NOT NULL, revision TEXT NOT NULL,
  received_at TEXT NOT NULL, body TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (site, revision));
CREATE TRIGGER IF NOT EXISTS declarations_no_change BEFORE UPDATE ON declarations
  BEGIN SELECT RAISE(ABORT, 'declarations are kept as declared'); END;
CREATE TRIGGER IF NOT EXISTS declarations_no_delete BEFORE DELETE ON declarations
  BEGIN SELECT RAISE(ABORT, 'declarations are kept as declared'); END;
`

export interface SqliteStoreOptions {
  /** `PRAGMA synchronous`: FULL survives power loss, NORMAL only process crashes (faster).
   * @default 'FULL' */
  synchronous?: 'FULL' | 'NORMAL'
  /** Read only, no schema changes (a second connection beside a collector's, e.g. its chain-check thread): the file
   * must have been opened writable by this version first (the collector does, before it starts that thread). */
  readonly?: boolean
}

/** Creates or upgrades the schema, counters and guards (every writable open, so older files get today's). */
function migrate(db: Database.Database, options: SqliteStoreOptions): void {
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`)
  const countersExisted = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'stat_methods'").get() !== undefined
  db.exec(SCHEMA)
  db.exec(COUNTERS)
  // Files made before chain recipe 2 get the column; their rows keep recipe 1 and keep verifying.
  const columns = db.prepare('SELECT name FROM pragma_table_xinfo(?)').all('receipts') as Array<{ name: string }>
  if (!columns.some((c) => c.name === 'recipe'))
    db.exec('ALTER TABLE receipts ADD COLUMN recipe INTEGER NOT NULL DEFAULT 1')
  // Computed from the hashed body, so they cannot disagree with it and older files get them too.
  const hashOf = "json_extract(body, '$.ui.textHash')"
  if (!columns.some((c) => c.name === 'text_hash'))
    db.exec(`ALTER TABLE receipts ADD COLUMN text_hash TEXT GENERATED ALWAYS AS (${hashOf}) VIRTUAL`)
  if (!columns.some((c) => c.name === 'warning'))
    db.exec(`ALTER TABLE receipts ADD COLUMN warning TEXT GENERATED ALWAYS AS (${warningSql(hashOf)}) VIRTUAL`)
  db.exec('CREATE INDEX IF NOT EXISTS receipts_text_hash ON receipts (text_hash)')
  // Rows from before the raw bytes were kept have NULL (verify counts them); `erased` is set by an erasure.
  if (!columns.some((c) => c.name === 'raw')) db.exec('ALTER TABLE receipts ADD COLUMN raw TEXT')
  if (!columns.some((c) => c.name === 'erased')) db.exec('ALTER TABLE receipts ADD COLUMN erased TEXT')
  // The guards, (re)made on every open so older files get today's: the purge (gate 1) may delete; an
  // erasure (gate 2) may only empty a row's content, never its place in the chain.
  db.transaction(() =>
    db.exec(`
    DROP TRIGGER IF EXISTS receipts_no_update;
    DROP TRIGGER IF EXISTS receipts_no_delete;
    CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts WHEN NOT (
      (SELECT open FROM purge_gate) = 2 AND OLD.erased IS NULL AND NEW.erased IS NOT NULL AND NEW.seq = OLD.seq
      AND NEW.id = OLD.id AND NEW.site = OLD.site AND NEW.received_at = OLD.received_at
      AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash AND NEW.recipe = OLD.recipe)
      BEGIN SELECT RAISE(ABORT, 'receipts are append-only; only an erasure empties a row'); END;
    CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts WHEN (SELECT open FROM purge_gate) <> 1
      BEGIN SELECT RAISE(ABORT, 'receipts are append-only; only the retention purge deletes'); END;
  `),
  )()
  // A file from before the counters: count what it holds once, on open.
  if (!countersExisted) db.transaction(() => fillCounters('').forEach((sql) => db.exec(sql)))()
}

/** Opens (creating if needed) a SQLite receipt store at `file`; `:memory:` for throwaway use. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): ReceiptStore {
  const db = new Database(file, { readonly: options.readonly ?? false })
  db.pragma('busy_timeout = 5000')
  if (!options.readonly) migrate(db, options)

  const stored = db.prepare<[string], { body: string; erased: string | null }>(
    'SELECT body, erased FROM receipts WHERE id = ?',
  )
  const head = db.prepare<[string], { hash: string }>('SELECT hash FROM chain_heads WHERE site = ?')
  const setHead = db.prepare(
    'INSERT INTO chain_heads (site, hash) VALUES (?, ?) ON CONFLICT (site) DO UPDATE SET hash = excluded.hash',
  )
  const insert = db.prepare(
    `INSERT INTO receipts (id, site, received_at, ts, subject, method, body, prev_hash, hash, raw, recipe) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${CHAIN_RECIPE})`,
  )
  const notePurpose = db.prepare('INSERT OR IGNORE INTO purposes (id) VALUES (?)')
  const byId = db.prepare<[string], ReceiptRow>(`SELECT ${ROW_COLUMNS} FROM receipts WHERE id = ?`)
  const insertEvent = db.prepare('INSERT INTO events (at, kind, detail) VALUES (?, ?, ?)')
  const lastRecord = () =>
    (
      db.prepare(`SELECT detail FROM events WHERE ${RECORD_KINDS_SQL} ORDER BY seq DESC LIMIT 1`).get() as
        | { detail: string }
        | undefined
    )?.detail

  const addMethods = db.prepare(
    'INSERT INTO stat_methods VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET total = total + excluded.total',
  )
  const addPurposes = db.prepare(
    'INSERT INTO stat_purposes VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET granted = granted + excluded.granted, total = total + excluded.total',
  )
  const addRevisions = db.prepare(
    'INSERT INTO stat_revisions VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET first = min(first, excluded.first), last = max(last, excluded.last), total = total + excluded.total',
  )
  const refill = fillCounters(' AND site = ? AND ts >= ? AND ts < ?').map((sql) => db.prepare(sql))
  const clear = COUNTER_TABLES.map((t) => db.prepare(`DELETE FROM ${t} WHERE site = ? AND day = ?`))
  /** Recounts the given days of sites from their rows (after a purge or an erasure removed some). */
  const recount = (cells: Iterable<string>) => {
    for (const cell of cells) {
      const [site, day] = splitCell(cell)
      for (const stmt of clear) stmt.run(site, day)
      for (const stmt of refill) stmt.run(site, day, nextDay(day))
    }
  }
  /** The days of sites holding rows that match `cond`, before they change. */
  const cellsOf = (cond: string, param: string) =>
    new Set(
      db
        .prepare<[string], { site: string; day: string }>(
          `SELECT DISTINCT site, substr(ts, 1, 10) AS day FROM receipts WHERE ${cond}`,
        )
        .all(param)
        .map((r) => cellKey(r.site, r.day)),
    )
  // Purpose ids already recorded: skips a write per purpose per receipt on the hot path.
  const knownPurposes = new Set<string>()
  /** One caller's rows; runs inside the group's transaction. */
  const appendRows = (entries: AppendEntry[]): RawAppendResult => {
    const { unique, repeated, conflictAt } = planAppend(entries)
    const inserted: string[] = []
    const duplicates = [...repeated]
    const heads = new Map<string, string>()
    const counted: Array<{ receipt: Receipt; ts: string }> = []
    // Rows keep input order (seq is arrival order); each site's chain links its own rows.
    for (const { receipt, receivedAt, raw, at } of unique) {
      const body = canonicalJson(receipt)
      const before = stored.get(receipt.id)
      if (before) {
        duplicates.push(receipt.id)
        // An erased receipt sent again (a browser's queue) is a duplicate: nothing is left to compare.
        if (before.erased === null && before.body !== body) conflictAt.push(at)
        continue
      }
      const row = chainedRow(
        receipt,
        receivedAt,
        body,
        heads.get(receipt.site) ?? head.get(receipt.site)?.hash ?? GENESIS,
        raw ?? body,
      )
      insert.run(...row.values)
      counted.push({ receipt, ts: row.values[3]! })
      for (const p of receipt.purposes) if (!knownPurposes.has(p.id)) notePurpose.run(p.id)
      inserted.push(receipt.id)
      heads.set(receipt.site, row.hash)
    }
    for (const [site, hash] of heads) setHead.run(site, hash)
    const deltas = counterDeltas(counted)
    for (const row of deltas.methods) addMethods.run(...row)
    for (const row of deltas.purposes) addPurposes.run(...row)
    for (const row of deltas.revisions) addRevisions.run(...row)
    return { inserted, duplicates, conflictAt }
  }

  const appendTx = db.transaction(appendRows)
  const appendGroup = groupCommit(async (entries) => {
    const result = appendTx.immediate(entries)
    // Only after the commit: a rolled-back transaction must not mark a purpose as recorded.
    for (const e of entries) for (const purpose of e.receipt.purposes) knownPurposes.add(purpose.id)
    return result
  })

  const where = (filter: ReceiptFilter, params: unknown[]): string => {
    const parts: string[] = []
    const add = (sql: string, value: unknown) => (parts.push(sql), params.push(value))
    if (filter.site !== undefined) add('site = ?', filter.site)
    if (filter.from !== undefined) add('ts >= ?', filter.from)
    if (filter.to !== undefined) add('ts < ?', filter.to)
    if (filter.method !== undefined) add('method = ?', filter.method)
    if (filter.subject !== undefined) add('subject = ?', filter.subject)
    if (filter.purpose !== undefined)
      add("EXISTS (SELECT 1 FROM json_each(body, '$.purposes') WHERE json_extract(value, '$.id') = ?)", filter.purpose)
    return parts.map((p) => ` AND ${p}`).join('')
  }

  type RawRow = [
    number,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    number,
    string | null,
    string | null,
    string | null,
  ]
  const fullRow = ([
    seq,
    id,
    site,
    receivedAt,
    prevHash,
    hash,
    body,
    ts,
    subject,
    method,
    recipe,
    warning,
    raw,
    erased,
  ]: RawRow) => {
    const row: StoredReceipt = { seq, id, site, receivedAt, prevHash, hash, body, ts, subject, method, recipe }
    if (warning) row.warning = warning as StoredReceipt['warning']
    if (raw !== null) row.raw = raw
    if (erased !== null) row.erased = erased
    return row
  }
  // `bodyOnly`: eight columns, not fourteen with six constants (a third of a large export's read).
  const BODY_ONLY_SQLITE = 'seq, id, site, received_at, hash, body, recipe, erased'
  type BodyOnlyRow = [number, string, string, string, string, string, number, string | null]
  const bodyOnlyRow = ([seq, id, site, receivedAt, hash, body, recipe, erased]: BodyOnlyRow) => {
    const row: StoredReceipt = {
      seq,
      id,
      site,
      receivedAt,
      prevHash: '',
      hash,
      body,
      ts: '',
      subject: '',
      method: '',
      recipe,
    }
    if (erased !== null) row.erased = erased
    return row
  }

  // Short pages for `rowPages`: a page stays alive while it is formatted, and 2,000 rows outlived the young
  // generation (promoted, then swept: a fifth more CPU for a 1M export than pages of 256). Pages cost one seek.
  const EXPORT_PAGE = 256
  // Keyset pages: no statement stays open between pages, so writes interleave freely. Raw rows
  // (arrays, not objects) halve the allocation of large exports.
  function* pages<Raw = RawRow>(
    sql: string,
    params: unknown[],
    after: (row: StoredReceipt) => unknown[],
    toRow: (raw: Raw) => StoredReceipt = fullRow as (raw: Raw) => StoredReceipt,
    size = PAGE_SIZE,
  ): Generator<StoredReceipt[]> {
    const stmt = db.prepare<unknown[], ReceiptRow>(sql).raw(true)
    let cursor = params
    for (;;) {
      const batch = stmt.all(...cursor) as unknown as Raw[]
      const page = batch.map(toRow)
      if (page.length) yield page
      if (batch.length < size) return
      cursor = after(page[page.length - 1]!)
    }
  }
  function* rowsOf(pageList: Generator<StoredReceipt[]>): Generator<StoredReceipt> {
    for (const page of pageList) yield* page
  }

  async function* rowPages(filter: ReceiptFilter = {}, { bodyOnly = false } = {}): AsyncGenerator<StoredReceipt[]> {
    const max = (db.prepare('SELECT coalesce(max(seq), 0) AS max FROM receipts').get() as { max: number }).max
    const params: unknown[] = []
    const cond = where(filter, params)
    const sql = `SELECT ${bodyOnly ? BODY_ONLY_SQLITE : ROW_COLUMNS} FROM receipts WHERE seq > ? AND seq <= ?${cond} ORDER BY seq LIMIT ${EXPORT_PAGE}`
    const after = (last: StoredReceipt) => [last.seq, max, ...params]
    if (bodyOnly) yield* pages(sql, [0, max, ...params], after, bodyOnlyRow, EXPORT_PAGE)
    else yield* pages(sql, [0, max, ...params], after, undefined, EXPORT_PAGE)
  }

  return {
    kind: 'sqlite',
    append: appendGroup,
    get: async (id) => {
      const row = byId.get(id)
      return row && rowToStored(row)
    },
    async *rows(filter = {}, options = {}) {
      let n = 0
      for await (const page of rowPages(filter, options))
        for (const row of page) {
          // Reads are synchronous: give the event loop (ingest) a turn every quarter page, so what the reader
          // does with the rows (an export formats them) never holds it for long either.
          if (++n % (PAGE_SIZE / 4) === 0) await new Promise(setImmediate)
          yield row
        }
    },
    rowPages,
    async *chainRows(site, afterSeq = 0) {
      const cols = `SELECT ${ROW_COLUMNS} FROM receipts`
      if (site !== undefined)
        yield* rowsOf(
          pages(`${cols} WHERE site = ? AND seq > ? ORDER BY seq LIMIT ${PAGE_SIZE}`, [site, afterSeq], (last) => [
            site,
            last.seq,
          ]),
        )
      else
        yield* rowsOf(
          pages(`${cols} WHERE (site, seq) > (?, ?) ORDER BY site, seq LIMIT ${PAGE_SIZE}`, ['', 0], (last) => [
            last.site,
            last.seq,
          ]),
        )
    },
    heads: async () =>
      new Map(
        (db.prepare('SELECT site, hash FROM chain_heads').all() as Array<{ site: string; hash: string }>).map((r) => [
          r.site,
          r.hash,
        ]),
      ),
    anchors: async () =>
      new Map(
        (db.prepare('SELECT site, hash FROM chain_anchors').all() as Array<{ site: string; hash: string }>).map((r) => [
          r.site,
          r.hash,
        ]),
      ),
    aggregate: async (filter = {}) => {
      const all = <T>(sql: string) => {
        const params: unknown[] = []
        const cond = where(filter, params)
        // Erased receipts have no content left to count.
        return db.prepare(sql.replace('{where}', `WHERE erased IS NULL${cond}`)).all(...params) as T[]
      }
      return {
        days: all(
          'SELECT substr(ts, 1, 10) AS day, method, count(*) AS total FROM receipts {where} GROUP BY 1, 2 ORDER BY 1, 2',
        ),
        purposes: all(
          "SELECT json_extract(p.value, '$.id') AS id, sum(json_extract(p.value, '$.granted')) AS granted, count(*) AS total FROM receipts, json_each(receipts.body, '$.purposes') AS p {where} GROUP BY 1",
        ),
        revisions: all(
          "SELECT json_extract(body, '$.policy.revision') AS revision, min(ts) AS first, max(ts) AS last, count(*) AS total FROM receipts {where} GROUP BY 1 ORDER BY 2",
        ),
      }
    },
    counted: async ({ site, fromDay, toDay }) => {
      const params: string[] = []
      let cond = ''
      if (site !== undefined) (cond += ' AND site = ?'), params.push(site)
      if (fromDay !== undefined) (cond += ' AND day >= ?'), params.push(fromDay)
      if (toDay !== undefined) (cond += ' AND day < ?'), params.push(toDay)
      const all = <T>(sql: string) => db.prepare(sql.replace('{where}', `WHERE 1 = 1${cond}`)).all(...params) as T[]
      return {
        days: all(
          'SELECT day, method, sum(total) AS total FROM stat_methods {where} GROUP BY 1, 2 HAVING sum(total) > 0 ORDER BY 1, 2',
        ),
        purposes: all(
          'SELECT purpose AS id, sum(granted) AS granted, sum(total) AS total FROM stat_purposes {where} GROUP BY 1 HAVING sum(total) > 0',
        ),
        revisions: all(
          'SELECT revision, min(first) AS first, max(last) AS last, sum(total) AS total FROM stat_revisions {where} GROUP BY 1 HAVING sum(total) > 0 ORDER BY 2',
        ),
      }
    },
    purposeIds: async () =>
      (db.prepare('SELECT id FROM purposes ORDER BY rowid').all() as Array<{ id: string }>).map((r) => r.id),
    purge: async (cutoff, now) =>
      db
        .transaction((): PurgeResult => {
          const cells = cellsOf('received_at < ?', cutoff)
          db.prepare('UPDATE purge_gate SET open = 1').run()
          const deleted = db.prepare('DELETE FROM receipts WHERE received_at < ?').run(cutoff).changes
          db.prepare('UPDATE purge_gate SET open = 0').run()
          recount(cells)
          const anchors: Record<string, string> = {}
          if (deleted > 0) {
            const heads = db.prepare('SELECT site, hash FROM chain_heads').all() as Array<{
              site: string
              hash: string
            }>
            const first = db.prepare<[string], { prev_hash: string }>(
              'SELECT prev_hash FROM receipts WHERE site = ? ORDER BY seq LIMIT 1',
            )
            const setAnchor = db.prepare(
              'INSERT INTO chain_anchors (site, hash) VALUES (?, ?) ON CONFLICT (site) DO UPDATE SET hash = excluded.hash',
            )
            for (const { site, hash } of heads) {
              const anchor = first.get(site)?.prev_hash ?? hash
              anchors[site] = anchor
              setAnchor.run(site, anchor)
            }
          }
          const record = sealPurge(lastRecord(), now, { cutoff, deleted, anchors })
          insertEvent.run(now, 'purge', JSON.stringify(record))
          return record
        })
        .immediate(),
    erase: async (request, now) =>
      db
        .transaction(() => {
          const rows = db
            .prepare<[string], ErasedRow>(
              'SELECT site, seq, id, hash FROM receipts WHERE subject = ? AND erased IS NULL ORDER BY seq',
            )
            .all(request.subject)
          const cells = cellsOf('subject = ? AND erased IS NULL', request.subject)
          db.prepare('UPDATE purge_gate SET open = 2').run()
          const empty = db.prepare(
            `UPDATE receipts SET body = '${ERASED_BODY}', raw = NULL, subject = '', method = '', erased = ? WHERE seq = ?`,
          )
          for (const row of rows) empty.run(now, row.seq)
          db.prepare('UPDATE purge_gate SET open = 0').run()
          recount(cells)
          const record = sealErasure(lastRecord(), now, request, rows)
          insertEvent.run(now, 'erasure', JSON.stringify(record))
          return { at: now, ...record }
        })
        .immediate(),
    logEvent: async (event) => void insertEvent.run(event.at, event.kind, JSON.stringify(event.detail)),
    events: async (limit = 100) =>
      (
        db.prepare('SELECT at, kind, detail FROM events ORDER BY seq DESC LIMIT ?').all(limit) as Array<{
          at: string
          kind: string
          detail: string
        }>
      ).map((e): CollectorEvent => ({ at: e.at, kind: e.kind, detail: JSON.parse(e.detail) })),
    tokens: async () =>
      (
        db.prepare('SELECT id, hash, scope, label, created_at FROM tokens ORDER BY created_at, id').all() as Array<
          StoredToken & { created_at: string }
        >
      ).map(({ created_at, ...t }) => ({ ...t, createdAt: created_at })),
    addToken: async (t) =>
      void db
        .prepare('INSERT INTO tokens (id, hash, scope, label, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(t.id, t.hash, t.scope, t.label, t.createdAt),
    removeToken: async (id) => db.prepare('DELETE FROM tokens WHERE id = ?').run(id).changes > 0,
    putText: async (hash, text, at) =>
      db
        .prepare('INSERT INTO texts (hash, text, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
        .run(hash, text, at).changes > 0,
    getText: async (hash) => {
      const row = db.prepare<[string], TextRow>('SELECT hash, text, received_at FROM texts WHERE hash = ?').get(hash)
      return row && { hash: row.hash, text: row.text, receivedAt: row.received_at }
    },
    knownTexts: async (hashes) => {
      if (!hashes.length) return new Set()
      const found = db
        .prepare(`SELECT hash FROM texts WHERE hash IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(hashes)) as Array<{ hash: string }>
      return new Set(found.map((r) => r.hash))
    },
    textSites: async (hash) =>
      (db.prepare('SELECT DISTINCT site FROM receipts WHERE text_hash = ?').all(hash) as Array<{ site: string }>).map(
        (r) => r.site,
      ),
    texts: async () =>
      (db.prepare('SELECT hash, text, received_at FROM texts ORDER BY hash').all() as TextRow[]).map((r) => ({
        hash: r.hash,
        text: r.text,
        receivedAt: r.received_at,
      })),
    missingTexts: async (site) =>
      db
        .prepare<unknown[], MissingText>(missingTextsSql('receipts', 'texts', site === undefined ? undefined : '?'))
        .all(...(site === undefined ? [] : [site])),
    putDeclaration: async (site, revision, body, at) =>
      db
        .transaction(() => {
          const existing = db
            .prepare<[string, string], DeclarationRow>(
              `SELECT ${DECLARATION_COLUMNS} FROM declarations WHERE site = ? AND revision = ?`,
            )
            .get(site, revision)
          const last = db
            .prepare<[string], { hash: string }>(
              'SELECT hash FROM declarations WHERE site = ? ORDER BY seq DESC LIMIT 1',
            )
            .get(site)
          const plan = planDeclaration(existing, last?.hash, site, revision, body, at)
          if (plan.status !== 'stored') return plan
          const { lastInsertRowid } = db.prepare(INSERT_DECLARATION('declarations', () => '?')).run(...plan.values)
          return { status: plan.status, declaration: { seq: Number(lastInsertRowid), ...plan.declaration } }
        })
        .immediate(),
    declarations: async () =>
      (db.prepare(`SELECT ${DECLARATION_COLUMNS} FROM declarations ORDER BY seq`).all() as DeclarationRow[]).map(
        rowToDeclaration,
      ),
    warnings: async (site) =>
      db
        .prepare<unknown[], { warning: 'empty-text-hash'; receipts: number; firstId: string }>(
          warningsSql('receipts', site === undefined ? undefined : '?'),
        )
        .all(...(site === undefined ? [] : [site])),
    close: async () => void db.close(),
  }
}
