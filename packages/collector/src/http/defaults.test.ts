// The receipt door with the collector's defaults: body size, batch size and time window as documented,
// the body read as strict UTF-8, content types, CORS preflights, and the client address behind a proxy.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createCollector, type CollectorOptions } from '../index.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import type { ReceiptStore } from '../store/store.ts'
import { errorOf, rawRequest } from '../testing/request.ts'
import { sampleReceipt } from '../testing/sample.ts'

const SITE = 'https://www.example.jp'
const NOW = Date.parse('2026-11-27T10:00:00.000Z')
const DAY = 86_400_000

const send = rawRequest
const error = errorOf

async function collectorOn(options: CollectorOptions) {
  const store = openSqliteStore(':memory:')
  const collector = createCollector({ store, port: 0, retentionDays: false, log: () => {}, now: () => NOW, ...options })
  const base = await collector.listen()
  return { store, base, close: async () => (await collector.close(), await store.close()) }
}

describe('the receipt door with its defaults', () => {
  let store: ReceiptStore
  let base = ''
  let close: () => Promise<void>
  before(async () => {
    ;({ store, base, close } = await collectorOn({ allowedOrigins: [SITE], rateLimit: false }))
  })
  after(() => close())
  let n = 0
  const post = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    send(base, 'POST', '/v1/receipts', { ...headers }, [Buffer.from(body)])

  it('takes receipts from 400 days before its clock to 1440 minutes after, to the millisecond', async () => {
    const at = (ms: number) => sampleReceipt(++n, { timestamp: new Date(NOW + ms).toISOString() })
    assert.equal((await post(JSON.stringify(at(-400 * DAY)))).status, 202)
    assert.equal((await post(JSON.stringify(at(1440 * 60_000)))).status, 202)
    const between = `between ${new Date(NOW - 400 * DAY).toISOString()} and ${new Date(NOW + DAY).toISOString()}`
    for (const ms of [-400 * DAY - 1, DAY + 1]) {
      const res = await post(JSON.stringify(at(ms)))
      assert.equal(res.status, 400)
      assert.ok(error(res).includes(between), error(res))
    }
  })

  it('takes bodies up to 262144 bytes, declared or chunked, and 500 receipts', async () => {
    const receipt = JSON.stringify(sampleReceipt(++n))
    const full = Buffer.from(receipt.padEnd(262_144, ' '))
    assert.equal((await post(full)).status, 202)
    const over = Buffer.concat([full, Buffer.from(' ')])
    for (const res of [
      await post(over),
      await send(base, 'POST', '/v1/receipts', { 'transfer-encoding': 'chunked' }, [full, Buffer.from(' ')]),
    ])
      assert.deepEqual([res.status, error(res)], [413, 'body: at most 262144 bytes'])
    assert.equal((await send(base, 'POST', '/v1/receipts', { 'transfer-encoding': 'chunked' }, [full])).status, 202)
    // A declared length is believed up to the limit, and one over it is refused before any byte is read
    // (nothing follows these headers: a collector that waited for the body would answer 408 at 30 s).
    const declared = (length: number, chunks: Buffer[]) =>
      send(base, 'POST', '/v1/receipts', { 'content-length': String(length) }, chunks)
    assert.equal((await declared(262_144, [full])).status, 202)
    const early = await declared(262_145, [])
    assert.deepEqual([early.status, error(early)], [413, 'body: at most 262144 bytes'])
    const empties = (count: number) => post(`[${Array(count).fill('{}').join(',')}]`)
    const many = await empties(501)
    assert.deepEqual([many.status, error(many)], [413, 'body: at most 500 receipts per request, got 501'])
    assert.equal((await empties(500)).status, 400)
  })

  it('reads the body as strict UTF-8 without a leading BOM, as JSON or text/plain, JSON by default', async () => {
    const bad = await post(Buffer.from([0x5b, 0xff, 0x5d]))
    assert.deepEqual([bad.status, error(bad)], [400, 'body: not valid UTF-8'])
    const receipt = JSON.stringify(sampleReceipt(++n))
    assert.equal((await post(`\uFEFF${receipt}`)).status, 202)
    assert.equal((await store.get(sampleReceipt(n).id))?.raw, receipt)
    assert.equal((await post(JSON.stringify(sampleReceipt(++n)), {})).status, 202, 'no content-type')
    for (const type of ['text/plain;charset=UTF-8', ' Application/JSON ; charset=utf-8'])
      assert.equal((await post(JSON.stringify(sampleReceipt(++n)), { 'content-type': type })).status, 202, type)
    const form = await post('a=1', { 'content-type': 'application/x-www-form-urlencoded' })
    assert.deepEqual([form.status, error(form)], [415, 'content-type: expected application/json or text/plain'])
    const get = await send(base, 'GET', '/v1/receipts', {})
    assert.deepEqual([get.status, error(get)], [405, 'method: expected POST'])
  })

  it('answers preflights of allowed origins only, and refuses the others by name', async () => {
    const preflight = async (path: string, origin: string) =>
      (await send(base, 'OPTIONS', path, { origin, 'access-control-request-method': 'POST' })).headers
    const cors = (methods: string) => ({
      'access-control-allow-origin': SITE,
      vary: 'origin',
      'access-control-allow-methods': methods,
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '86400',
      'access-control-expose-headers': 'retry-after',
    })
    const picked = (headers: Record<string, unknown>) =>
      Object.fromEntries(Object.keys(cors('')).map((k) => [k, headers[k]]))
    assert.deepEqual(picked(await preflight('/v1/receipts', SITE)), cors('POST, OPTIONS'))
    assert.deepEqual(picked(await preflight(`/v1/texts/${'a'.repeat(64)}`, SITE)), cors('PUT, GET, HEAD, OPTIONS'))
    const stranger = `https://${'x'.repeat(250)}.example`
    const refused = await send(base, 'POST', '/v1/receipts', { origin: stranger }, [Buffer.from('{}')])
    assert.equal(refused.headers['access-control-allow-origin'], undefined)
    assert.deepEqual(
      [refused.status, error(refused)],
      [403, `origin: ${stranger.slice(0, 200)} is not allowed to send receipts`],
    )
    const text = await send(base, 'PUT', `/v1/texts/${'a'.repeat(64)}`, { origin: stranger }, [Buffer.from('x')])
    assert.deepEqual(
      [text.status, error(text)],
      [403, `origin: ${stranger.slice(0, 200)} is not allowed to send wordings`],
    )
  })
})

