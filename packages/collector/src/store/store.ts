// The one storage interface both backends implement (SQLite file, PostgreSQL by URL), and its types.
import { EMPTY_TEXT_HASH, type Receipt } from '@sekisho/receipts/schema'
import { CHAIN_RECIPE, canonicalJson, chainHash, GENESIS } from '../chain/hash.ts'
import { declarationHash, type StoredDeclaration } from '../export/declarations.ts'

/** One stored row: the receipt's canonical JSON and its place in the site's hash chain. */
export interface StoredReceipt {
  /** Arrival order, unique across sites. */
  seq: number
  id: string
  site: string
  /** When the collector accepted it (ISO 8601 UTC); part of the hashed bytes. */
  receivedAt: string
  prevHash: string
  hash: string
  /** Canonical JSON of the receipt (RFC 8785): the bytes hashed; `null` once erased. */
  body: string
  /** The receipt's text exactly as it arrived (its item of the HTTP body, or the imported line), hashed
   * by recipe 3; absent for rows stored before it was kept (recipes 1–2) and for erased rows. */
  raw?: string
  /** When the receipt's content was erased (an erasure request): body, raw bytes, subject and method
   * are gone, the row's hash stays so the chain still verifies. */
  erased?: string
  /** Columns copied from the body for queries (normalised `timestamp`, `subject`, `method`); `verify` checks them against it. */
  ts: string
  subject: string
  method: string
  /** How `hash` was computed (see `chainHash`): 1 before RFC 8785, 2 before the raw bytes were kept, 3 since. */
  recipe: number
  /** What an auditor should know about this receipt, derived by the database from the hashed body
   * (so rows stored before the column existed have it too); see {@link RECEIPT_WARNINGS}. */
  warning?: keyof typeof RECEIPT_WARNINGS
}

/** The flags a stored receipt may carry, and what they mean in exports. */
export const RECEIPT_WARNINGS = {
  'empty-text-hash':
    'ui.textHash is the SHA-256 of an empty wording (queued by a release before noText): the wording shown is unknown, and the decision may also have another receipt',
} as const

/** SQL (SQLite and PostgreSQL alike) computing `warning` from the wording hash expression `hash`. */
export const warningSql = (hash: string) => `CASE WHEN ${hash} = '${EMPTY_TEXT_HASH}' THEN 'empty-text-hash' END`

/** The query behind `missingTexts` (both databases), on the given tables; `site` a parameter placeholder. */
export const missingTextsSql = (receipts: string, texts: string, site?: string) =>
  `SELECT m.hash, m.receipts, r.id AS "firstId" FROM (
     SELECT text_hash AS hash, CAST(count(*) AS INTEGER) AS receipts, min(seq) AS first FROM ${receipts}
     WHERE text_hash IS NOT NULL AND warning IS NULL AND NOT EXISTS (SELECT 1 FROM ${texts} t WHERE t.hash = text_hash)${site ? ` AND site = ${site}` : ''}
     GROUP BY text_hash
   ) m JOIN ${receipts} r ON r.seq = m.first ORDER BY m.hash`

/** The query behind `warnings` (both databases). */
export const warningsSql = (receipts: string, site?: string) =>
  `SELECT m.warning, m.receipts, r.id AS "firstId" FROM (
     SELECT warning, CAST(count(*) AS INTEGER) AS receipts, min(seq) AS first FROM ${receipts}
     WHERE warning IS NOT NULL${site ? ` AND site = ${site}` : ''} GROUP BY warning
   ) m JOIN ${receipts} r ON r.seq = m.first ORDER BY m.warning`

/** A wording a receipt's `ui.textHash` refers to, kept once, addressed by its SHA-256. */
export interface StoredText {
  /** Lowercase hex SHA-256 of `text`'s UTF-8 bytes. */
  hash: string
  text: string
  /** When the collector first received it (ISO 8601 UTC). */
  receivedAt: string
}

/** A wording receipts refer to that the collector does not have. */
export interface MissingText {
  hash: string
  /** How many stored receipts refer to it. */
  receipts: number
  /** The earliest of them. */
  firstId: string
}

/** A receipts row as both databases return it (PostgreSQL gives the bigint `seq` as a string). */
export interface ReceiptRow {
  seq: number | string
  id: string
  site: string
  received_at: string
  prev_hash: string
  hash: string
  body: string
  ts: string
  subject: string
  method: string
  recipe: number
  warning: string | null
  raw: string | null
  erased: string | null
}

