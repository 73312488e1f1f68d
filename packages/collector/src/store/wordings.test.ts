// What every store keeps beside receipts, called directly: wordings (kept once, who cites them, which
// are missing, per site), declarations (stored, kept or in conflict, chained per site), warnings,
// tokens and the collector's log.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { EMPTY_TEXT_HASH } from '@sekisho/receipts/schema'
import { GENESIS } from '../chain/hash.ts'
import { declarationHash } from '../export/declarations.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const AT = '2026-11-01T00:00:00.000Z'
const SHOP = 'https://shop.example.jp'
const SITE = 'https://www.example.jp'

for (const kind of await storeKinds()) {
  describe(`${kind.name} keeps beside receipts`, { skip: kind.skip }, () => {
    after(() => kind.cleanup())

    it('wordings: kept once, cited by which sites, missing per site with their first receipt', async () => {
      const store = await kind.open()
      try {
        const [a, b, c] = ['文言 A', '文言 B', '文言 C'].map(sha256) as [string, string, string]
        const cite = (n: number, hash: string, site = SITE) =>
          ({ receipt: sampleReceipt(n, { site, ui: { textHash: hash } }), receivedAt: AT }) as const
        await store.append([
          cite(1, a),
          cite(2, b),
          cite(3, b, SHOP),
          cite(4, c, SHOP),
          cite(5, c),
          cite(6, EMPTY_TEXT_HASH),
        ])
        assert.equal(await store.putText(a, '文言 A', AT), true)
        assert.equal(await store.putText(a, '文言 A', '2026-11-02T00:00:00.000Z'), false)
        assert.deepEqual(await store.getText(a), { hash: a, text: '文言 A', receivedAt: AT })
        assert.equal(await store.getText(b), undefined)
        assert.deepEqual(await store.knownTexts([]), new Set())
        assert.deepEqual(await store.knownTexts([a, b]), new Set([a]))
        assert.deepEqual((await store.textSites(b)).sort(), [SHOP, SITE])
        assert.deepEqual(await store.textSites(a), [SITE])
        assert.deepEqual(await store.textSites(sha256('none')), [])
        const missing = [
          { hash: b, receipts: 2, firstId: sampleReceipt(2).id },
          { hash: c, receipts: 2, firstId: sampleReceipt(4).id },
        ].sort((x, y) => (x.hash < y.hash ? -1 : 1))
        assert.deepEqual(await store.missingTexts(), missing)
        assert.deepEqual(await store.missingTexts(SHOP), [
          ...[
            { hash: b, receipts: 1, firstId: sampleReceipt(3).id },
            { hash: c, receipts: 1, firstId: sampleReceipt(4).id },
          ].sort((x, y) => (x.hash < y.hash ? -1 : 1)),
        ])
        await store.putText(c, '文言 C', '2026-11-03T00:00:00.000Z')
        assert.deepEqual(await store.texts(), [
          ...[
            { hash: a, text: '文言 A', receivedAt: AT },
            { hash: c, text: '文言 C', receivedAt: '2026-11-03T00:00:00.000Z' },
          ].sort((x, y) => (x.hash < y.hash ? -1 : 1)),
        ])
        assert.deepEqual(await store.warnings(), [
          { warning: 'empty-text-hash', receipts: 1, firstId: sampleReceipt(6).id },
        ])
        assert.deepEqual(await store.warnings(SHOP), [])
      } finally {
        await store.close()
      }
    })

    it('declarations: stored once per site and revision, kept again, a conflict returns the stored one', async () => {
      const store = await kind.open()
      try {
        const first = await store.putDeclaration(SITE, 'R1', '{"a":1}', AT)
        assert.equal(first.status, 'stored')
        const hash1 = declarationHash(GENESIS, SITE, 'R1', AT, '{"a":1}')
        assert.deepEqual(
          { ...first.declaration, seq: 0 },
          {
            seq: 0,
            site: SITE,
            revision: 'R1',
            receivedAt: AT,
            body: '{"a":1}',
            prevHash: GENESIS,
            hash: hash1,
          },
        )
        const other = await store.putDeclaration('*', 'R1', '{"b":1}', AT)
        assert.equal(other.declaration.prevHash, GENESIS, 'each site has a chain of its own')
        const second = await store.putDeclaration(SITE, 'R2', '{"a":2}', '2026-11-02T00:00:00.000Z')
        assert.deepEqual([second.status, second.declaration.prevHash], ['stored', hash1])
        const again = await store.putDeclaration(SITE, 'R1', '{"a":1}', '2026-11-05T00:00:00.000Z')
        assert.deepEqual([again.status, again.declaration.hash, again.declaration.receivedAt], ['kept', hash1, AT])
        const conflict = await store.putDeclaration(SITE, 'R1', '{"a":9}', '2026-11-05T00:00:00.000Z')
        assert.deepEqual([conflict.status, conflict.declaration.body], ['conflict', '{"a":1}'])
        const all = await store.declarations()
        assert.deepEqual(
          all.map((d) => [d.site, d.revision, d.body]),
          [
            [SITE, 'R1', '{"a":1}'],
            ['*', 'R1', '{"b":1}'],
            [SITE, 'R2', '{"a":2}'],
          ],
        )
        assert.ok(all[0]!.seq < all[1]!.seq && all[1]!.seq < all[2]!.seq, 'in arrival order')
      } finally {
        await store.close()
      }
    })

    it('tokens and the log: a token removed once, the newest 100 events by default', async () => {
      const store = await kind.open()
      try {
        await store.addToken({ id: 'tok_1', hash: 'a'.repeat(64), scope: 'admin', label: 'ops', createdAt: AT })
        assert.deepEqual(await store.tokens(), [
          { id: 'tok_1', hash: 'a'.repeat(64), scope: 'admin', label: 'ops', createdAt: AT },
        ])
        assert.equal(await store.removeToken('tok_1'), true)
        assert.equal(await store.removeToken('tok_1'), false)
        assert.deepEqual(await store.tokens(), [])
        for (let n = 0; n < 101; n++) await store.logEvent({ at: AT, kind: 'note', detail: { n } })
        const events = await store.events()
        assert.deepEqual([events.length, events[0]?.detail, events[99]?.detail], [100, { n: 100 }, { n: 1 }])
        assert.deepEqual(
          (await store.events(2)).map((e) => e.detail),
          [{ n: 100 }, { n: 99 }],
        )
      } finally {
        await store.close()
      }
    })
  })
}
