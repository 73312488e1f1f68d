import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { validateReceipt } from '@sekisho/receipts/schema'
import { CONSOLE_CSP } from '@sekisho/console'
import { createCollector, type Collector } from '../index.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'
import { zoned } from '../export/site.ts'

const SITE = 'https://www.example.jp'
const EXPORT = 'export-token-for-tests'
const ADMIN = 'admin-token-for-tests'

for (const kind of await storeKinds()) {
  describe(`collector HTTP on ${kind.name}`, { skip: kind.skip }, () => {
    let store: ReceiptStore
    let collector: Collector
    let base = ''
    let clock = Date.parse('2026-11-27T10:00:00.000Z')
    const logs: Array<Record<string, unknown>> = []
    before(async () => {
      store = await kind.open()
      collector = createCollector({
        store,
        port: 0,
        allowedOrigins: [SITE],
        rateLimit: { perSecond: 1000, burst: 1000 },
        tokens: [
          { token: EXPORT, scope: 'export' },
          { token: ADMIN, scope: 'admin' },
        ],
        bodyLimit: 64 * 1024,
        maxBatch: 50,
        services: { 'google-analytics': { recipient: 'Google LLC', data: ['cookie id', 'page URL'] } },
        log: (entry) => void logs.push(entry),
        now: () => clock,
      })
      base = await collector.listen()
    })
    after(async () => {
      await collector.close()
      await store.close()
      await kind.cleanup()
    })
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

    it('answers /healthz on 127.0.0.1 and ran the retention purge at start, logged', async () => {
      assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/)
      const res = await fetch(`${base}/healthz`)
      assert.deepEqual([res.status, await res.json()], [200, { ok: true }])
      assert.equal(logs[0]?.event, 'purge')
      assert.equal(logs[0]?.cutoff, '2021-11-26T10:00:00.000Z')
    })

    it('accepts a valid receipt with 202 and names the bad field of an invalid one', async () => {
      const ok = await post(sampleReceipt(1))
      assert.equal(ok.status, 202)
      // Its wording is not kept yet: the answer asks for it.
      assert.deepEqual(await ok.json(), {
        accepted: [sampleReceipt(1).id],
        rejected: [],
        duplicates: [],
        textsMissing: ['a'.repeat(64)],
      })
      const bad = await post({ ...sampleReceipt(2), method: 'maybe' })
      assert.equal(bad.status, 400)
      const body = (await bad.json()) as { error: string; rejected: unknown[]; accepted: unknown[] }
      assert.match(body.error, /^\[0\] method: expected one of/)
      assert.deepEqual(body.accepted, [])
      assert.deepEqual(body.rejected, [
        {
          index: 0,
          id: sampleReceipt(2).id,
          errors: [
            {
              path: 'method',
              message: 'expected one of accept-all, reject-all, custom, withdraw, gpc, api, got "maybe"',
            },
          ],
        },
      ])
    })

    it('stores the good receipts of a partial batch and says which were rejected', async () => {
      const broken = sampleReceipt(11) as unknown as Record<string, unknown>
      broken.purposes = [{ id: 'analytics', granted: 'yes' }]
      const res = await post([sampleReceipt(10), broken, sampleReceipt(12)])
      assert.equal(res.status, 202)
      const body = (await res.json()) as {
        accepted: string[]
        rejected: Array<{ index: number; id: string; errors: Array<{ path: string }> }>
      }
      assert.deepEqual(body.accepted, [sampleReceipt(10).id, sampleReceipt(12).id])
      assert.deepEqual(
        body.rejected.map((r) => [r.index, r.id, r.errors[0]!.path]),
        [[1, sampleReceipt(11).id, 'purposes[0].granted']],
      )
      assert.ok(await store.get(sampleReceipt(12).id), 'await store.get(sampleReceipt(12).id)')
      assert.equal(await store.get(sampleReceipt(11).id), undefined)
    })

    it('is idempotent by id, also under concurrent redelivery', async () => {
      const batch = Array.from({ length: 20 }, (_, i) => sampleReceipt(100 + i))
      const results = await Promise.all(
        Array.from({ length: 12 }, () =>
          post(batch).then((r) => r.json() as Promise<{ accepted: string[]; duplicates: string[] }>),
        ),
      )
      for (const r of results) assert.equal(r.accepted.length, 20)
      assert.equal(
        results.reduce((n, r) => n + r.duplicates.length, 0),
        20 * 11,
        'exactly one request stored each receipt',
      )
      let stored = 0
      for await (const row of store.rows({ from: sampleReceipt(100).timestamp, to: sampleReceipt(120).timestamp }))
        stored += row.id.startsWith('r_test_00000') ? 1 : 0
      assert.equal(stored, 20)
      const stats = (await (await fetch(`${base}/v1/stats`, auth(EXPORT))).json()) as { chain: { ok: boolean } }
      assert.equal(stats.chain.ok, true)
    })

    it('accepts sendBeacon bodies (text/plain) and refuses other content types', async () => {
      const beacon = await post(JSON.stringify(sampleReceipt(20)), { 'content-type': 'text/plain;charset=UTF-8' })
      assert.equal(beacon.status, 202)
      const form = await post('a=b', { 'content-type': 'application/x-www-form-urlencoded' })
      assert.equal(form.status, 415)
    })

    it('allows only listed origins, and a browser may only send receipts of its own origin', async () => {
      const res = await fetch(`${base}/v1/receipts`, {
        method: 'OPTIONS',
        headers: { origin: SITE, 'access-control-request-method': 'POST' },
      })
      assert.equal(res.status, 204)
      assert.equal(res.headers.get('access-control-allow-origin'), SITE)
      const other = await fetch(`${base}/v1/receipts`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example' },
      })
      assert.equal(other.headers.get('access-control-allow-origin'), null)
      assert.equal((await post(sampleReceipt(21), { origin: 'https://evil.example' })).status, 403)
      const ok = await post(sampleReceipt(22), { origin: SITE })
      assert.equal(ok.status, 202)
      assert.equal(ok.headers.get('access-control-allow-origin'), SITE)
      const foreign = await post(sampleReceipt(23, { site: 'https://shop.example.jp' }), { origin: SITE })
      assert.equal(foreign.status, 400)
      assert.match(((await foreign.json()) as { error: string }).error, /site: expected the sending page's origin/)
    })

    it('answers 413 above the body limit or the batch size, 400 for bad JSON and an empty batch', async () => {
      assert.equal((await post('x'.repeat(65 * 1024))).status, 413)
      assert.equal((await post(Array.from({ length: 51 }, (_, i) => sampleReceipt(300 + i)))).status, 413)
      assert.equal((await post('{"id":')).status, 400)
      assert.equal((await post([])).status, 400)
    })

    it('limits each client with 429 and Retry-After', async () => {
      const limited = createCollector({
        store,
        port: 0,
        rateLimit: { perSecond: 1, burst: 2 },
        retentionDays: false,
        now: () => clock,
      })
      const url = await limited.listen()
      try {
        const send = () => fetch(`${url}/v1/receipts`, { method: 'POST', body: JSON.stringify(sampleReceipt(400)) })
        assert.deepEqual([(await send()).status, (await send()).status], [202, 202])
        const third = await send()
        assert.equal(third.status, 429)
        assert.equal(third.headers.get('retry-after'), '1')
        clock += 1000
        assert.equal((await send()).status, 202)
      } finally {
        await limited.close()
      }
    })

    it('guards reads with bearer tokens; admin creates tokens it stores only as hashes', async () => {
      assert.equal((await fetch(`${base}/v1/export`)).status, 401)
      assert.equal((await fetch(`${base}/v1/export`, auth('wrong'))).status, 401)
      assert.equal((await fetch(`${base}/v1/admin/tokens`, auth(EXPORT))).status, 403)
      const created = await fetch(`${base}/v1/admin/tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}` },
        body: JSON.stringify({ scope: 'export', label: 'dpo' }),
      })
      assert.equal(created.status, 201)
      const { id, token } = (await created.json()) as { id: string; token: string }
      assert.match(token, /^sk_/)
      assert.equal((await fetch(`${base}/v1/receipts/${sampleReceipt(1).id}`, auth(token))).status, 200)
      const stored = await store.tokens()
      assert.equal(stored.length, 1)
      assert.ok(!JSON.stringify(stored).includes(token), '!JSON.stringify(stored).includes(token)')
      assert.equal((await fetch(`${base}/v1/admin/tokens/${id}`, { method: 'DELETE', ...auth(ADMIN) })).status, 204)
      assert.equal((await fetch(`${base}/v1/export`, auth(token))).status, 401)
    })

    it('purges on the admin route with the configured retention, and logs it', async () => {
      const before = logs.length
      const res = await fetch(`${base}/v1/admin/purge`, { method: 'POST', ...auth(ADMIN) })
      assert.equal(res.status, 200)
      const answer = await res.json()
      assert.deepEqual(
        { ...answer, prev: undefined, hash: undefined },
        {
          cutoff: '2021-11-26T10:00:01.000Z',
          deleted: 0,
          anchors: {},
          reason: 'retention',
          prev: undefined,
          hash: undefined,
        },
      )
      assert.match(answer.hash, /^[0-9a-f]{64}$/)
      assert.equal(logs.length, before + 1)
      const events = (await (await fetch(`${base}/v1/admin/events`, auth(ADMIN))).json()) as Array<{ kind: string }>
      assert.deepEqual(
        events.slice(0, 1).map((e) => e.kind),
        ['purge'],
      )
      assert.ok(
        events.some((e) => e.kind === 'token-created'),
        "events.some((e) => e.kind === 'token-created')",
      )
      assert.equal((await fetch(`${base}/v1/admin/purge`, { method: 'POST', ...auth(EXPORT) })).status, 403)
    })

    it('returns one receipt by id with its chain position', async () => {
      const res = await fetch(`${base}/v1/receipts/${sampleReceipt(1).id}`, auth(EXPORT))
      const body = (await res.json()) as { receipt: unknown; hash: string; receivedAt: string }
      assert.deepEqual(body.receipt, sampleReceipt(1))
      assert.match(body.hash, /^[0-9a-f]{64}$/)
      assert.equal((await fetch(`${base}/v1/receipts/r_missing_000`, auth(EXPORT))).status, 404)
    })

    it('exports CSV with a BOM and Japanese text intact, one column per purpose', async () => {
      await post(
        sampleReceipt(500, {
          policy: { revision: '改定2026年11月', language: 'ja' },
          purposes: [{ id: 'affiliate', granted: true }],
        }),
      )
      // With a BOM unless asked not to.
      const plain = await fetch(`${base}/v1/export?format=csv&bom=0&purpose=affiliate`, auth(EXPORT))
      assert.ok((await plain.text()).startsWith('id,'), "(await plain.text()).startsWith('id,')")
      const res = await fetch(`${base}/v1/export?format=csv&purpose=affiliate`, auth(EXPORT))
      assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8')
      assert.match(res.headers.get('content-disposition')!, /attachment; filename="receipts-2026-11-27\.csv"/)
      const bytes = Buffer.from(await res.arrayBuffer())
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
      const lines = bytes.toString('utf8').slice(1).split('\r\n')
      assert.equal(lines.length, 3)
      assert.match(
        lines[0]!,
        /^id,timestamp \(Asia\/Tokyo\),received_at \(Asia\/Tokyo\),site,subject,method,.*,purpose:necessary,purpose:analytics,purpose:advertising,purpose:affiliate$/,
      )
      assert.match(lines[1]!, /^r_test_00000500,.*,改定2026年11月,.*,,,,granted$/)
      // Both times in the collector's zone, as the APPI record and the audit summary write them:
      // decided 08:20 UTC, received at the collector's clock (the test's `now`).
      const received = zoned(new Date(clock).toISOString(), 'Asia/Tokyo').join(' ')
      assert.ok(lines[1]!.startsWith(`r_test_00000500,2026-11-01 17:20:00,${received},`), lines[1])
    })

    it('exports JSON Lines, Kantara v1.1 and the APPI confirmation record, filtered', async () => {
      const q = `from=${sampleReceipt(10).timestamp}&to=${sampleReceipt(13).timestamp}`
      const jsonl = await (await fetch(`${base}/v1/export?format=jsonl&${q}`, auth(EXPORT))).text()
      const lines = jsonl
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      assert.deepEqual(
        lines.map((l) => l.receipt.id),
        [sampleReceipt(10).id, sampleReceipt(12).id],
      )
      for (const l of lines) assert.equal(validateReceipt(l.receipt).ok, true)
      const kantara = (await (
        await fetch(`${base}/v1/export?format=kantara&method=accept-all&${q}`, auth(EXPORT))
      ).json()) as Array<Record<string, any>>
      assert.equal(kantara.length, 1)
      assert.equal(kantara[0]!.version, 'KI-CR-v1.1.0')
      assert.equal(kantara[0]!.consentReceiptID, sampleReceipt(12).id)
      assert.equal(kantara[0]!.consentTimestamp, Date.parse(sampleReceipt(12).timestamp) / 1000)
      assert.deepEqual(kantara[0]!.piiControllers, [
        {
          piiController: SITE,
          onBehalf: false,
          contact: '未登録 not declared',
          address: '未登録 not declared',
          email: '未登録 not declared',
          phone: '未登録 not declared',
          piiControllerUrl: SITE,
        },
      ])
      assert.equal(kantara[0]!.services[0].purposes[0].purposeCategory[0], 'dpv:ServiceOptimisation')
      assert.deepEqual(
        kantara[0]!.services[0].purposes.map((p: { purpose: string }) => p.purpose),
        ['analytics', 'advertising'],
      )
      const appi = await (await fetch(`${base}/v1/export?format=appi&${q}`, auth(EXPORT))).text()
      const rows = appi.trim().split('\r\n')
      assert.match(rows[0]!, /^提供年月日 date of provision \(Asia\/Tokyo\),/)
      assert.equal(
        rows.length,
        3,
        'receipt 12 (accept-all) granted two services; receipt 10 (reject-all... custom) none',
      )
      assert.match(
        rows[1]!,
        /^2026-11-01,09:12:00,Google LLC,未登録 not declared,未登録 not declared,google-analytics,cookie id \/ page URL,/,
      )
      const empty = await (await fetch(`${base}/v1/export?format=kantara&subject=nobody_xxx`, auth(EXPORT))).json()
      assert.deepEqual(empty, [])
    })

    it('names the bad query parameter', async () => {
      const res = await fetch(`${base}/v1/export?format=xml&from=yesterday`, auth(EXPORT))
      assert.equal(res.status, 400)
      assert.deepEqual(
        ((await res.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path),
        ['format', 'from'],
      )
    })

    it('reports stats by day, method, purpose and revision with the chain check', async () => {
      const stats = (await (
        await fetch(`${base}/v1/stats?site=${encodeURIComponent(SITE)}`, auth(EXPORT))
      ).json()) as Record<string, any>
      assert.equal(
        stats.total,
        stats.byDay.reduce((n: number, d: { total: number }) => n + d.total, 0),
      )
      assert.equal(
        stats.total,
        Object.values(stats.byMethod as Record<string, number>).reduce((a, b) => a + b, 0),
      )
      const necessary = stats.purposes.find((p: { id: string }) => p.id === 'necessary')
      assert.equal(necessary.rate, 1)
      assert.deepEqual(stats.revisions.map((r: { revision: string }) => r.revision).sort(), [
        '2026-10-01',
        '2026-11-01',
        '改定2026年11月',
      ])
      assert.deepEqual(stats.chain, { ok: true, checked: stats.total })
      // The site filter holds: another site has no receipts here.
      const other = (await (
        await fetch(`${base}/v1/stats?site=${encodeURIComponent('https://other.example.jp')}`, auth(EXPORT))
      ).json()) as Record<string, any>
      assert.deepEqual([stats.total > 0, other.total], [true, 0])
      // Parameters stats do not take are ignored, not refused.
      const ignoring = await fetch(`${base}/v1/stats?site=${encodeURIComponent(SITE)}&format=xml`, auth(EXPORT))
      assert.deepEqual([ignoring.status, ((await ignoring.json()) as Record<string, any>).total], [200, stats.total])
    })

    it("reads a date without a time as a day in the collector's zone (Asia/Tokyo), in exports and stats", async () => {
      // 23:30 on 3 November and 00:30 on 4 November in Tokyo: one UTC day, two Tokyo days.
      const late = sampleReceipt(9001, { timestamp: '2026-11-03T14:30:00.000Z' })
      const next = sampleReceipt(9002, { timestamp: '2026-11-03T15:30:00.000Z' })
      assert.equal((await post([late, next])).status, 202)
      const ids = async (q: string) =>
        (await (await fetch(`${base}/v1/export?format=jsonl&${q}`, auth(EXPORT))).text())
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line).receipt.id)
      assert.deepEqual(await ids('from=2026-11-03&to=2026-11-03'), [late.id])
      assert.deepEqual(await ids('from=2026-11-04&to=2026-11-04'), [next.id])
      // An exact time is exact, whatever the zone.
      assert.deepEqual(await ids('from=2026-11-03T15:00:00Z&to=2026-11-04T00:00:00Z'), [next.id])
      const stats = (await (await fetch(`${base}/v1/stats?from=2026-11-04&to=2026-11-04`, auth(EXPORT))).json()) as {
        total: number
      }
      assert.equal(stats.total, 1)
    })

    it('serves the privacy managers page shell (or says the console is not built)', async () => {
      const res = await fetch(`${base}/`)
      assert.equal(res.status, 200)
      const html = await res.text()
      // The shell @sekisho/console's script mounts into (#app), under the console's strict policy.
      assert.equal(res.headers.get('content-security-policy'), CONSOLE_CSP)
      assert.ok(
        (html.includes('<div id="app">') && html.includes('src="/console.js"')) || html.includes('is not built'),
      )
    })
  })
}
