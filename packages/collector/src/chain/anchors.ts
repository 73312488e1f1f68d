// Chain heads anchored outside the database: the collector signs every site's head (and the purge
// log's head) with its Ed25519 key and appends the line to a file, so `verify --anchors` can tell a
// truncated or replaced database from the one that was running, even if it is internally consistent.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { ChainBreak, ReceiptStore } from '../store/store.ts'
import { canonicalJson, GENESIS } from './hash.ts'
import { purgeHead, purgeRecords } from './purges.ts'

/** One line of the anchors file (JSON). `sig` signs the RFC 8785 JSON of the other fields. */
export interface AnchorLine {
  v: 1
  at: string
  /** Each site's last chain hash at `at`. */
  heads: Record<string, string>
  /** The last purge record's hash at `at`. */
  purges: string
  /** The collector's Ed25519 public key (SPKI DER, base64). */
  key: string
  sig: string
}

/** The collector's signing key, kept beside the anchors file (`FILE.key`, mode 0600); created on first use. */
export function anchorKey(anchorsFile: string): KeyObject {
  const file = `${anchorsFile}.key`
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519')
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' })
  }
  return createPrivateKey(readFileSync(file))
}

const unsigned = ({ sig: _, ...rest }: AnchorLine) => Buffer.from(canonicalJson(rest))

/** Signs the store's current heads and appends them as one line to `anchorsFile` (append-only). */
export async function appendAnchor(store: ReceiptStore, anchorsFile: string, key: KeyObject, at: string) {
  const line: AnchorLine = {
    v: 1,
    at,
    heads: Object.fromEntries(await store.heads()),
    purges: await purgeHead(store),
    key: createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64'),
    sig: '',
  }
  line.sig = sign(null, unsigned(line), key).toString('base64')
  appendFileSync(anchorsFile, `${JSON.stringify(line)}\n`)
  return line
}

export interface AnchorReport {
  ok: boolean
  /** Signed lines read. */
  lines: number
  firstBreak?: ChainBreak
}

/**
 * Checks the anchors file (every line signed by the first line's key) and that the database still
 * holds the last anchored state: each anchored head is a row of its site (or was purged since), and
 * the anchored purge record is still in the purge log.
 */
export async function verifyAnchors(store: ReceiptStore, anchorsFile: string): Promise<AnchorReport> {
  const fail = (lines: number, firstBreak: ChainBreak): AnchorReport => ({ ok: false, lines, firstBreak })
  const text = readFileSync(anchorsFile, 'utf8')
  let last: AnchorLine | undefined
  let key: string | undefined
  const lines = text.split('\n').filter(Boolean)
  for (const [n, raw] of lines.entries()) {
    const where = { site: `(anchors line ${n + 1})`, expected: 'a line signed by the collector key' }
    let line: AnchorLine
    try {
      line = JSON.parse(raw)
    } catch {
      return fail(n, { ...where, reason: 'anchors file line is not JSON', found: raw.slice(0, 64) })
    }
    key ??= line.key
    let valid = false
    try {
      const publicKey = createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' })
      valid = line.key === key && verify(null, unsigned(line), publicKey, Buffer.from(String(line.sig), 'base64'))
    } catch {}
    if (!valid)
      return fail(n, {
        ...where,
        reason: 'anchors file line is not signed by the collector key',
        found: raw.slice(0, 64),
      })
    if (last && line.at < last.at)
      return fail(n, { ...where, reason: 'anchors file line is older than the one before it', found: line.at })
    last = line
  }
  if (!last) return { ok: true, lines: 0 }
  const records = await purgeRecords(store)
  if (last.purges !== GENESIS && !records.some((r) => r.detail.hash === last.purges))
    return fail(lines.length, {
      site: '(purge log)',
      reason: `the purge record anchored at ${last.at} is gone: the purge log was rewritten`,
      expected: last.purges,
      found: (await purgeHead(store)) || GENESIS,
    })
  const anchors = await store.anchors()
  // Heads the database no longer holds as rows; some may have been purged since they were anchored.
  const missing = new Map<string, string>()
  for (const [site, hash] of Object.entries(last.heads))
    if (hash !== GENESIS && anchors.get(site) !== hash) missing.set(hash, site)
  if (missing.size)
    for await (const row of store.chainRows()) if (missing.get(row.hash) === row.site) missing.delete(row.hash)
  const purgedSince = new Set(
    records.flatMap(({ at, detail }) =>
      at >= last.at && detail.reason !== 'erasure' && detail.deleted > 0 ? Object.keys(detail.anchors ?? {}) : [],
    ),
  )
  for (const [hash, site] of missing)
    if (!purgedSince.has(site))
      return fail(lines.length, {
        site,
        reason: `the head anchored at ${last.at} is not in the database: rows were deleted from the end or the database was replaced`,
        expected: hash,
        found: (await store.heads()).get(site) ?? GENESIS,
      })
  return { ok: true, lines: lines.length }
}