/** The columns of a `ReceiptRow`, in the order `pages` reads them. */
export const ROW_COLUMNS =
  'seq, id, site, received_at, prev_hash, hash, body, ts, subject, method, recipe, warning, raw, erased'
/** The same places with only what `rows(…, {bodyOnly: true})` reads: skipping the raw bytes halves the text
 * decoded per row, and SQLite computes `warning` (a virtual column) by parsing the body once more. */
export const BODY_ONLY_COLUMNS =
  "seq, id, site, received_at, '' AS prev_hash, hash, body, '' AS ts, '' AS subject, '' AS method, recipe, NULL AS warning, NULL AS raw, erased"

/** The warning the database derives for a receipt (the rule of `warningSql`), for readers that parse the body anyway. */
export const warningOf = (receipt: { ui?: { textHash?: string } }): keyof typeof RECEIPT_WARNINGS | undefined =>
  receipt.ui?.textHash === EMPTY_TEXT_HASH ? 'empty-text-hash' : undefined

/** What an erased row's `body` holds: valid JSON (generated columns and JSON functions read it) saying nothing. */
export const ERASED_BODY = 'null'

export const rowToStored = (r: ReceiptRow): StoredReceipt => ({
  seq: Number(r.seq),
  id: r.id,
  site: r.site,
  receivedAt: r.received_at,
  prevHash: r.prev_hash,
  hash: r.hash,
  body: r.body,
  ts: r.ts,
  subject: r.subject,
  method: r.method,
  recipe: Number(r.recipe),
  ...(r.warning ? { warning: r.warning as keyof typeof RECEIPT_WARNINGS } : {}),
  ...(r.raw !== null ? { raw: r.raw } : {}),
  ...(r.erased !== null ? { erased: r.erased } : {}),
})

/** Narrows exports and stats. Times compare against the receipt's `timestamp`. */
export interface ReceiptFilter {
  site?: string
  /** Inclusive ISO 8601 time. */
  from?: string
  /** Exclusive ISO 8601 time. */
  to?: string
  /** Receipts that record a choice (granted or not) for this purpose id. */
  purpose?: string
  method?: string
  subject?: string
}

export interface AppendEntry {
  receipt: Receipt
  receivedAt: string
  /** The receipt's text as received (it must parse to `receipt`); default: its canonical JSON. */
  raw?: string
}

export interface AppendResult {
  /** Ids stored by this call, in input order. */
  inserted: string[]
  /** Ids that were already stored (or repeated within the call): accepted, not stored twice. */
  duplicates: string[]
  /** Of `duplicates`, the ids whose content differs from what is stored: refused (HTTP 409), logged. */
  conflicts?: string[]
}

/** What a store's transaction reports: `conflictAt` are positions in its input (so a group commit can tell whose). */
export interface RawAppendResult extends AppendResult {
  conflictAt: number[]
}

export interface ChainBreak {
  site: string
  seq?: number
  id?: string
  reason: string
  expected: string
  found: string
}

export interface ChainReport {
  ok: boolean
  /** Rows whose hash was recomputed. */
  checked: number
  /** Of the rows walked, those stored before the raw bytes were kept (recipes 1–2): only their
   * canonical body is hashed (absent when none). */
  withoutRaw?: number
  /** Of the rows walked, erased ones: linked by their kept hash, named by an erasure record (absent when none). */
  erased?: number
  firstBreak?: ChainBreak
  /** Set by the collector's `/v1/stats` while a full pass runs (the first after a start, or the periodic
   * one): `ok`/`checked` are then those of the last finished check (`checked: 0` before any). */
  checking?: true
}

/** Who asked for an erasure and why (kept in the erasure record). */
export interface ErasureRequest {
  /** The data subject (the receipts' `subject`); the record keeps only its SHA-256. */
  subject: string
  /** Who carried it out (an operator, a token id). */
  by: string
  /** Why: the request's reference, the legal ground (e.g. "APPI Art. 35 request #123"). */
  reason: string
}

/** An erased row as its erasure record names it. */
export interface ErasedRow {
  site: string
  seq: number
  id: string
  hash: string
}

/** What an erasure did, as recorded in the purge log (see `sealErasure`). */
export interface ErasureResult {
  /** SHA-256 of the subject id. */
  subject: string
  by: string
  why: string
  erased: number
  rows: ErasedRow[]
}

export interface PurgeResult {
  cutoff: string
  deleted: number
  /** Per site, the previous hash the remaining chain now starts from. */
  anchors: Record<string, string>
}

export type TokenScope = 'export' | 'admin'

