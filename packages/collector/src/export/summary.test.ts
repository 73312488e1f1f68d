import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Receipt } from '@sekisho/receipts/schema'
import { collectorOn } from '../testing/collector.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const TOKEN = 'summary-export-token'
const SITE = 'https://www.example.jp'
const JST_DAY = { from: '2026-10-31T15:00:00.000Z', to: '2026-11-01T15:00:00.000Z' }

// Twelve receipts on 1 November 09:00 JST onwards, and three at the edges of that JST day: one just
// inside it that is still 31 October in UTC, one just after it that is still 1 November in UTC, one
// of another site.
const RECEIPTS: Receipt[] = [
  ...Array.from({ length: 12 }, (_, n) => sampleReceipt(n)),
  sampleReceipt(20, { timestamp: '2026-10-31T15:30:00.000Z' }),
  sampleReceipt(21, { timestamp: '2026-11-01T15:30:00.000Z' }),
  sampleReceipt(22, { site: 'https://shop.example.jp' }),
]

/** The counts the summary must give, worked out from the receipts themselves. */
function expected(site: string, from: string, to: string) {
  const inPeriod = RECEIPTS.filter((r) => r.site === site && r.timestamp >= from && r.timestamp < to)
  const byMethod: Record<string, number> = {}
  const purposes = new Map<string, { granted: number; total: number }>()
  const revisions: Record<string, number> = {}
  for (const r of inPeriod) {
    byMethod[r.method] = (byMethod[r.method] ?? 0) + 1
    revisions[r.policy.revision] = (revisions[r.policy.revision] ?? 0) + 1
    for (const p of r.purposes) {
      const c = purposes.get(p.id) ?? { granted: 0, total: 0 }
      c.total++
      if (p.granted) c.granted++
      purposes.set(p.id, c)
    }
  }
  return { total: inPeriod.length, byMethod, purposes, revisions }
}

