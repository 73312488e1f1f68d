// Property test (fast-check, bounded): random and adversarial bodies and headers at /v1/receipts on
// each store; afterwards the export holds exactly the acknowledged receipts, /v1/stats answers and
// the chain verifies. fast-check shrinks a failure to a small request and prints its seed to replay.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { verifyChain } from '../chain/verify.ts'
import type { ReceiptStore } from '../store/store.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import { createCollector, type Collector } from './server.ts'

const SITE = sampleReceipt(0).site
const TOKEN = 'fuzz-export-token'

/** Strings built from the characters that broke stores before: NUL, lone surrogates, quotes, CJK. */
const nasty = fc.string({
  unit: fc.constantFrom('\u0000', '\ud800', '\udfff', '\ud83d\ude00', 'a', '関', '"', '\\', '\n', '\u202e'),
  maxLength: 40,
})
const fields = ['id', 'site', 'timestamp', 'subject', 'method', 'policy', 'purposes', 'services', 'ui', 'extra']

let next = 0
/** A receipt with one field replaced by an adversarial value (or left valid). */
const receipt = fc
  .tuple(
    fc.constantFrom(...fields),
    fc.oneof(nasty, fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
    fc.boolean(),
  )
  .map(([field, value, keep]) => {
    const r: Record<string, unknown> = { ...sampleReceipt(1_000_000 + next++, { timestamp: new Date().toISOString() }) }
    if (!keep) r[field] = value
    return r
  })

const body = fc.oneof(
  receipt.map((r) => JSON.stringify(r)),
  fc.array(receipt, { minLength: 1, maxLength: 8 }).map((rs) => JSON.stringify(rs)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc
    .integer({ min: 70_000, max: 400_000 })
    .map((n) => JSON.stringify({ ...sampleReceipt(2_000_000 + next++), site: 'x'.repeat(n) })),
  nasty,
)
const headers = fc.record({
  'content-type': fc.constantFrom(
    'application/json',
    'text/plain;charset=UTF-8',
    'application/json; charset=utf-8',
    'multipart/form-data',
    '',
  ),
  origin: fc.constantFrom(undefined, SITE, 'https://evil.example', 'null', `${SITE}.evil.example`),
  'x-forwarded-for': fc.option(
    nasty.map((s) => s.replace(/[^\x20-\x7e]/g, '')),
    { nil: undefined },
  ),
})

for (const kind of await storeKinds())
  describe(`/v1/receipts under fast-check on ${kind.name}`, { skip: kind.skip }, () => {
    let store: ReceiptStore
    let collector: Collector
    let base = ''
    before(async () => {
      store = await kind.open()
      collector = createCollector({
        store,
        port: 0,
        rateLimit: false,
        retentionDays: false,
        bodyLimit: 64 * 1024,
        sites: { [SITE]: { origins: [SITE] } },
        tokens: [{ token: TOKEN, scope: 'export' }],
        log: () => {},
      })
      base = await collector.listen()
    })
    after(async () => {
      await collector.close()
      await store.close()
      await kind.cleanup()
    })

    it('answers only 2xx/4xx; the export holds exactly what was acknowledged; stats answer; the chain verifies', async () => {
      const acknowledged = new Set<string>()
      // One valid receipt first: 120 random requests may hold none that is accepted, and the export
      // check below must compare a store that holds something.
      const valid = sampleReceipt(3_000_000, { timestamp: new Date().toISOString() })
      const first = await fetch(`${base}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: SITE },
        body: JSON.stringify(valid),
      })
      assert.deepEqual([first.status, ((await first.json()) as { accepted?: string[] }).accepted], [202, [valid.id]])
      acknowledged.add(valid.id)
      await fc.assert(
        fc.asyncProperty(body, headers, async (text, h) => {
          const res = await fetch(`${base}/v1/receipts`, {
            method: 'POST',
            headers: Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>,
            body: text,
          })
          const answer = (await res.json()) as { accepted?: string[] }
          for (const id of answer.accepted ?? []) acknowledged.add(id)
          assert.ok([202, 400, 403, 409, 413, 415].includes(res.status), `status ${res.status}`)
        }),
        { numRuns: 120 },
      )
      const exported = await fetch(`${base}/v1/export?format=jsonl`, { headers: { authorization: `Bearer ${TOKEN}` } })
      assert.equal(exported.status, 200)
      const ids = (await exported.text())
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { receipt: { id: string } }).receipt.id)
      assert.deepEqual(new Set(ids), acknowledged, 'every acknowledged receipt exported, nothing else stored')
      assert.equal(ids.length, acknowledged.size)
      const stats = await fetch(`${base}/v1/stats`, { headers: { authorization: `Bearer ${TOKEN}` } })
      assert.equal(stats.status, 200)
      assert.equal(((await stats.json()) as { chain: { ok: boolean } }).chain.ok, true)
      assert.equal((await verifyChain(store)).ok, true)
    })
  })