export interface StoredToken {
  id: string
  /** SHA-256 hex of the token; the token itself is never stored. */
  hash: string
  scope: TokenScope
  label: string
  createdAt: string
}

/** An entry of the collector's own log (purges, token changes). */
export interface CollectorEvent {
  at: string
  kind: string
  detail: Record<string, unknown>
}

export interface ReceiptAggregate {
  days: Array<{ day: string; method: string; total: number }>
  purposes: Array<{ id: string; granted: number; total: number }>
  /** `first`/`last`: receipt times (normalised ISO 8601 UTC). */
  revisions: Array<{ revision: string; first: string; last: string; total: number }>
}

export interface ReceiptStore {
  readonly kind: 'sqlite' | 'postgres'
  /** Appends in one transaction, chaining each site's rows in order; ids already stored are skipped. */
  append(entries: AppendEntry[]): Promise<AppendResult>
  get(id: string): Promise<StoredReceipt | undefined>
  /** Matching rows in arrival order, read page by page (flat memory, the event loop free between pages); rows
   * appended after the call starts are not included. With `bodyOnly`, only what an export that parses the body
   * needs is read: `seq, id, site, receivedAt, hash, body, recipe, erased` (`raw` and `warning` absent — derive
   * the warning with `warningOf` — and `prevHash, ts, subject, method` empty). */
  rows(filter?: ReceiptFilter, options?: { bodyOnly?: boolean }): AsyncIterable<StoredReceipt>
  /** The rows of `rows`, one page (an array of up to `PAGE_SIZE`) at a time, with no await between a page's rows:
   * for readers of many rows that give the event loop its turns themselves (an export, by time). */
  rowPages(filter?: ReceiptFilter, options?: { bodyOnly?: boolean }): AsyncIterable<StoredReceipt[]>
  /** Every row of one site (or all sites) in chain order: by site, then arrival; for one site, only rows after `afterSeq`. */
  chainRows(site?: string, afterSeq?: number): AsyncIterable<StoredReceipt>
  /** Each site's last hash. */
  heads(): Promise<Map<string, string>>
  /** Each purged site's chain start (the previous hash of its first remaining row). */
  anchors(): Promise<Map<string, string>>
  /** Counts of the matching receipts, computed by the database over the rows: per UTC day and method, per purpose,
   * per policy revision (a scan: `countedAggregate` reads the counters instead). */
  aggregate(filter?: ReceiptFilter): Promise<ReceiptAggregate>
  /** The same counts from the counters the store maintains with every append, purge and erasure, for
   * whole UTC days `fromDay` ≤ day < `toDay` (`YYYY-MM-DD`). */
  counted(filter: { site?: string; fromDay?: string; toDay?: string }): Promise<ReceiptAggregate>
  /** Purpose ids ever stored, in first-seen order (the CSV columns). */
  purposeIds(): Promise<string[]>
  /** Erases the content of a subject's receipts (body, raw bytes, subject, method), keeping each row's
   * hash, and logs a chained erasure record in the same transaction; `now` is its time. */
  erase(request: ErasureRequest, now: string): Promise<ErasureResult & { at: string; hash: string }>
  /** Deletes receipts received before `cutoff` (PostgreSQL: whole monthly partitions) and logs the purge. */
  purge(cutoff: string, now: string): Promise<PurgeResult>
  logEvent(event: CollectorEvent): Promise<void>
  events(limit?: number): Promise<CollectorEvent[]>
  tokens(): Promise<StoredToken[]>
  addToken(token: StoredToken): Promise<void>
  removeToken(id: string): Promise<boolean>
  /** Keeps the wording `text` under `hash` (the caller has checked that it hashes so); false when
   * it was kept already. Kept wordings are never changed or deleted (not even by the purge). */
  putText(hash: string, text: string, receivedAt: string): Promise<boolean>
  getText(hash: string): Promise<StoredText | undefined>
  /** Of `hashes`, those whose wording is kept. */
  knownTexts(hashes: readonly string[]): Promise<Set<string>>
  /** The sites of stored receipts whose `ui.textHash` is `hash` (who may send that wording). */
  textSites(hash: string): Promise<string[]>
  /** Every kept wording, by hash. */
  texts(): Promise<StoredText[]>
  /** Wording hashes stored receipts refer to (the empty-wording hash aside) that are not kept, by hash. */
  missingTexts(site?: string): Promise<MissingText[]>
  /** Keeps what `site` declared for `revision` (canonical JSON `body`), chained after the site's last
   * declaration; a revision once declared is never changed: the same body again is `kept`, another
   * is a `conflict` (and the stored one comes back). */
  putDeclaration(
    site: string,
    revision: string,
    body: string,
    receivedAt: string,
  ): Promise<{ status: 'stored' | 'kept' | 'conflict'; declaration: StoredDeclaration }>
  /** Every declaration, in arrival order. */
  declarations(): Promise<StoredDeclaration[]>
  /** How many stored receipts carry each warning, with the earliest one's id. */
  warnings(site?: string): Promise<Array<{ warning: keyof typeof RECEIPT_WARNINGS; receipts: number; firstId: string }>>
  close(): Promise<void>
}