for (const kind of await storeKinds()) {
  describe(`audit summary on ${kind.name}`, { skip: kind.skip }, () => {
    const running = collectorOn(kind, { tokens: [{ token: TOKEN, scope: 'export' }] })
    const get = async (query: string) => {
      if (!(await running.store.purposeIds()).length)
        await running.store.append(RECEIPTS.map((receipt) => ({ receipt, receivedAt: '2026-11-01T12:00:00.000Z' })))
      return fetch(`${running.base}/v1/summary?${query}`, { headers: { authorization: `Bearer ${TOKEN}` } })
    }

    it('counts a JST day of one site per method, purpose and revision, with the chain status (JSON, UTC)', async () => {
      const response = await get(`from=2026-11-01&to=2026-11-01&site=${encodeURIComponent(SITE)}`)
      assert.equal(response.status, 200)
      const summary = await response.json()
      const want = expected(SITE, JST_DAY.from, JST_DAY.to)
      // The JST day holds the receipt of 31 October 15:30 UTC and not the one of 1 November 15:30 UTC.
      assert.equal(want.total, 13)
      assert.equal(summary.total, want.total)
      assert.deepEqual(summary.period, JST_DAY)
      assert.equal(summary.site, SITE)
      assert.equal(summary.timeZone, 'Asia/Tokyo')
      assert.equal(summary.generatedAt, '2026-11-01T12:00:00.000Z')
      assert.deepEqual(summary.byMethod, want.byMethod)
      assert.deepEqual(
        Object.fromEntries(summary.purposes.map((p: { id: string; granted: number; total: number }) => [p.id, p])),
        Object.fromEntries(
          [...want.purposes].map(([id, c]) => [
            id,
            { id, ...c, rate: Math.round((c.granted / c.total) * 10_000) / 10_000 },
          ]),
        ),
      )
      assert.deepEqual(
        Object.fromEntries(summary.revisions.map((r: { revision: string; total: number }) => [r.revision, r.total])),
        want.revisions,
      )
      // The site's whole chain: 14 of its receipts (the other site's is not walked).
      assert.deepEqual(summary.chain, { ok: true, checked: 14 })
    })

    it('writes the same counts as a CSV with a BOM, its times and column names in the zone, and logs the access', async () => {
      const response = await get(`from=2026-11-01&to=2026-11-01&site=${encodeURIComponent(SITE)}&format=csv`)
      assert.equal(response.status, 200)
      assert.match(response.headers.get('content-type')!, /^text\/csv; charset=utf-8/)
      assert.match(response.headers.get('content-disposition')!, /attachment; filename="audit-summary-2026-11-01\.csv"/)
      const bytes = Buffer.from(await response.arrayBuffer())
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
      const lines = bytes.toString('utf8').slice(1).split('\r\n')
      const want = expected(SITE, JST_DAY.from, JST_DAY.to)
      assert.ok(lines.includes('期間開始 from (Asia/Tokyo),2026-11-01 00:00:00'), lines.join('\n'))
      assert.ok(
        lines.includes('期間終了 before (Asia/Tokyo),2026-11-02 00:00:00'),
        "lines.includes('期間終了 before (Asia/Tokyo),2026-11-02 00:00:00')",
      )
      assert.ok(
        lines.includes('作成日時 generated at (Asia/Tokyo),2026-11-01 21:00:00'),
        "lines.includes('作成日時 generated at (Asia/Tokyo),2026-11-01 21:00:00')",
      )
      assert.ok(lines.includes(`サイト site,${SITE}`), 'lines.includes(`サイト site,SITE`)')
      assert.ok(
        lines.includes('改ざん検知 hash chain,OK: 14 records verified'),
        "lines.includes('改ざん検知 hash chain,OK: 14 records verified')",
      )
      assert.ok(lines.includes(`同意記録 receipts,${want.total}`), 'lines.includes(`同意記録 receipts,want.total`)')
      assert.ok(
        lines.includes(
          '区分 section,項目 item,同意 granted,件数 total,同意率 rate,初回 first (Asia/Tokyo),最終 last (Asia/Tokyo)',
        ),
      )
      for (const [method, n] of Object.entries(want.byMethod))
        assert.ok(lines.includes(`method,${method},,${n},,,`), 'lines.includes(`method,method,,n,,,`)')
      for (const [id, c] of want.purposes)
        assert.ok(
          lines.some((l) => l.startsWith(`purpose,${id},${c.granted},${c.total},`)),
          id,
        )
      // The earliest receipt of revision 2026-11-01 in the period: 31 October 15:30 UTC, 00:30 in Tokyo.
      assert.ok(
        lines.some((l) => /^revision,2026-11-01,,\d+,,2026-11-01 00:30:00,/.test(l)),
        'lines.some((l) => /^revision,2026-11-01,,\\d+,,2026-11-01 00:30:00,/.test(l))',
      )
      const events = await running.store.events(10)
      assert.ok(
        events.some((e) => e.kind === 'access' && e.detail.what === 'export' && e.detail.format === 'summary-csv'),
      )
    })

    // Last: it breaks the chain for good.
    it('puts a broken chain first: its first break in the JSON, BROKEN in the CSV', async () => {
      await get('')
      const id = sampleReceipt(5).id
      const raw = (await running.store.get(id))!.raw!
      await kind.tamper(
        `UPDATE receipts SET raw = '${raw.replace('subj_00000005', 'subj_99999999').replaceAll("'", "''")}' WHERE id = '${id}'`,
      )
      const site = encodeURIComponent(SITE)
      const summary = await (await get(`site=${site}`)).json()
      // JSON is the default, and asking for it is the same (format is the summary's, not a receipt filter).
      assert.deepEqual(await (await get(`site=${site}&format=json`)).json(), summary)
      assert.equal(summary.chain.ok, false)
      assert.equal(summary.chain.firstBreak.id, id)
      const csv = await (await get(`site=${site}&format=csv`)).text()
      assert.match(
        csv,
        new RegExp(
          `\r\n改ざん検知 hash chain,BROKEN: \\d+ records checked; first break at ${SITE} #\\d+ \\(${id}\\): `,
        ),
      )
    })

    it('refuses a bad period or format, naming the parameter', async () => {
      const bad = await get('format=xlsx&from=yesterday')
      assert.equal(bad.status, 400)
      const { errors } = await bad.json()
      assert.deepEqual(errors.map((e: { path: string }) => e.path).sort(), ['format', 'from'])
    })
  })
}
