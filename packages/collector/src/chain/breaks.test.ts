// Each kind of edit verifyChain tells apart, with the row, what it expected and what it found: a row's
// hash, its recipe label, a column beside the body, raw bytes re-hashed or taken out by an attacker, and an erased
// row whose content came back (SQLite file, its append-only triggers dropped as an attacker would).
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore, StoredReceipt } from '../store/store.ts'
import { sortableTime } from '../store/store.ts'
import { canonicalJson, chainHash } from './hash.ts'
import { verifyChain } from './verify.ts'

const [sqlite] = await storeKinds()
const AT = '2026-11-27T00:00:00.000Z'

describe('verifyChain names each kind of edit', () => {
  after(() => sqlite!.cleanup())
  /** A store of three receipts of one site, the given SQL run on its file, then reopened. */
  async function edited(sql: (rows: StoredReceipt[]) => string) {
    const store = await sqlite!.open()
    await store.append([0, 1, 2].map((n) => ({ receipt: sampleReceipt(n * 4 + 1), receivedAt: AT })))
    const rows: StoredReceipt[] = []
    for await (const row of store.chainRows()) rows.push(row)
    await store.close()
    await sqlite!.tamper(sql(rows))
    return { store: await sqlite!.reopen(), rows }
  }
  const reportOf = async ({ store, rows }: { store: ReceiptStore; rows: StoredReceipt[] }) => {
    try {
      return { report: await verifyChain(store), rows }
    } finally {
      await store.close()
    }
  }

  /** The report of a walk that stopped at `row`, the second of three. */
  const brokenAt = (row: StoredReceipt, reason: string, expected: string, found: string) => ({
    ok: false,
    checked: 2,
    firstBreak: { site: row.site, seq: row.seq, id: row.id, reason, expected, found },
  })

  it('a row whose hashed fields changed', async () => {
    const { report, rows } = await reportOf(
      await edited(
        (rows) => `UPDATE receipts SET received_at = '2026-11-28T00:00:00.000Z' WHERE seq = ${rows[1]!.seq}`,
      ),
    )
    const row = rows[1]!
    assert.deepEqual(
      report,
      brokenAt(
        row,
        'row hash does not match its content: the row was edited',
        chainHash(row.prevHash, '2026-11-28T00:00:00.000Z', row.body, row.recipe, row.raw),
        row.hash,
      ),
    )
  })

  it('the bytes received taken out of a row that kept them', async () => {
    const { report, rows } = await reportOf(
      await edited((rows) => `UPDATE receipts SET raw = NULL WHERE seq = ${rows[1]!.seq}`),
    )
    assert.deepEqual(
      report,
      brokenAt(
        rows[1]!,
        'the bytes received are gone from a row that kept them: the row was edited',
        'raw bytes',
        'NULL',
      ),
    )
  })

  it('a recipe relabelled to one that does not exist, or back to an older one', async () => {
    for (const [seq, recipe, expected] of [
      [1, 4, 'recipe 3 to 3'],
      [0, 0, 'recipe 1 to 3'],
      [1, 2, 'recipe 3 to 3'],
    ] as const) {
      const { report, rows } = await reportOf(
        await edited((rows) => `UPDATE receipts SET recipe = ${recipe} WHERE seq = ${rows[seq]!.seq}`),
      )
      assert.deepEqual(report.firstBreak, {
        site: rows[seq]!.site,
        seq: rows[seq]!.seq,
        id: rows[seq]!.id,
        reason: 'chain recipe is unknown or went back to an older one: the row was relabelled or inserted',
        expected,
        found: `recipe ${recipe}`,
      })
      assert.equal(report.checked, seq + 1)
    }
  })

  it('a column queries read that is not what the body says', async () => {
    // The first row moved to a site that sorts first still links to the start of a chain: only its column tells.
    const cases: Array<[string, number, (row: StoredReceipt) => string]> = [
      ['id', 2, () => 'r_forged'],
      ['site', 0, () => 'https://evil.example'],
      ['ts', 2, () => sortableTime('2020-01-01T00:00:00.000Z')],
      ['subject', 2, () => 'subj_forged'],
      ['method', 2, (row) => (row.method === 'accept-all' ? 'reject-all' : 'accept-all')],
    ]
    for (const [column, at, value] of cases) {
      const { report, rows } = await reportOf(
        await edited((rows) => `UPDATE receipts SET ${column} = '${value(rows[at]!)}' WHERE seq = ${rows[at]!.seq}`),
      )
      const row = rows[at]!
      const body = JSON.parse(row.body)
      const want = { id: body.id, site: body.site, ts: row.ts, subject: body.subject, method: body.method }[column]
      assert.deepEqual(
        report.firstBreak && { ...report.firstBreak, site: undefined },
        {
          site: undefined,
          seq: row.seq,
          id: column === 'id' ? 'r_forged' : row.id,
          reason: `column ${column} does not match the hashed body: the row was edited`,
          expected: want,
          found: value(row),
        },
        column,
      )
    }
  })

  it('raw bytes swapped and the hash and head computed again', async () => {
    const other = JSON.stringify(sampleReceipt(99))
    const { report, rows } = await reportOf(
      await edited((rows) => {
        const row = rows[2]!
        const hash = chainHash(row.prevHash, row.receivedAt, row.body, row.recipe, other)
        return `UPDATE receipts SET raw = '${other}', hash = '${hash}' WHERE seq = ${row.seq};
          UPDATE chain_heads SET hash = '${hash}';`
      }),
    )
    const row = rows[2]!
    assert.deepEqual(report.firstBreak, {
      site: row.site,
      seq: row.seq,
      id: row.id,
      reason: 'column raw does not match the hashed body: the row was edited',
      expected: row.body.slice(0, 64),
      found: other.slice(0, 64),
    })
    assert.notEqual(canonicalJson(JSON.parse(other)), row.body)
  })

  it('an erased receipt whose content was put back', async () => {
    const store = await sqlite!.open()
    const receipt = sampleReceipt(5)
    await store.append([{ receipt, receivedAt: AT }])
    const row = (await store.get(receipt.id))!
    await store.erase({ subject: receipt.subject, by: 'test', reason: 'test' }, AT)
    assert.deepEqual(await verifyChain(store), { ok: true, checked: 1, erased: 1 })
    await store.close()
    await sqlite!.tamper(
      `UPDATE receipts SET body = '${row.body}', raw = '${row.raw}', subject = '${row.subject}', method = '${row.method}', erased = NULL WHERE seq = ${row.seq}`,
    )
    const reopened = await sqlite!.reopen()
    try {
      assert.deepEqual(await verifyChain(reopened), {
        ok: false,
        checked: 1,
        firstBreak: {
          site: row.site,
          seq: row.seq,
          id: row.id,
          reason: 'an erasure record names this row, but its content is stored again',
          expected: 'erased',
          found: 'content',
        },
      })
    } finally {
      await reopened.close()
    }
  })
})