/** Rows read per query by `rows` and `chainRows`. */
export const PAGE_SIZE = 2000

/** Drops ids repeated within a call (noting those repeated with other content) and lists the sites touched (sorted: the lock order). */
export function planAppend(entries: AppendEntry[]): {
  unique: Array<AppendEntry & { at: number }>
  sites: string[]
  repeated: string[]
  conflictAt: number[]
} {
  const seen = new Map<string, AppendEntry>()
  const sites = new Set<string>()
  const unique: Array<AppendEntry & { at: number }> = []
  const repeated: string[] = []
  const conflictAt: number[] = []
  entries.forEach((entry, at) => {
    const first = seen.get(entry.receipt.id)
    if (!first)
      return void (seen.set(entry.receipt.id, entry), sites.add(entry.receipt.site), unique.push({ ...entry, at }))
    repeated.push(entry.receipt.id)
    if (canonicalJson(first.receipt) !== canonicalJson(entry.receipt)) conflictAt.push(at)
  })
  return { unique, sites: [...sites].sort(), repeated, conflictAt }
}

/** The receipt time as `Date#toISOString` writes it, so stored times compare correctly as text. */
export const sortableTime = (timestamp: string): string => new Date(timestamp).toISOString()

/** The columns `id, site, received_at, ts, subject, method, body, prev_hash, hash, raw` of a new
 * receipt's row, linked after `prev` (its site's chain head); both backends insert exactly these. */
export function chainedRow(
  receipt: Receipt,
  receivedAt: string,
  body: string,
  prev: string,
  raw = body,
): { hash: string; values: string[] } {
  const hash = chainHash(prev, receivedAt, body, CHAIN_RECIPE, raw)
  return {
    hash,
    values: [
      receipt.id,
      receipt.site,
      receivedAt,
      sortableTime(receipt.timestamp),
      receipt.subject,
      receipt.method,
      body,
      prev,
      hash,
      raw,
    ],
  }
}

/** A declarations row as both databases return it. */
export interface DeclarationRow {
  seq: number | string
  site: string
  revision: string
  received_at: string
  body: string
  prev_hash: string
  hash: string
}

export const DECLARATION_COLUMNS = 'seq, site, revision, received_at, body, prev_hash, hash'

export const rowToDeclaration = (r: DeclarationRow): StoredDeclaration => ({
  seq: Number(r.seq),
  site: r.site,
  revision: r.revision,
  receivedAt: r.received_at,
  body: r.body,
  prevHash: r.prev_hash,
  hash: r.hash,
})

/** The insert both backends run (in a transaction, the site's rows locked) for a new declaration. */
export const INSERT_DECLARATION = (table: string, p: (n: number) => string) =>
  `INSERT INTO ${table} (site, revision, received_at, body, prev_hash, hash) VALUES (${[1, 2, 3, 4, 5, 6].map(p).join(', ')})`

/**
 * What `putDeclaration` does, given the site's declaration of that revision if any and its last hash:
 * answer with the stored one (`kept` when the bytes are the same, else `conflict`), or insert `values`
 * (the columns of INSERT_DECLARATION), chained after the site's last declaration.
 */
export function planDeclaration(
  existing: DeclarationRow | undefined,
  lastHash: string | undefined,
  site: string,
  revision: string,
  body: string,
  receivedAt: string,
):
  | { status: 'kept' | 'conflict'; declaration: StoredDeclaration }
  | { status: 'stored'; values: string[]; declaration: Omit<StoredDeclaration, 'seq'> } {
  if (existing) return { status: existing.body === body ? 'kept' : 'conflict', declaration: rowToDeclaration(existing) }
  const prevHash = lastHash ?? GENESIS
  const hash = declarationHash(prevHash, site, revision, receivedAt, body)
  return {
    status: 'stored',
    values: [site, revision, receivedAt, body, prevHash, hash],
    declaration: { site, revision, receivedAt, body, prevHash, hash },
  }
}
