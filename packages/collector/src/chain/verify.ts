// Walks stored rows in chain order and reports the first row whose hash does not follow.
import { CHAIN_RECIPE, canonicalJson, chainHash, GENESIS } from './hash.ts'
import { erasedKey, type ErasedHashes, verifyPurges } from './purges.ts'
import {
  PAGE_SIZE,
  sortableTime,
  type ChainBreak,
  type ChainReport,
  type ReceiptStore,
  type StoredReceipt,
} from '../store/store.ts'

/** The first stored column that is not what the hashed body says (queries and exports read them). */
function columnMismatch(row: StoredReceipt): { column: string; expected: string; found: string } | undefined {
  let r: { id?: unknown; site?: unknown; timestamp?: unknown; subject?: unknown; method?: unknown }
  try {
    r = JSON.parse(row.body)
  } catch {
    return { column: 'body', expected: 'JSON', found: row.body.slice(0, 64) }
  }
  const ts = typeof r.timestamp === 'string' && !Number.isNaN(Date.parse(r.timestamp)) ? sortableTime(r.timestamp) : ''
  const expected: Array<[string, unknown, string]> = [
    ['id', r.id, row.id],
    ['site', r.site, row.site],
    ['ts', ts, row.ts],
    ['subject', r.subject, row.subject],
    ['method', r.method, row.method],
  ]
  for (const [column, want, found] of expected) if (want !== found) return { column, expected: String(want), found }
  // The bytes received must be this receipt (any serialisation of it): what an auditor re-hashes.
  if (row.raw !== undefined) {
    let canonical: string | undefined
    try {
      canonical = canonicalJson(JSON.parse(row.raw))
    } catch {}
    if (canonical !== row.body) return { column: 'raw', expected: row.body.slice(0, 64), found: row.raw.slice(0, 64) }
  }
  return undefined
}

/** Why an erased row (kept only as its hash) does not stand, if it does not. */
function erasureProblem(row: StoredReceipt, recorded: string | undefined): Omit<ChainBreak, 'site'> | undefined {
  const at = { seq: row.seq, id: row.id }
  if (row.erased === undefined)
    return recorded === undefined
      ? undefined
      : {
          ...at,
          reason: 'an erasure record names this row, but its content is stored again',
          expected: 'erased',
          found: 'content',
        }
  if (recorded === undefined)
    return {
      ...at,
      reason: 'the row is emptied as erased, but no erasure record names it: a disguised erasure',
      expected: 'an erasure record',
      found: `erased ${row.erased}`,
    }
  if (recorded !== row.hash)
    return {
      ...at,
      reason: "the erased row's hash is not the one its erasure record kept",
      expected: recorded,
      found: row.hash,
    }
  return undefined
}

/** Where each site's chain was last verified up to: walks that start from it check only newer rows. */
export type ChainCheckpoint = Map<string, { seq: number; hash: string; recipe: number }>

/** The rows to check: all (a full pass), or per site only those after the checkpoint. */
async function* rowsToCheck(
  store: ReceiptStore,
  heads: Map<string, string>,
  site: string | undefined,
  checkpoint: ChainCheckpoint | undefined,
): AsyncGenerator<StoredReceipt> {
  if (!checkpoint) return yield* store.chainRows(site)
  for (const s of [...heads.keys()].sort())
    if (site === undefined || s === site) yield* store.chainRows(s, checkpoint.get(s)?.seq ?? 0)
}

/**
 * Re-computes every site's chain: each row's previous hash, its own hash, and the stored head.
 * With `checkpoint`, only rows after it are hashed (rows of sites without a head are then not
 * seen: keep a periodic full pass), and the checkpoint advances when the chain verifies.
 */
