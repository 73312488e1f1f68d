// What a site declared, kept per policy revision: stored once and chained, read back by the export
// of each receipt under the revision it was made under, an edit of a stored one visible.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { hashToken } from '../access/tokens.ts'
import { collectorOn } from '../testing/collector.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import { parseDeclaration } from './declarations.ts'
import type { SiteDeclaration } from './site.ts'

const SITE = 'https://www.example.jp'
const ADMIN = 'admin-token-for-declaration-tests'
const EXPORT = 'export-token-for-declaration-tests'
const GA = (recipient: string): SiteDeclaration => ({
  controller: { name: '株式会社サンプル', address: '東京都千代田区1-1' },
  requiredPurposes: ['necessary'],
  services: {
    'google-analytics': {
      recipient,
      recipientAddress: '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      data: ['cookie id'],
      country: 'US',
      purposes: ['analytics'],
    },
  },
})
const OLD = GA('Google LLC (old declaration)')
const NEW = GA('Google LLC')

describe('a declaration as the admin API takes it', () => {
  it('names the field of the first problem', () => {
    const bad: Array<[unknown, RegExp]> = [
      [[], /^declaration: expected an object/],
      [{ controler: {} }, /^declaration\.controler: not a field/],
      [{ controller: { contact: 'x' } }, /^declaration\.controller\.name: expected/],
      [{ services: { GA: {} } }, /^declaration\.services\.GA: expected a service id/],
      [{ services: { ga: { country: 'USA' } } }, /^declaration\.services\.ga\.country: expected an ISO 3166-1/],
      [{ services: { ga: { data: 'cookie id' } } }, /^declaration\.services\.ga\.data: expected a list/],
      [{ services: { ga: { recipient: 'Google\u0000' } } }, /^declaration\.services\.ga\.recipient: /],
      [{ requiredPurposes: [''] }, /^declaration\.requiredPurposes: expected a list/],
    ]
    for (const [value, error] of bad) {
      const parsed = parseDeclaration(value)
      assert.equal(parsed.ok, false, JSON.stringify(value))
      assert.match((parsed as { error: string }).error, error)
    }
    assert.equal(parseDeclaration(NEW).ok, true)
  })
})

