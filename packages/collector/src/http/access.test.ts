// Who may write for a site, and how the door holds against slow, fast and inconsistent senders.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { createCollector, type Collector } from '../index.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { redact } from '../store/open.ts'
import { sampleReceipt } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'

const SITE = 'https://www.example.jp'
const SHOP = 'https://shop.example.jp'
const SHOP_TOKEN = 'shop-server-token-for-tests'
const EXPORT = 'export-token-for-access-tests'

describe('who may write for a site', () => {
  let store: ReceiptStore
  let collector: Collector
  let base = ''
  const logs: Array<Record<string, unknown>> = []
  before(async () => {
    store = openSqliteStore(':memory:')
    collector = createCollector({
      store,
      port: 0,
      retentionDays: false,
      sites: { [SITE]: { origins: [SITE, 'https://example.jp'] }, [SHOP]: { tokens: [SHOP_TOKEN] } },
      rateLimit: { perSecond: 1000, burst: 1000 },
      siteRateLimit: { perSecond: 1, burst: 30 },
      tokens: [{ token: EXPORT, scope: 'export' }],
      now: () => Date.parse('2026-11-01T12:00:00.000Z'),
      log: (entry) => void logs.push(entry),
    })
    base = await collector.listen()
  })
  after(async () => {
    await collector.close()
    await store.close()
  })
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/v1/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  const error = async (res: Response) => ((await res.json()) as { error: string }).error

  it('without Origin, stores only configured sites; a site with tokens needs its own token', async () => {
    const stranger = await post(sampleReceipt(1, { site: 'https://evil.example' }))
    assert.equal(stranger.status, 400)
    assert.match(await error(stranger), /^\[0\] site: expected a configured site/)
    assert.equal((await post(sampleReceipt(2))).status, 202, 'a configured site without tokens')
    const noToken = await post(sampleReceipt(3, { site: SHOP }))
    assert.equal(noToken.status, 400)
    assert.match(await error(noToken), /only with its token/)
    const withToken = await post(sampleReceipt(4, { site: SHOP }), { authorization: `Bearer ${SHOP_TOKEN}` })
    assert.equal(withToken.status, 202)
    const otherSite = await post(sampleReceipt(5), { authorization: `Bearer ${SHOP_TOKEN}` })
    assert.equal(otherSite.status, 400)
    assert.match(await error(otherSite), /the site of the presented token/)
    assert.equal((await post(sampleReceipt(6, { site: SHOP }), { authorization: 'Bearer guess' })).status, 400)
  })

  it('a site may list several page origins; browsers can read Retry-After', async () => {
    const res = await post(sampleReceipt(7), { origin: 'https://example.jp' })
    assert.equal(res.status, 202)
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://example.jp')
    assert.equal(res.headers.get('access-control-expose-headers'), 'retry-after')
    assert.equal((await post(sampleReceipt(8, { site: SHOP }), { origin: 'https://example.jp' })).status, 400)
  })

  it('refuses receipt times outside the window around its clock, naming the field', async () => {
    for (const timestamp of ['1970-01-01T00:00:00.000Z', '2027-11-01T00:00:00.000Z']) {
      const res = await post(sampleReceipt(9, { timestamp }))
      assert.equal(res.status, 400)
      assert.match(await error(res), /^\[0\] timestamp: expected a time between/)
    }
  })

  it('answers the same id with other content 409 and logs it; an exact redelivery is a duplicate', async () => {
    assert.equal((await post(sampleReceipt(10))).status, 202)
    const again = await post(sampleReceipt(10))
    assert.deepEqual(((await again.json()) as { duplicates: string[] }).duplicates, [sampleReceipt(10).id])
    const changed = await post({ ...sampleReceipt(10), method: 'accept-all' })
    assert.equal(changed.status, 409)
    assert.match(await error(changed), /^\[0\] id: already stored with different content/)
    assert.deepEqual(logs.find((l) => l.event === 'conflicting-duplicate')?.ids, [sampleReceipt(10).id])
    const mixed = await post([sampleReceipt(11), { ...sampleReceipt(10), method: 'withdraw' }])
    assert.equal(mixed.status, 202)
    const body = (await mixed.json()) as { accepted: string[]; rejected: Array<{ index: number }> }
    assert.deepEqual([body.accepted, body.rejected.map((r) => r.index)], [[sampleReceipt(11).id], [1]])
  })

  it('logs each export and receipt lookup: which token, when, what filter; a refused one is no access', async () => {
    assert.equal((await post(sampleReceipt(20))).status, 202)
    const read = (path: string, token = EXPORT) => fetch(base + path, { headers: { authorization: `Bearer ${token}` } })
    const since = (await store.events(1000)).length
    const lookup = await read(`/v1/receipts/${sampleReceipt(20).id}`)
    const found = (await lookup.json()) as { seq: number; receipt: { id: string } }
    assert.deepEqual([lookup.status, found.receipt.id, Number.isInteger(found.seq)], [200, sampleReceipt(20).id, true])
    assert.equal(
      (await read(`/v1/export?format=jsonl&subject=${sampleReceipt(20).subject}&from=2026-10-01`)).status,
      200,
    )
    assert.equal((await read(`/v1/export?format=csv`, 'not-a-token')).status, 401)
    const access = (await store.events(1000)).slice(0, -since || undefined).filter((e) => e.kind === 'access')
    const by = access[0]?.detail.by
    assert.match(String(by), /^tok_[0-9a-f]{12}$/)
    assert.deepEqual(
      access.map((e) => e.detail).sort((a, b) => String(a.what).localeCompare(String(b.what))),
      [
        {
          by,
          what: 'export',
          format: 'jsonl',
          // 1 October as the collector's zone (Asia/Tokyo) reads the date.
          filter: { subject: sampleReceipt(20).subject, from: '2026-09-30T15:00:00.000Z' },
        },
        { by, what: 'lookup', id: sampleReceipt(20).id },
      ],
    )
  })

  it('answers HEAD like GET', async () => {
    const health = await fetch(`${base}/healthz`, { method: 'HEAD' })
    assert.deepEqual([health.status, await health.text()], [200, ''])
    const exported = await fetch(`${base}/v1/export?format=csv`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${EXPORT}` },
    })
    assert.equal(exported.status, 200)
    assert.match(exported.headers.get('content-type') ?? '', /^text\/csv/)
  })

  it('cuts off a client that sends its headers too slowly (slowloris)', async (t) => {
    // Tight timeouts on a collector of its own: on a busy machine they would cut off the other
    // tests' ordinary requests too (one answered 408 in CI).
    const strict = createCollector({
      store,
      port: 0,
      retentionDays: false,
      timeouts: { headersMs: 300, requestMs: 600 },
      log: () => {},
    })
    const url = await strict.listen()
    t.after(() => strict.close())
    const socket = connect(Number(new URL(url).port), '127.0.0.1')
    socket.write('POST /v1/receipts HTTP/1.1\r\nHost: x\r\n')
    const started = Date.now()
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk))
    await new Promise((resolve) => socket.once('close', resolve))
    assert.ok(Date.now() - started < 5000, `closed after ${Date.now() - started} ms`)
    assert.match(answer, /^HTTP\/1\.1 408/)
  })

  it('limits receipts per site with 429 and Retry-After, whatever the client address', async () => {
    const statuses: number[] = []
    let retry: string | null = null
    for (let i = 0; i < 40; i++) {
      const res = await post(sampleReceipt(100 + i), { origin: SITE })
      statuses.push(res.status)
      if (res.status === 429) retry ??= res.headers.get('retry-after')
    }
    assert.ok(statuses.includes(429), `statuses ${statuses}`)
    assert.equal(retry, '1')
  })
})

describe('secrets in messages', () => {
  it('redacts the password (and query) of connection strings', () => {
    assert.equal(
      redact('cannot open postgres://app:s3cret@db.example:5432/receipts?sslpassword=x: refused'),
      'cannot open postgres://app:***@db.example:5432/receipts?*** refused',
    )
    assert.equal(redact('postgresql://app@db/x'), 'postgresql://app@db/x')
    assert.equal(redact('.data/receipts.sqlite'), '.data/receipts.sqlite')
  })
})