export async function verifyChain(
  store: ReceiptStore,
  options: { site?: string; checkpoint?: ChainCheckpoint } = {},
): Promise<ChainReport> {
  const { checkpoint } = options
  const erasedHashes: ErasedHashes = new Map()
  const purgeBreak = await verifyPurges(store, options.site, erasedHashes)
  if (purgeBreak) return { ok: false, checked: 0, firstBreak: purgeBreak }
  const anchors = await store.anchors()
  const heads = await store.heads()
  let checked = 0
  let withoutRaw = 0
  let erased = 0
  let site: string | undefined
  let expected = GENESIS
  let recipe = 1
  const sites = new Set<string>()
  let firstBreak: ChainBreak | undefined
  const endOfSite = () => {
    if (site === undefined || firstBreak) return
    const head = heads.get(site)
    if (head !== undefined && head !== expected)
      firstBreak = {
        site,
        reason: 'the last row is not the recorded head: rows were deleted from the end',
        expected: head,
        found: expected,
      }
  }
  const reached: ChainCheckpoint = new Map()
  for await (const row of rowsToCheck(store, heads, options.site, checkpoint)) {
    if (row.site !== site) {
      endOfSite()
      if (firstBreak) break
      site = row.site
      sites.add(site)
      expected = checkpoint?.get(site)?.hash ?? anchors.get(site) ?? GENESIS
      recipe = checkpoint?.get(site)?.recipe ?? 1
    }
    checked++
    // Let other work (ingest) run between pages: SQLite reads are synchronous, so a long walk
    // would otherwise hold the event loop for seconds.
    if (checked % PAGE_SIZE === 0) await new Promise(setImmediate)
    if (row.prevHash !== expected) {
      firstBreak = {
        site,
        seq: row.seq,
        id: row.id,
        reason: 'previous hash does not match: a row before it was edited, inserted or deleted',
        expected,
        found: row.prevHash,
      }
      break
    }
    if (row.recipe < recipe || row.recipe > CHAIN_RECIPE) {
      firstBreak = {
        site,
        seq: row.seq,
        id: row.id,
        reason: 'chain recipe is unknown or went back to an older one: the row was relabelled or inserted',
        expected: `recipe ${recipe} to ${CHAIN_RECIPE}`,
        found: `recipe ${row.recipe}`,
      }
      break
    }
    recipe = row.recipe
    const erasure = erasureProblem(row, erasedHashes.get(erasedKey(row.site, row.seq)))
    if (erasure) {
      firstBreak = { site, ...erasure }
      break
    }
    if (row.erased !== undefined) {
      // Nothing left to hash: the row stands by its kept hash, which the next row (or the head) links to.
      erased++
      expected = row.hash
      reached.set(site, { seq: row.seq, hash: row.hash, recipe: row.recipe })
      continue
    }
    if (row.recipe >= 3 && row.raw === undefined) {
      firstBreak = {
        site,
        seq: row.seq,
        id: row.id,
        reason: 'the bytes received are gone from a row that kept them: the row was edited',
        expected: 'raw bytes',
        found: 'NULL',
      }
      break
    }
    if (row.recipe < 3) withoutRaw++
    const hash = chainHash(row.prevHash, row.receivedAt, row.body, row.recipe, row.raw)
    if (hash !== row.hash) {
      firstBreak = {
        site,
        seq: row.seq,
        id: row.id,
        reason: 'row hash does not match its content: the row was edited',
        expected: hash,
        found: row.hash,
      }
      break
    }
    const mismatch = columnMismatch(row)
    if (mismatch) {
      firstBreak = {
        site,
        seq: row.seq,
        id: row.id,
        reason: `column ${mismatch.column} does not match the hashed body: the row was edited`,
        expected: mismatch.expected,
        found: mismatch.found,
      }
      break
    }
    expected = row.hash
    reached.set(site, { seq: row.seq, hash: row.hash, recipe: row.recipe })
  }
  endOfSite()
  if (!firstBreak)
    for (const [s, head] of heads) {
      if (options.site !== undefined && s !== options.site) continue
      const start = checkpoint?.get(s)?.hash ?? anchors.get(s) ?? GENESIS
      if (!sites.has(s) && head !== start) {
        firstBreak = {
          site: s,
          reason: 'the recorded head has no rows: rows were deleted',
          expected: head,
          found: start,
        }
        break
      }
    }
  const counts = { ...(withoutRaw && { withoutRaw }), ...(erased && { erased }) }
  if (firstBreak) return { ok: false, checked, ...counts, firstBreak }
  for (const [s, at] of reached) checkpoint?.set(s, at)
  return { ok: true, checked, ...counts }
}