for (const kind of await storeKinds()) {
  describe(`declarations per policy revision on ${kind.name}`, { skip: kind.skip }, () => {
    const running = collectorOn(kind, {
      tokens: [
        { token: ADMIN, scope: 'admin' },
        { token: EXPORT, scope: 'export' },
      ],
      sites: { [SITE]: { origins: [SITE] } },
      // What the site declares now (`sekisho serve --site-config`): the newest revision's.
      site: NEW,
      siteRevision: '2026-11-01',
    })
    const declare = (body: unknown, token = ADMIN) =>
      fetch(`${running.base}/v1/admin/declarations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const get = async (path: string) =>
      (await fetch(`${running.base}${path}`, { headers: { authorization: `Bearer ${EXPORT}` } })).json() as Promise<any>

    it('keeps the config it started with as its revision’s, and an older revision declared over the admin API', async () => {
      const started = await get('/v1/declarations')
      assert.deepEqual(
        started.declarations.map((d: any) => [d.site, d.revision, d.declaration]),
        [['*', '2026-11-01', NEW]],
      )
      const stored = await declare({ site: SITE, revision: '2026-10-01', declaration: OLD })
      assert.equal(stored.status, 201)
      const body = await stored.json()
      assert.equal(body.status, 'stored')
      assert.match(body.hash, /^[0-9a-f]{64}$/)
      // Idempotent; another content under the same revision is refused, naming it.
      const again = await declare({ site: SITE, revision: '2026-10-01', declaration: OLD })
      assert.deepEqual([again.status, (await again.json()).status], [200, 'kept'])
      const changed = await declare({ site: SITE, revision: '2026-10-01', declaration: NEW })
      assert.equal(changed.status, 409)
      assert.match((await changed.json()).error, /^revision: .*"2026-10-01" already/)
      // Bad input names the field; an export token may read, not declare.
      const bad = await declare({ site: 'example.jp', revision: 'r', declaration: NEW })
      assert.deepEqual([bad.status, (await bad.json()).error.split(':')[0]], [400, 'site'])
      const invalid = await declare({ site: SITE, revision: 'r', declaration: { services: { ga: { data: [1] } } } })
      assert.deepEqual(
        [invalid.status, (await invalid.json()).error.split(':')[0]],
        [400, 'declaration.services.ga.data'],
      )
      assert.equal((await declare({ site: SITE, revision: 'r', declaration: NEW }, EXPORT)).status, 403)
      // Another site's declaration: listed for that site and with no filter, not for this one.
      const OTHER = 'https://other.example.jp'
      assert.equal((await declare({ site: OTHER, revision: '2026-10-01', declaration: NEW })).status, 201)
      const listed = await get(`/v1/declarations?site=${encodeURIComponent(SITE)}`)
      assert.deepEqual(
        listed.declarations.map((d: any) => [d.site, d.revision]),
        [
          ['*', '2026-11-01'],
          [SITE, '2026-10-01'],
        ],
      )
      assert.deepEqual(listed.chain, { ok: true, checked: 3 })
      const all = await get('/v1/declarations')
      assert.deepEqual(all.declarations.map((d: any) => d.site).sort(), ['*', OTHER, SITE])
      // The collector's own log names who declared what.
      const events = (await (
        await fetch(`${running.base}/v1/admin/events`, { headers: { authorization: `Bearer ${ADMIN}` } })
      ).json()) as any[]
      // Once for what was stored; the same declaration sent again ('kept') is no new event.
      assert.deepEqual(
        events
          .filter((e) => e.kind === 'declaration' && e.detail.site === SITE)
          .map((e) => [e.detail.revision, e.detail.by]),
        [['2026-10-01', `tok_${hashToken(ADMIN).slice(0, 12)}`]],
      )
    })

    it('reads each receipt against the declaration of the revision it was made under', async () => {
      // sampleReceipt: n % 3 == 0 is revision 2026-10-01, others 2026-11-01; n % 4 == 0 accepts all.
      const receipts = [sampleReceipt(0), sampleReceipt(4)]
      const posted = await fetch(`${running.base}/v1/receipts`, {
        method: 'POST',
        headers: { origin: SITE },
        body: JSON.stringify(receipts),
      })
      assert.equal(posted.status, 202)
      const appi = await (
        await fetch(`${running.base}/v1/export?format=appi`, { headers: { authorization: `Bearer ${EXPORT}` } })
      ).text()
      const rows = appi.trim().split('\r\n').slice(1)
      // Google Analytics' row of each (A8.net's says it was not declared).
      const recipientOf = (id: string) =>
        rows.filter((r) => r.includes(id) && r.includes('Google LLC')).map((r) => r.includes('(old declaration)'))
      assert.deepEqual(recipientOf(receipts[0]!.id), [true], 'revision 2026-10-01: the old declaration')
      assert.deepEqual(recipientOf(receipts[1]!.id), [false], 'revision 2026-11-01: the current one')
      const kantara = await get('/v1/export?format=kantara')
      const parties = (id: string) => JSON.stringify(kantara.find((k: any) => k.consentReceiptID === id).services)
      assert.match(parties(receipts[0]!.id), /old declaration/)
      assert.doesNotMatch(parties(receipts[1]!.id), /old declaration/)
    })

    it('shows an edit of a stored declaration, which the database itself refuses', async () => {
      await assert.rejects(
        kind.tamper("UPDATE declarations SET body = replace(body, 'old declaration', 'edited')", false),
        /declarations are kept as declared/,
      )
      await kind.tamper("UPDATE declarations SET body = replace(body, 'old declaration', 'edited')")
      const listed = await get('/v1/declarations')
      assert.equal(listed.chain.ok, false)
      assert.deepEqual([listed.chain.firstBreak.site, listed.chain.firstBreak.revision], [SITE, '2026-10-01'])
      assert.match(listed.chain.firstBreak.reason, /edited/)
    })
  })
}
