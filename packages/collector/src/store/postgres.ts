// PostgreSQL storage (pg): receipts partitioned by month of arrival so retention is a partition
// drop; row triggers refuse UPDATE and DELETE; a site's chain head is row-locked while appending.
import pg from 'pg'
import { CHAIN_RECIPE, canonicalJson, GENESIS } from '../chain/hash.ts'
import { RECORD_KINDS_SQL, sealErasure, sealPurge } from '../chain/purges.ts'
import { groupCommit } from './group-commit.ts'
import { cellKey, counterDeltas, nextDay, splitCell } from './counters.ts'
import type { Receipt } from '@sekisho/receipts/schema'
import {
  PAGE_SIZE,
  ROW_COLUMNS,
  BODY_ONLY_COLUMNS,
  planAppend,
  rowToStored,
  chainedRow,
  type ReceiptRow,
  type RawAppendResult,
  type CollectorEvent,
  type PurgeResult,
  type ReceiptFilter,
  type ReceiptStore,
  type StoredReceipt,
  type StoredToken,
  type MissingText,
  missingTextsSql,
  warningSql,
  warningsSql,
  type ErasedRow,
  ERASED_BODY,
  DECLARATION_COLUMNS,
  type DeclarationRow,
  INSERT_DECLARATION,
  planDeclaration,
  rowToDeclaration,
} from './store.ts'

export interface PostgresStoreOptions {
  /** Schema holding the tables (created if missing).
   * @default 'sekisho' */
  schema?: string
  /** Pool size. @default 10 */
  max?: number
  /** Only read, no schema changes (a second connection beside a collector's, e.g. its chain-check thread). */
  readonly?: boolean
}

const COLS = ROW_COLUMNS
/** A receipt's wording hash, from its body. */
const HASH_OF = "((body::jsonb) -> 'ui' ->> 'textHash')"

/** Rows of `width` values as `width` column arrays (for `unnest`). */
const transpose = (rows: ReadonlyArray<readonly unknown[]>, width: number): unknown[][] =>
  Array.from({ length: width }, (_, i) => rows.map((r) => r[i]))