describe('the client address', () => {
  it('is the first X-Forwarded-For entry behind a trusted proxy, else the socket address', async () => {
    for (const trustProxy of [true, false]) {
      const { base, close } = await collectorOn({ trustProxy, rateLimit: { perSecond: 0.001, burst: 1 } })
      try {
        const from = async (forwarded: string) =>
          (
            await send(base, 'PUT', `/v1/texts/${'a'.repeat(64)}`, {
              'x-forwarded-for': forwarded,
              'content-type': 'application/json',
            })
          ).status
        // 415 (a wording is text/plain): the request got past the rate limit.
        assert.equal(await from('192.0.2.1, 10.0.0.1'), 415)
        assert.equal(await from(' 192.0.2.2 , 10.0.0.1'), trustProxy ? 415 : 429)
        assert.equal(await from('192.0.2.1, 10.0.0.2'), 429)
        // Spaces around the entry make no new client.
        assert.equal(await from(' 192.0.2.1 ,10.0.0.3'), 429)
        // The refusal says when to come back, on the wording route as on every other /v1 route.
        const limited = (res: { status: number; headers: Record<string, unknown>; body: string }) => [
          res.status,
          error(res),
          res.headers['retry-after'],
        ]
        const again = await send(base, 'PUT', `/v1/texts/${'a'.repeat(64)}`, { 'x-forwarded-for': '192.0.2.1' })
        assert.deepEqual(limited(again), [429, 'rate limit: retry after 1000 s', '1000'])
        const read = await send(base, 'GET', '/v1/export', { 'x-forwarded-for': '192.0.2.1' })
        assert.deepEqual(limited(read), [429, 'rate limit: retry after 1000 s', '1000'])
      } finally {
        await close()
      }
    }
  })
})

describe('the base URL', () => {
  it('puts an IPv6 address in brackets', async (t) => {
    const { base, close } = await collectorOn({ host: '::1' }).catch((error: Error) => ({ base: '', close: error }))
    if (typeof close !== 'function') return void t.skip(`no IPv6 loopback here: ${close.message}`)
    try {
      assert.match(base, /^http:\/\/\[::1\]:\d+$/)
      assert.equal((await fetch(`${base}/healthz`)).status, 200)
    } finally {
      await close()
    }
  })
})
