// Walks stored rows in chain order and reports the first row whose hash does not follow.
import { chainHash, GENESIS } from './hash.ts'
import type { ChainBreak, ChainReport, ReceiptStore } from '../store/store.ts'

/** Re-computes every site's chain: each row's previous hash, its own hash, and the stored head. */
export async function verifyChain(store: ReceiptStore, options: { site?: string } = {}): Promise<ChainReport> {
  const anchors = await store.anchors()
  const heads = await store.heads()
  let checked = 0
  let site: string | undefined
  let expected = GENESIS
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
  for await (const row of store.chainRows(options.site)) {
    if (row.site !== site) {
      endOfSite()
      if (firstBreak) break
      site = row.site
      sites.add(site)
      expected = anchors.get(site) ?? GENESIS
    }
    checked++
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
    const hash = chainHash(row.prevHash, row.receivedAt, row.body)
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
    expected = row.hash
  }
  endOfSite()
  if (!firstBreak)
    for (const [s, head] of heads) {
      if (options.site !== undefined && s !== options.site) continue
      if (!sites.has(s) && head !== (anchors.get(s) ?? GENESIS)) {
        firstBreak = {
          site: s,
          reason: 'the recorded head has no rows: rows were deleted',
          expected: head,
          found: anchors.get(s) ?? GENESIS,
        }
        break
      }
    }
  return firstBreak ? { ok: false, checked, firstBreak } : { ok: true, checked }
}