/** `2026-11` of an ISO time, and the month after it. */
const monthOf = (iso: string) => iso.slice(0, 7)
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** Connects to PostgreSQL at `url` and creates the schema if needed. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<ReceiptStore> {
  const schema = options.schema ?? 'sekisho'
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`schema: expected a lowercase SQL identifier, got "${schema}"`)
  const s = `"${schema}"`
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 })
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => {})

  const tx = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect()
    try {
      await c.query('BEGIN')
      const result = await fn(c)
      await c.query('COMMIT')
      return result
    } catch (error) {
      await c.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      c.release()
    }
  }
  // Serializes DDL between collector processes sharing the database.
  const ddlLock = (c: pg.PoolClient) => c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sekisho-ddl:${schema}`])

  /** Counts rows (not erased) matching `cond` into the stats counters (see counters.ts). */
  const fillCounters = (cond: string) => `
    INSERT INTO ${s}.stat_methods (site, day, method, total)
      SELECT site, substr(ts, 1, 10), method, count(*) FROM ${s}.receipts WHERE erased IS NULL${cond} GROUP BY 1, 2, 3;
    INSERT INTO ${s}.stat_purposes (site, day, purpose, granted, total)
      SELECT site, substr(ts, 1, 10), p->>'id', count(*) FILTER (WHERE (p->>'granted')::boolean), count(*)
      FROM ${s}.receipts, jsonb_array_elements(body::jsonb->'purposes') AS p WHERE erased IS NULL${cond} GROUP BY 1, 2, 3;
    INSERT INTO ${s}.stat_revisions (site, day, revision, first, last, total)
      SELECT site, substr(ts, 1, 10), body::jsonb->'policy'->>'revision', min(ts), max(ts), count(*)
      FROM ${s}.receipts WHERE erased IS NULL${cond} GROUP BY 1, 2, 3;`
  /** Recounts the given days of sites from their rows (after a purge or an erasure removed some). */
  const recount = async (c: pg.PoolClient, cells: Iterable<string>) => {
    for (const cell of cells) {
      const [site, day] = splitCell(cell)
      for (const t of ['stat_methods', 'stat_purposes', 'stat_revisions'])
        await c.query(`DELETE FROM ${s}.${t} WHERE site = $1 AND day = $2`, [site, day])
      for (const sql of fillCounters(' AND site = $1 AND ts >= $2 AND ts < $3')
        .split(';')
        .filter((q) => q.trim()))
        await c.query(sql, [site, day, nextDay(day)])
    }
  }
  /** The days of sites holding rows of `from` matching `cond`, before they change. */
  const cellsOf = async (c: pg.PoolClient, from: string, cond = 'true', params: unknown[] = []) =>
    (
      await c.query<{ site: string; day: string }>(
        `SELECT DISTINCT site, substr(ts, 1, 10) AS day FROM ${from} WHERE ${cond}`,
        params,
      )
    ).rows.map((r) => cellKey(r.site, r.day))

  if (!options.readonly)
    await tx(async (c) => {
      await ddlLock(c)
      const countersExisted = (await c.query(`SELECT to_regclass('${s}.stat_methods') AS t`)).rows[0]?.t !== null
      await c.query(`
      CREATE SCHEMA IF NOT EXISTS ${s};
      CREATE TABLE IF NOT EXISTS ${s}.receipts (
        seq bigserial NOT NULL, id text NOT NULL, site text NOT NULL, received_at text NOT NULL, ts text NOT NULL,
        subject text NOT NULL, method text NOT NULL, body text NOT NULL, prev_hash text NOT NULL, hash text NOT NULL
      ) PARTITION BY RANGE (received_at);
      -- Schemas made before chain recipe 2 get the column; their rows keep recipe 1 and keep verifying.
      ALTER TABLE ${s}.receipts ADD COLUMN IF NOT EXISTS recipe smallint NOT NULL DEFAULT 1;
      -- Computed from the hashed body, so they cannot disagree with it and older schemas get them too.
      ALTER TABLE ${s}.receipts ADD COLUMN IF NOT EXISTS text_hash text GENERATED ALWAYS AS (${HASH_OF}) STORED;
      ALTER TABLE ${s}.receipts ADD COLUMN IF NOT EXISTS warning text GENERATED ALWAYS AS (${warningSql(HASH_OF)}) STORED;
      CREATE INDEX IF NOT EXISTS receipts_text_hash ON ${s}.receipts (text_hash);
      CREATE TABLE IF NOT EXISTS ${s}.texts (hash text PRIMARY KEY, text text NOT NULL, received_at text NOT NULL);
      CREATE OR REPLACE FUNCTION ${s}.texts_kept() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'wordings are kept as received'; END $$;
      CREATE OR REPLACE TRIGGER texts_kept BEFORE UPDATE OR DELETE ON ${s}.texts
        FOR EACH ROW EXECUTE FUNCTION ${s}.texts_kept();
      CREATE TABLE IF NOT EXISTS ${s}.declarations (seq bigserial PRIMARY KEY, site text NOT NULL, revision text NOT NULL,
        received_at text NOT NULL, body text NOT NULL, prev_hash text NOT NULL, hash text NOT NULL, UNIQUE (site, revision));
      CREATE OR REPLACE FUNCTION ${s}.declarations_kept() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'declarations are kept as declared'; END $$;
      CREATE OR REPLACE TRIGGER declarations_kept BEFORE UPDATE OR DELETE ON ${s}.declarations
        FOR EACH ROW EXECUTE FUNCTION ${s}.declarations_kept();
      CREATE INDEX IF NOT EXISTS receipts_seq ON ${s}.receipts (seq);
      CREATE INDEX IF NOT EXISTS receipts_site_seq ON ${s}.receipts (site, seq);
      CREATE INDEX IF NOT EXISTS receipts_ts ON ${s}.receipts (ts);
      CREATE INDEX IF NOT EXISTS receipts_id ON ${s}.receipts (id);
      CREATE TABLE IF NOT EXISTS ${s}.receipt_ids (id text PRIMARY KEY, received_at text NOT NULL);
      CREATE TABLE IF NOT EXISTS ${s}.chain_heads (site text PRIMARY KEY, hash text NOT NULL);
      CREATE TABLE IF NOT EXISTS ${s}.chain_anchors (site text PRIMARY KEY, hash text NOT NULL);
      CREATE TABLE IF NOT EXISTS ${s}.purposes (seq bigserial, id text PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS ${s}.events (seq bigserial PRIMARY KEY, at text NOT NULL, kind text NOT NULL, detail text NOT NULL);
      CREATE TABLE IF NOT EXISTS ${s}.tokens (id text PRIMARY KEY, hash text NOT NULL UNIQUE, scope text NOT NULL, label text NOT NULL, created_at text NOT NULL);
      -- Rows from before the raw bytes were kept have NULL (verify counts them); erased is set by an erasure.
      ALTER TABLE ${s}.receipts ADD COLUMN IF NOT EXISTS raw text;
      ALTER TABLE ${s}.receipts ADD COLUMN IF NOT EXISTS erased text;
      -- An erasure (its transaction sets sekisho.erasing) may only empty a row's content, never move it in the chain.
      CREATE OR REPLACE FUNCTION ${s}.append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('sekisho.erasing', true) = 'on' AND OLD.erased IS NULL
          AND NEW.erased IS NOT NULL AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.site = OLD.site
          AND NEW.received_at = OLD.received_at AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
          AND NEW.recipe = OLD.recipe THEN RETURN NEW; END IF;
        RAISE EXCEPTION 'receipts are append-only; retention drops whole partitions, an erasure only empties rows';
      END $$;
      CREATE OR REPLACE TRIGGER receipts_append_only BEFORE UPDATE OR DELETE ON ${s}.receipts
        FOR EACH ROW EXECUTE FUNCTION ${s}.append_only();
      -- Stats counters, kept by every append, purge and erasure in its transaction.
      CREATE TABLE IF NOT EXISTS ${s}.stat_methods (site text, day text, method text, total bigint NOT NULL,
        PRIMARY KEY (site, day, method));
      CREATE TABLE IF NOT EXISTS ${s}.stat_purposes (site text, day text, purpose text, granted bigint NOT NULL,
        total bigint NOT NULL, PRIMARY KEY (site, day, purpose));
      CREATE TABLE IF NOT EXISTS ${s}.stat_revisions (site text, day text, revision text, first text NOT NULL,
        last text NOT NULL, total bigint NOT NULL, PRIMARY KEY (site, day, revision));
    `)
      // A schema from before the counters: count what it holds once.
      if (!countersExisted) await c.query(fillCounters(''))
    })

  const months = new Set<string>()
  const ensurePartitions = async (wanted: string[]) => {
    const missing = wanted.filter((m) => !months.has(m))
    if (!missing.length) return
    await tx(async (c) => {
      await ddlLock(c)
      for (const m of missing)
        await c.query(
          `CREATE TABLE IF NOT EXISTS ${s}."receipts_${m.replace('-', '_')}" PARTITION OF ${s}.receipts FOR VALUES FROM ('${m}') TO ('${nextMonth(m)}')`,
        )
    })
    for (const m of missing) months.add(m)
  }

  const where = (filter: ReceiptFilter, params: unknown[]): string => {
    const parts: string[] = []
    const add = (sql: (n: string) => string, value: unknown) => (
      params.push(value), parts.push(sql(`$${params.length}`))
    )
    if (filter.site !== undefined) add((n) => `site = ${n}`, filter.site)
    if (filter.from !== undefined) add((n) => `ts >= ${n}`, filter.from)
    if (filter.to !== undefined) add((n) => `ts < ${n}`, filter.to)
    if (filter.method !== undefined) add((n) => `method = ${n}`, filter.method)
    if (filter.subject !== undefined) add((n) => `subject = ${n}`, filter.subject)
    if (filter.purpose !== undefined)
      add((n) => `(body::jsonb)->'purposes' @> jsonb_build_array(jsonb_build_object('id', ${n}::text))`, filter.purpose)
    return parts.map((p) => ` AND ${p}`).join('')
  }

  async function* pageList(
    sql: string,
    first: unknown[],
    after: (row: ReceiptRow) => unknown[],
  ): AsyncGenerator<StoredReceipt[]> {
    let params = first
    for (;;) {
      const { rows } = await pool.query<ReceiptRow>(sql, params)
      if (rows.length) yield rows.map(rowToStored)
      if (rows.length < PAGE_SIZE) return
      params = after(rows[rows.length - 1]!)
    }
  }
  async function* pages(sql: string, first: unknown[], after: (row: ReceiptRow) => unknown[]) {
    for await (const page of pageList(sql, first, after)) yield* page
  }

  async function* rowPages(filter: ReceiptFilter = {}, { bodyOnly = false } = {}): AsyncGenerator<StoredReceipt[]> {
    const max = (await pool.query<{ max: string }>(`SELECT coalesce(max(seq), 0) AS max FROM ${s}.receipts`)).rows[0]!
      .max
    const params: unknown[] = [0, max]
    const cond = where(filter, params)
    const rest = params.slice(2)
    yield* pageList(
      `SELECT ${bodyOnly ? BODY_ONLY_COLUMNS : COLS} FROM ${s}.receipts WHERE seq > $1 AND seq <= $2${cond} ORDER BY seq LIMIT ${PAGE_SIZE}`,
      params,
      (last) => [last.seq, max, ...rest],
    )
  }

  const lastRecord = async (c: pg.PoolClient) =>
    (
      await c.query<{ detail: string }>(
        `SELECT detail FROM ${s}.events WHERE ${RECORD_KINDS_SQL} ORDER BY seq DESC LIMIT 1`,
      )
    ).rows[0]?.detail

  const siteHashes = async (table: string) =>
    new Map(
      (await pool.query<{ site: string; hash: string }>(`SELECT site, hash FROM ${s}.${table}`)).rows.map((r) => [
        r.site,
        r.hash,
      ]),
    )

  return {
    kind: 'postgres',
    append: groupCommit(async (entries): Promise<RawAppendResult> => {
      const { unique, sites, repeated, conflictAt } = planAppend(entries)
      if (!unique.length) return { inserted: [], duplicates: repeated, conflictAt }
      await ensurePartitions([...new Set(unique.map((e) => monthOf(e.receivedAt)))])
      return tx(async (c) => {
        // Lock every site's head row in one (sorted) order, so concurrent batches cannot deadlock.
        await c.query(
          `INSERT INTO ${s}.chain_heads (site, hash) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING`,
          [sites, GENESIS],
        )
        const heads = await c.query<{ site: string; hash: string }>(
          `SELECT site, hash FROM ${s}.chain_heads WHERE site = ANY($1) ORDER BY site FOR UPDATE`,
          [sites],
        )
        const head = new Map(heads.rows.map((r) => [r.site, r.hash]))
        const fresh = await c.query<{ id: string }>(
          `INSERT INTO ${s}.receipt_ids (id, received_at) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING RETURNING id`,
          [unique.map((e) => e.receipt.id), unique.map((e) => e.receivedAt)],
        )
        const isNew = new Set(fresh.rows.map((r) => r.id))
        const cols: string[][] = Array.from({ length: 10 }, () => [])
        const inserted: string[] = []
        const duplicates = [...repeated]
        const purposes = new Set<string>()
        const counted: Array<{ receipt: Receipt; ts: string }> = []
        // Rows keep input order (seq is arrival order); each site's chain links its own rows.
        const again: Array<{ id: string; body: string; at: number }> = []
        for (const { receipt, receivedAt, raw, at } of unique) {
          const body = canonicalJson(receipt)
          if (!isNew.has(receipt.id)) {
            duplicates.push(receipt.id)
            again.push({ id: receipt.id, body, at })
            continue
          }
          const { hash, values } = chainedRow(receipt, receivedAt, body, head.get(receipt.site) ?? GENESIS, raw ?? body)
          values.forEach((v, i) => cols[i]!.push(v))
          counted.push({ receipt, ts: values[3]! })
          for (const p of receipt.purposes) purposes.add(p.id)
          inserted.push(receipt.id)
          head.set(receipt.site, hash)
        }
        if (inserted.length) {
          const deltas = counterDeltas(counted)
          // The rows, the new heads, the purposes and the stats counters in one statement (one round trip);
          // counter keys come sorted, so concurrent batches lock them in one order.
          await c.query(
            `WITH r AS (INSERT INTO ${s}.receipts (id, site, received_at, ts, subject, method, body, prev_hash, hash, raw, recipe)
               SELECT *, ${CHAIN_RECIPE} FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])),
             h AS (UPDATE ${s}.chain_heads h SET hash = v.hash FROM unnest($11::text[], $12::text[]) AS v(site, hash) WHERE h.site = v.site),
             pu AS (INSERT INTO ${s}.purposes (id) SELECT unnest($13::text[]) ON CONFLICT DO NOTHING),
             m AS (INSERT INTO ${s}.stat_methods SELECT * FROM unnest($14::text[], $15::text[], $16::text[], $17::bigint[])
               ON CONFLICT (site, day, method) DO UPDATE SET total = stat_methods.total + excluded.total),
             p AS (INSERT INTO ${s}.stat_purposes SELECT * FROM unnest($18::text[], $19::text[], $20::text[], $21::bigint[], $22::bigint[])
               ON CONFLICT (site, day, purpose) DO UPDATE SET granted = stat_purposes.granted + excluded.granted,
               total = stat_purposes.total + excluded.total)
             INSERT INTO ${s}.stat_revisions SELECT * FROM unnest($23::text[], $24::text[], $25::text[], $26::text[], $27::text[], $28::bigint[])
               ON CONFLICT (site, day, revision) DO UPDATE SET first = LEAST(stat_revisions.first, excluded.first),
               last = GREATEST(stat_revisions.last, excluded.last), total = stat_revisions.total + excluded.total`,
            [
              ...cols,
              [...head.keys()],
              [...head.values()],
              [...purposes],
              ...transpose(deltas.methods, 4),
              ...transpose(deltas.purposes, 5),
              ...transpose(deltas.revisions, 6),
            ],
          )
        }
        if (again.length) {
          // Redelivery is normal; the same id with other content is not (a purged id is not compared).
          // An erased receipt sent again (a browser's queue) is a duplicate: nothing is left to compare.
          const { rows } = await c.query<{ id: string; body: string }>(
            `SELECT id, body FROM ${s}.receipts WHERE id = ANY($1) AND erased IS NULL`,
            [again.map((a) => a.id)],
          )
          const before = new Map(rows.map((r) => [r.id, r.body]))
          for (const a of again) if (before.has(a.id) && before.get(a.id) !== a.body) conflictAt.push(a.at)
        }
        return { inserted, duplicates, conflictAt }
      })
    }),
    async get(id) {
      const { rows } = await pool.query<ReceiptRow>(`SELECT ${COLS} FROM ${s}.receipts WHERE id = $1`, [id])
      return rows[0] && rowToStored(rows[0])
    },
    async *rows(filter = {}, options = {}) {
      for await (const page of rowPages(filter, options)) yield* page
    },
    rowPages,
    async *chainRows(site, afterSeq = 0) {
      if (site !== undefined)
        yield* pages(
          `SELECT ${COLS} FROM ${s}.receipts WHERE site = $1 AND seq > $2 ORDER BY seq LIMIT ${PAGE_SIZE}`,
          [site, afterSeq],
          (last) => [site, last.seq],
        )
      else
        yield* pages(
          `SELECT ${COLS} FROM ${s}.receipts WHERE (site, seq) > ($1, $2) ORDER BY site, seq LIMIT ${PAGE_SIZE}`,
          ['', 0],
          (last) => [last.site, last.seq],
        )
    },
    heads: () => siteHashes('chain_heads'),
    anchors: () => siteHashes('chain_anchors'),
    aggregate: async (filter = {}) => {
      const all = async <T extends object>(sql: string) => {
        const params: unknown[] = []
        const cond = where(filter, params)
        // Erased receipts have no content left to count.
        return (await pool.query<T>(sql.replace('{where}', `WHERE erased IS NULL${cond}`), params)).rows
      }
      const [days, purposes, revisions] = await Promise.all([
        all<{ day: string; method: string; total: number }>(
          `SELECT substr(ts, 1, 10) AS day, method, count(*)::int AS total FROM ${s}.receipts {where} GROUP BY 1, 2 ORDER BY 1, 2`,
        ),
        all<{ id: string; granted: number; total: number }>(
          `SELECT p->>'id' AS id, (count(*) FILTER (WHERE (p->>'granted')::boolean))::int AS granted, count(*)::int AS total
           FROM ${s}.receipts, jsonb_array_elements(body::jsonb->'purposes') AS p {where} GROUP BY 1`,
        ),
        all<{ revision: string; first: string; last: string; total: number }>(
          `SELECT body::jsonb->'policy'->>'revision' AS revision, min(ts) AS first, max(ts) AS last, count(*)::int AS total FROM ${s}.receipts {where} GROUP BY 1 ORDER BY 2`,
        ),
      ])
      return { days, purposes, revisions }
    },
    counted: async ({ site, fromDay, toDay }) => {
      const params: string[] = []
      let cond = ''
      if (site !== undefined) params.push(site), (cond += ` AND site = $${params.length}`)
      if (fromDay !== undefined) params.push(fromDay), (cond += ` AND day >= $${params.length}`)
      if (toDay !== undefined) params.push(toDay), (cond += ` AND day < $${params.length}`)
      const all = async <T extends object>(sql: string) =>
        (await pool.query<T>(sql.replace('{where}', `WHERE true${cond}`), params)).rows
      const [days, purposes, revisions] = await Promise.all([
        all<{ day: string; method: string; total: number }>(
          `SELECT day, method, sum(total)::int AS total FROM ${s}.stat_methods {where} GROUP BY 1, 2 HAVING sum(total) > 0 ORDER BY 1, 2`,
        ),
        all<{ id: string; granted: number; total: number }>(
          `SELECT purpose AS id, sum(granted)::int AS granted, sum(total)::int AS total FROM ${s}.stat_purposes {where} GROUP BY 1 HAVING sum(total) > 0`,
        ),
        all<{ revision: string; first: string; last: string; total: number }>(
          `SELECT revision, min(first) AS first, max(last) AS last, sum(total)::int AS total FROM ${s}.stat_revisions {where} GROUP BY 1 HAVING sum(total) > 0 ORDER BY 2`,
        ),
      ])
      return { days, purposes, revisions }
    },
    purposeIds: async () =>
      (await pool.query<{ id: string }>(`SELECT id FROM ${s}.purposes ORDER BY seq`)).rows.map((r) => r.id),
    purge: (cutoff, now) =>
      tx(async (c): Promise<PurgeResult> => {
        await ddlLock(c)
        // Only months that end on or before the cutoff go: retention is rounded up to whole months.
        const parts = await c.query<{ name: string }>(
          `SELECT child.relname AS name FROM pg_inherits JOIN pg_class parent ON parent.oid = inhparent
           JOIN pg_class child ON child.oid = inhrelid JOIN pg_namespace n ON n.oid = parent.relnamespace
           WHERE n.nspname = $1 AND parent.relname = 'receipts' ORDER BY 1`,
          [schema],
        )
        let deleted = 0
        const cells = new Set<string>()
        for (const { name } of parts.rows) {
          const match = /^receipts_(\d{4})_(\d{2})$/.exec(name)
          if (!match) continue
          const month = `${match[1]}-${match[2]}`
          const end = nextMonth(month)
          if (end > cutoff) continue
          deleted += Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${s}."${name}"`)).rows[0]!.n)
          for (const cell of await cellsOf(c, `${s}."${name}"`)) cells.add(cell)
          await c.query(`DROP TABLE ${s}."${name}"`)
          await c.query(`DELETE FROM ${s}.receipt_ids WHERE received_at < $1`, [end])
          months.delete(month)
        }
        await recount(c, cells)
        const anchors: Record<string, string> = {}
        if (deleted > 0) {
          const heads = await c.query<{ site: string; hash: string }>(`SELECT site, hash FROM ${s}.chain_heads`)
          for (const { site, hash } of heads.rows) {
            const first = await c.query<{ prev_hash: string }>(
              `SELECT prev_hash FROM ${s}.receipts WHERE site = $1 ORDER BY seq LIMIT 1`,
              [site],
            )
            const anchor = first.rows[0]?.prev_hash ?? hash
            anchors[site] = anchor
            await c.query(
              `INSERT INTO ${s}.chain_anchors (site, hash) VALUES ($1, $2) ON CONFLICT (site) DO UPDATE SET hash = excluded.hash`,
              [site, anchor],
            )
          }
        }
        const record = sealPurge(await lastRecord(c), now, { cutoff, deleted, anchors })
        await c.query(`INSERT INTO ${s}.events (at, kind, detail) VALUES ($1, 'purge', $2)`, [
          now,
          JSON.stringify(record),
        ])
        return record
      }),
    erase: (request, now) =>
      tx(async (c) => {
        // One erasure or purge at a time, so records chain in order.
        await ddlLock(c)
        const { rows } = await c.query<ErasedRow & { seq: string }>(
          `SELECT site, seq, id, hash FROM ${s}.receipts WHERE subject = $1 AND erased IS NULL ORDER BY seq`,
          [request.subject],
        )
        const erased = rows.map((r) => ({ ...r, seq: Number(r.seq) }))
        const cells = await cellsOf(c, `${s}.receipts`, 'subject = $1 AND erased IS NULL', [request.subject])
        await c.query("SET LOCAL sekisho.erasing = 'on'")
        if (erased.length)
          await c.query(
            `UPDATE ${s}.receipts SET body = '${ERASED_BODY}', raw = NULL, subject = '', method = '', erased = $1 WHERE seq = ANY($2::bigint[])`,
            [now, erased.map((r) => r.seq)],
          )
        await c.query("SET LOCAL sekisho.erasing = 'off'")
        await recount(c, cells)
        const record = sealErasure(await lastRecord(c), now, request, erased)
        await c.query(`INSERT INTO ${s}.events (at, kind, detail) VALUES ($1, 'erasure', $2)`, [
          now,
          JSON.stringify(record),
        ])
        return { at: now, ...record }
      }),
    logEvent: async (e) =>
      void (await pool.query(`INSERT INTO ${s}.events (at, kind, detail) VALUES ($1, $2, $3)`, [
        e.at,
        e.kind,
        JSON.stringify(e.detail),
      ])),
    events: async (limit = 100) =>
      (
        await pool.query<{ at: string; kind: string; detail: string }>(
          `SELECT at, kind, detail FROM ${s}.events ORDER BY seq DESC LIMIT $1`,
          [limit],
        )
      ).rows.map((e): CollectorEvent => ({ at: e.at, kind: e.kind, detail: JSON.parse(e.detail) })),
    tokens: async () =>
      (
        await pool.query<StoredToken & { created_at: string }>(
          `SELECT id, hash, scope, label, created_at FROM ${s}.tokens ORDER BY created_at, id`,
        )
      ).rows.map(({ created_at, ...t }) => ({ ...t, createdAt: created_at })),
    addToken: async (t) =>
      void (await pool.query(
        `INSERT INTO ${s}.tokens (id, hash, scope, label, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [t.id, t.hash, t.scope, t.label, t.createdAt],
      )),
    removeToken: async (id) => ((await pool.query(`DELETE FROM ${s}.tokens WHERE id = $1`, [id])).rowCount ?? 0) > 0,
    putText: async (hash, text, at) =>
      ((
        await pool.query(
          `INSERT INTO ${s}.texts (hash, text, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [hash, text, at],
        )
      ).rowCount ?? 0) > 0,
    putDeclaration: (site, revision, body, at) =>
      tx(async (c) => {
        // One writer per site at a time: the chain's last hash must not move under the insert.
        await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sekisho-declarations:${schema}:${site}`])
        const existing = await c.query<DeclarationRow>(
          `SELECT ${DECLARATION_COLUMNS} FROM ${s}.declarations WHERE site = $1 AND revision = $2`,
          [site, revision],
        )
        const last = await c.query<{ hash: string }>(
          `SELECT hash FROM ${s}.declarations WHERE site = $1 ORDER BY seq DESC LIMIT 1`,
          [site],
        )
        const plan = planDeclaration(existing.rows[0], last.rows[0]?.hash, site, revision, body, at)
        if (plan.status !== 'stored') return plan
        const inserted = await c.query<{ seq: string }>(
          `${INSERT_DECLARATION(`${s}.declarations`, (n) => `$${n}`)} RETURNING seq`,
          plan.values,
        )
        return { status: plan.status, declaration: { seq: Number(inserted.rows[0]!.seq), ...plan.declaration } }
      }),
    declarations: async () =>
      (await pool.query<DeclarationRow>(`SELECT ${DECLARATION_COLUMNS} FROM ${s}.declarations ORDER BY seq`)).rows.map(
        rowToDeclaration,
      ),
    async getText(hash) {
      const { rows } = await pool.query<{ hash: string; text: string; received_at: string }>(
        `SELECT hash, text, received_at FROM ${s}.texts WHERE hash = $1`,
        [hash],
      )
      return rows[0] && { hash: rows[0].hash, text: rows[0].text, receivedAt: rows[0].received_at }
    },
    knownTexts: async (hashes) =>
      new Set(
        hashes.length
          ? (await pool.query<{ hash: string }>(`SELECT hash FROM ${s}.texts WHERE hash = ANY($1)`, [hashes])).rows.map(
              (r) => r.hash,
            )
          : [],
      ),
    textSites: async (hash) =>
      (
        await pool.query<{ site: string }>(`SELECT DISTINCT site FROM ${s}.receipts WHERE text_hash = $1`, [hash])
      ).rows.map((r) => r.site),
    texts: async () =>
      (
        await pool.query<{ hash: string; text: string; received_at: string }>(
          `SELECT hash, text, received_at FROM ${s}.texts ORDER BY hash`,
        )
      ).rows.map((r) => ({ hash: r.hash, text: r.text, receivedAt: r.received_at })),
    missingTexts: async (site) =>
      (
        await pool.query<MissingText>(
          missingTextsSql(`${s}.receipts`, `${s}.texts`, site === undefined ? undefined : '$1'),
          site === undefined ? [] : [site],
        )
      ).rows,
    warnings: async (site) =>
      (
        await pool.query<{ warning: 'empty-text-hash'; receipts: number; firstId: string }>(
          warningsSql(`${s}.receipts`, site === undefined ? undefined : '$1'),
          site === undefined ? [] : [site],
        )
      ).rows,
    close: () => pool.end(),
  }
}

/** Drops a schema and everything in it (tests use a fresh schema per run). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}
