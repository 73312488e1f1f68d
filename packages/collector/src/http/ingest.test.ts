// The door's rules as a sender (honest or not) meets them over HTTP: the time window and the batch size
// are bounds that hold to the millisecond and the receipt, nesting is counted outside strings only, a
// rejection names the item (and its id only when it is a plausible one), a batch waits for the most
// limited of its sites, and the answer asks for each missing wording once.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { EMPTY_TEXT_HASH, type Receipt } from '@sekisho/receipts/schema'
import { collectorOn } from '../testing/collector.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const NOW = Date.parse('2026-11-01T12:00:00.000Z')
const DAY = 86_400_000
const SITE = 'https://www.example.jp'
const SHOP = 'https://shop.example.jp'

interface Answer {
  accepted: string[]
  rejected: Array<{ index: number; id?: string; errors: Array<{ path: string; message: string }> }>
  duplicates: string[]
  error?: string
  textsMissing?: string[]
}

// One SQLite kind per suite: each suite's cleanup removes its own directory.
const [requests, limits] = [(await storeKinds())[0]!, (await storeKinds())[0]!]

describe('what the collector takes in one request', () => {
  const logs: Array<Record<string, unknown>> = []
  const running = collectorOn(requests, {
    maxBatch: 5,
    sites: { [SITE]: {}, [SHOP]: {} },
    log: (entry) => void logs.push(entry),
  })
  let n = 1000
  const receipt = (overrides: Partial<Receipt> = {}) => sampleReceipt(n++, overrides)
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${running.base}/v1/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as Answer, retryAfter: res.headers.get('retry-after') }
  }
  const at = (ms: number) => new Date(ms).toISOString()

  it('accepts receipt times from 400 days before its clock to 1440 minutes after, both ends included', async () => {
    const earliest = NOW - 400 * DAY
    const latest = NOW + 1440 * 60_000
    for (const time of [earliest, latest]) assert.equal((await post(receipt({ timestamp: at(time) }))).status, 202)
    for (const time of [earliest - 1, latest + 1]) {
      const answer = await post(receipt({ timestamp: at(time) }))
      assert.equal(answer.status, 400)
      assert.deepEqual(answer.body.rejected[0]!.errors, [
        {
          path: 'timestamp',
          message: `expected a time between ${at(earliest)} and ${at(latest)} (the collector's clock), got ${at(time)}`,
        },
      ])
    }
  })

  it('takes up to maxBatch receipts in one body, and refuses one more with 413 saying both numbers', async () => {
    const five = Array.from({ length: 5 }, () => receipt())
    const ok = await post(five)
    assert.equal(ok.status, 202)
    assert.deepEqual(
      ok.body.accepted,
      five.map((r) => r.id),
    )
    const six = await post(Array.from({ length: 6 }, () => receipt()))
    assert.deepEqual(
      [six.status, six.body],
      [413, { accepted: [], rejected: [], duplicates: [], error: 'body: at most 5 receipts per request, got 6' }],
    )
  })

  it('says what a body that holds no receipt should have been', async () => {
    const expected = (error: string) => ({ accepted: [], rejected: [], duplicates: [], error })
    assert.deepEqual(await post('{"id":'), {
      status: 400,
      body: expected('body: expected JSON (one receipt or an array of receipts)'),
      retryAfter: null,
    })
    assert.deepEqual((await post([])).body, expected('body: expected at least one receipt'))
  })

  it('refuses JSON nested deeper than 32 levels before parsing it, and counts only brackets outside strings', async () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
    for (const body of [nested(33), `{"context": "x", "more": ${nested(32)}}`]) {
      const deep = await post(body)
      assert.equal(deep.status, 400)
      assert.equal(deep.body.error, 'body: JSON nested deeper than 32 levels (a receipt needs 4)')
    }
    // 32 levels parse: the item is then refused as a receipt, by index.
    const deepest = await post(nested(32))
    assert.equal(deepest.status, 400)
    assert.match(deepest.body.error!, /^\[0\] /)
    // Many closed brackets side by side never nest.
    const flat = await post(`[${Array.from({ length: 3 }, () => nested(31)).join(',')}]`)
    assert.deepEqual(
      flat.body.rejected.map((r) => r.index),
      [0, 1, 2],
    )
    // Brackets and an escaped quote inside a string are text, not nesting.
    const userAgent = `a "quote ${'[{'.repeat(40)}`
    const text = await post(receipt({ context: { userAgent } }))
    assert.equal(text.status, 202)
  })

  it('refuses each item that is not a receipt by its index, with its id only when that is a plausible one', async () => {
    const long = 'r'.repeat(129)
    const longest = 'r'.repeat(128)
    const { status, body } = await post([null, { id: 42 }, { id: longest }])
    assert.equal(status, 400)
    assert.deepEqual(
      body.rejected.map(({ index, id }) => ({ index, id })),
      [
        { index: 0, id: undefined },
        { index: 1, id: undefined },
        { index: 2, id: longest },
      ],
    )
    assert.equal((await post({ id: long })).body.rejected[0]!.id, undefined)
    // Every error of every item, one line each, under its index.
    assert.equal(
      body.error,
      body.rejected
        .flatMap((r) => r.errors.map((e) => `[${r.index}] ${e.path ? `${e.path}: ` : ''}${e.message}`))
        .join('\n'),
    )
  })

  it('keeps apart items whose strings hold commas and brackets (never a 5xx)', async () => {
    const { status, body } = await post('[ "a,b" , "c]" ,"d\\",[" , 5 ]')
    assert.equal(status, 400)
    assert.deepEqual(
      body.rejected.map((r) => r.index),
      [0, 1, 2, 3],
    )
  })

  it('names a character no store can keep first, before what else is wrong with the receipt', async () => {
    const bad = { ...receipt({ context: { userAgent: 'a\u0000b' } }), method: 'maybe' }
    const { status, body } = await post(bad)
    assert.equal(status, 400)
    const [first, ...rest] = body.rejected[0]!.errors
    assert.deepEqual(first, {
      path: 'context.userAgent',
      message: 'contains U+0000 (NUL) at character 1, which no store can keep',
    })
    assert.deepEqual(
      rest.map((e) => e.path),
      ['method'],
    )
    // Written as an upper-case escape, a lone surrogate is as unstorable.
    const lone = await post(JSON.stringify(receipt({ context: { userAgent: 'x' } })).replace('"x"', '"\\uDBFF"'))
    assert.equal(lone.status, 400)
    assert.match(lone.body.rejected[0]!.errors[0]!.message, /^contains a lone surrogate U\+DBFF at character 0/)
  })

  it('lists a rejected id conflict among the other rejections in body order; duplicates are only exact ones', async () => {
    const kept = receipt()
    const again = receipt()
    assert.equal((await post([kept, again])).status, 202)
    const fresh = receipt()
    const { status, body } = await post([
      { ...receipt(), method: 'maybe' },
      { ...kept, method: kept.method === 'withdraw' ? 'accept-all' : 'withdraw' },
      { id: 'not-a-receipt' },
      again,
      fresh,
    ])
    assert.equal(status, 202)
    assert.deepEqual(
      body.rejected.map((r) => [r.index, r.errors[0]!.path]),
      [
        [0, 'method'],
        [1, 'id'],
        [2, 'schema'],
      ],
    )
    assert.deepEqual(body.accepted, [again.id, fresh.id])
    assert.deepEqual(body.duplicates, [again.id])
    assert.deepEqual(logs.at(-1), {
      at: at(NOW),
      event: 'conflicting-duplicate',
      client: '127.0.0.1',
      ids: [kept.id],
    })
  })

  it('asks once for each wording it lacks, never for the empty one', async () => {
    const hash = 'b'.repeat(64)
    const two = await post([receipt({ ui: { textHash: hash } }), receipt({ ui: { textHash: hash } })])
    assert.deepEqual(two.body.textsMissing, [hash])
    const empty = await post(receipt({ ui: { textHash: EMPTY_TEXT_HASH } }))
    assert.equal(empty.status, 202)
    assert.equal('textsMissing' in empty.body, false)
  })
})

describe('per-site limit of one request with several sites', () => {
  const running = collectorOn(limits, {
    rateLimit: { perSecond: 1000, burst: 1000 },
    siteRateLimit: { perSecond: 0.5, burst: 1 },
    sites: { [SITE]: {}, [SHOP]: {} },
  })
  it('waits for the most limited of its sites, stores nothing, and keeps the rejections it found', async () => {
    const post = (body: unknown) => fetch(`${running.base}/v1/receipts`, { method: 'POST', body: JSON.stringify(body) })
    assert.equal((await post(sampleReceipt(1))).status, 202)
    const res = await post([sampleReceipt(2, { site: SHOP }), { id: 'broken' }, sampleReceipt(3)])
    assert.equal(res.status, 429)
    assert.equal(res.headers.get('retry-after'), '2')
    const body = (await res.json()) as Answer
    assert.deepEqual([body.accepted, body.duplicates, body.error], [[], [], 'rate limit of the site: retry after 2 s'])
    assert.deepEqual(
      body.rejected.map((r) => r.index),
      [1],
    )
    assert.equal(await running.store.get(sampleReceipt(2).id), undefined)
  })
})
