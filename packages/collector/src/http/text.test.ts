// Text every store accepts: NUL and lone surrogates are refused at the door (naming the field), so no
// stored row can later break a reader (PostgreSQL's jsonb refuses both), and one bad receipt never
// fails the receipts of other requests committed in the same group.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createCollector, type Collector } from '../index.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'

const EXPORT = 'export-token-for-text-tests'

for (const kind of await storeKinds()) {
  describe(`text every store accepts, on ${kind.name}`, { skip: kind.skip }, () => {
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
        tokens: [{ token: EXPORT, scope: 'export' }],
        sites: { 'https://www.example.jp': { origins: ['https://www.example.jp'] } },
        now: () => Date.parse('2026-11-01T12:00:00.000Z'),
        log: () => {},
      })
      base = await collector.listen()
    })
    after(async () => {
      await collector.close()
      await store.close()
      await kind.cleanup()
    })
    const post = (text: string) =>
      fetch(`${base}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text })
    const stats = () => fetch(`${base}/v1/stats`, { headers: { authorization: `Bearer ${EXPORT}` } })

    it('refuses a NUL or a lone surrogate with 400 naming the field; /v1/stats keeps answering', async () => {
      const nul = await post(JSON.stringify(sampleReceipt(1, { policy: { revision: 'r\u0000', language: 'ja' } })))
      assert.equal(nul.status, 400)
      assert.match(((await nul.json()) as { error: string }).error, /^\[0\] policy\.revision: .*U\+0000/)
      // A lone surrogate can only arrive as a JSON escape: the UTF-8 decoder refuses the raw bytes.
      const text = JSON.stringify(sampleReceipt(2, { subject: 'subj_XX' })).replace('subj_XX', 'subj_\\ud800')
      const lone = await post(text)
      assert.equal(lone.status, 400)
      assert.match(((await lone.json()) as { error: string }).error, /^\[0\] subject: .*lone surrogate/)
      const key = await post(JSON.stringify({ ...sampleReceipt(3), signals: { gpc: false, 'x\u0000': 1 } }))
      assert.equal(key.status, 400)
      assert.match(((await key.json()) as { error: string }).error, /signals\["x\\u0000"\]|signals/)
      const res = await stats()
      assert.equal(res.status, 200, await res.clone().text())
      assert.equal(((await res.json()) as { total: number }).total, 0)
    })

    it('a bad receipt among good ones in concurrent requests fails only itself', async () => {
      const good = Array.from({ length: 20 }, (_, i) => sampleReceipt(100 + i))
      const bad = JSON.stringify(sampleReceipt(99, { site: 'https://www.example.jp\u0000' }))
      const results = await Promise.all([post(bad), ...good.map((r) => post(JSON.stringify(r))), post(bad)])
      assert.deepEqual(
        results.map((r) => r.status),
        [400, ...good.map(() => 202), 400],
      )
      const res = await stats()
      assert.equal(res.status, 200)
      const body = (await res.json()) as { total: number; chain: { ok: boolean } }
      assert.equal(body.total, 20)
      assert.equal(body.chain.ok, true)
    })
  })
}
