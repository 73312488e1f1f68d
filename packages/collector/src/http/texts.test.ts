// The wording archive: the collector keeps, once and verified, the exact wording each receipt's
// `ui.textHash` stands for, asks for it only when it lacks it, and flags (never refuses or loses)
// receipts an earlier release queued with the hash of an empty wording.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { openStore } from '../index.ts'
import { collectorOn } from '../testing/collector.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const SITE = 'https://www.example.jp'
const SHOP = 'https://shop.example.jp'
const SHOP_TOKEN = 'shop-site-token-for-tests'
const EXPORT = 'export-token-for-wording-tests'
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const WORDING = 'Cookieの利用について\n当サイトはアクセス解析と広告のためにCookieを使います。\nすべて同意 / すべて拒否'
const ENGLISH = '\uFEFFWe use cookies — for analytics and ads. 🍪'

for (const kind of await storeKinds()) {
  describe(`wording archive on ${kind.name}`, { skip: kind.skip }, () => {
    const running = collectorOn(kind, {
      bodyLimit: 4096,
      tokens: [{ token: EXPORT, scope: 'export' }],
      sites: { [SITE]: { origins: [SITE] }, [SHOP]: { tokens: [SHOP_TOKEN] } },
    })
    const post = (body: unknown, headers: Record<string, string> = { origin: SITE }) =>
      fetch(`${running.base}/v1/receipts`, { method: 'POST', headers, body: JSON.stringify(body) })
    const put = (hash: string, text: string, headers: Record<string, string> = { origin: SITE }) =>
      fetch(`${running.base}/v1/texts/${hash}`, {
        method: 'PUT',
        headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
        body: text,
      })
    const withText = (n: number, text: string, overrides = {}) =>
      sampleReceipt(n, { ui: { textHash: sha256(text) }, ...overrides })
    const exportToken = { authorization: `Bearer ${EXPORT}` }

    it('asks for a wording only while it lacks it, keeps it once, and serves the exact text', async () => {
      const first = await post([withText(1, WORDING), withText(2, WORDING), withText(3, ENGLISH)])
      assert.equal(first.status, 202)
      assert.deepEqual((await first.json()).textsMissing, [sha256(WORDING), sha256(ENGLISH)])
      // The browser asks whether the collector knows it (CORS lets the page read the answer).
      const unknown = await fetch(`${running.base}/v1/texts/${sha256(WORDING)}`, {
        method: 'HEAD',
        headers: { origin: SITE },
      })
      assert.equal(unknown.status, 404)
      assert.equal(unknown.headers.get('access-control-allow-origin'), SITE)
      const preflight = await fetch(`${running.base}/v1/texts/${sha256(WORDING)}`, {
        method: 'OPTIONS',
        headers: { origin: SITE, 'access-control-request-method': 'PUT' },
      })
      assert.equal(preflight.status, 204)
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PUT/)
      const stored = await put(sha256(WORDING), WORDING)
      assert.deepEqual([stored.status, await stored.json()], [201, { hash: sha256(WORDING), stored: 'now' }])
      // Idempotent: the same wording again changes nothing.
      const again = await put(sha256(WORDING), WORDING)
      assert.deepEqual([again.status, await again.json()], [200, { hash: sha256(WORDING), stored: 'before' }])
      // A BOM is part of the bytes the browser hashed: kept, not stripped.
      assert.equal((await put(sha256(ENGLISH), ENGLISH)).status, 201)
      const known = await fetch(`${running.base}/v1/texts/${sha256(WORDING)}`, {
        method: 'HEAD',
        headers: { origin: SITE },
      })
      assert.equal(known.status, 200)
      // Receipts with kept wordings: nothing asked.
      const later = await post([withText(4, WORDING), withText(5, ENGLISH)])
      assert.equal(later.status, 202)
      assert.equal((await later.json()).textsMissing, undefined)
      for (const text of [WORDING, ENGLISH]) {
        const got = await fetch(`${running.base}/v1/texts/${sha256(text)}`, { headers: exportToken })
        assert.equal(got.status, 200)
        assert.equal(got.headers.get('content-type'), 'text/plain; charset=utf-8')
        assert.equal(got.headers.get('x-content-type-options'), 'nosniff')
        // Served as an inert download-like document: not cached, no script, no subresource, its hash as etag.
        assert.equal(got.headers.get('cache-control'), 'no-store')
        assert.equal(got.headers.get('content-security-policy'), "default-src 'none'; sandbox")
        assert.equal(got.headers.get('etag'), `"${sha256(text)}"`)
        const bytes = Buffer.from(await got.arrayBuffer())
        assert.equal(createHash('sha256').update(bytes).digest('hex'), sha256(text), 'the bytes hash to ui.textHash')
      }
      const list = await (await fetch(`${running.base}/v1/texts`, { headers: exportToken })).json()
      assert.deepEqual(
        list.texts.map((t: { hash: string }) => t.hash),
        [sha256(WORDING), sha256(ENGLISH)].sort(),
      )
      assert.deepEqual(list.missing, [])
      // The receipt lookup links its wording.
      const lookup = await (
        await fetch(`${running.base}/v1/receipts/${sampleReceipt(1).id}`, { headers: exportToken })
      ).json()
      assert.deepEqual(lookup.text, { hash: sha256(WORDING), url: `/v1/texts/${sha256(WORDING)}`, stored: true })
    })

    it('refuses a wording that does not hash to its address, naming the field, and keeps nothing', async () => {
      const hash = sha256('the wording shown')
      assert.equal((await post(withText(10, 'the wording shown'))).status, 202)
      const wrong = await put(hash, 'another wording')
      assert.equal(wrong.status, 400)
      const { error } = await wrong.json()
      assert.match(error, /^body: its SHA-256 is [0-9a-f]{64}, not the ui\.textHash in the URL/)
      const absent = await fetch(`${running.base}/v1/texts/${hash}`, { headers: exportToken })
      assert.deepEqual([absent.status, (await absent.json()).error], [404, `hash: the wording ${hash} is not kept yet`])
      const badHash = await put('ABC', 'x')
      assert.equal(badHash.status, 400)
      assert.match((await badHash.json()).error, /^hash: expected/)
      // No wording is empty: neither at the empty hash nor as an empty body for another hash.
      for (const [at, text] of [
        [EMPTY, ''],
        [hash, ''],
      ]) {
        const empty = await put(at!, text!)
        assert.equal(empty.status, 400)
        assert.match((await empty.json()).error, /^body: an empty wording proves nothing/)
      }
      const nul = await post(withText(11, 'a\0b'))
      assert.equal(nul.status, 202)
      const refused = await put(sha256('a\0b'), 'a\0b')
      assert.deepEqual(
        [refused.status, (await refused.json()).error],
        [400, 'body: contains U+0000 (NUL) at character 1, which no store can keep'],
      )
    })

    it('takes a wording only from who may send its receipts, after them, within the size limit', async () => {
      const text = 'shop wording'
      // No receipt refers to it yet: the wording comes after its receipt.
      const early = await put(sha256(text), text, { authorization: `Bearer ${SHOP_TOKEN}` })
      assert.equal(early.status, 404)
      assert.match(
        (await early.json()).error,
        /^hash: no stored receipt has ui\.textHash [0-9a-f]{64} \(send the receipt first\)/,
      )
      const receipt = withText(20, text, { site: SHOP })
      assert.equal((await post(receipt, { authorization: `Bearer ${SHOP_TOKEN}` })).status, 202)
      // Another site's page may not send (or read) this site's wording.
      const foreignPage = await put(sha256(text), text, { origin: SITE })
      assert.equal(foreignPage.status, 403)
      assert.match((await foreignPage.json()).error, /^site: expected the sending page's origin/)
      const stranger = await put(sha256(text), text, { origin: 'https://evil.example' })
      assert.equal(stranger.status, 403)
      assert.match((await stranger.json()).error, /^origin: https:\/\/evil\.example is not allowed/)
      // The media type is read as HTTP reads it: any case, spaces before its parameters.
      const typed = await put(sha256(text), text, {
        authorization: `Bearer ${SHOP_TOKEN}`,
        'content-type': 'Text/Plain ; charset=UTF-8',
      })
      assert.equal(typed.status, 201)
      // Reading needs the export token (or the right to send it).
      assert.equal((await fetch(`${running.base}/v1/texts/${sha256(text)}`)).status, 403)
      const big = 'x'.repeat(5000)
      assert.equal((await post(withText(21, big))).status, 202)
      assert.equal((await put(sha256(big), big)).status, 413)
      // A wording both sites' receipts use: either site may send it.
      const shared = 'shared wording'
      assert.equal(
        (await post(withText(22, shared, { site: SHOP }), { authorization: `Bearer ${SHOP_TOKEN}` })).status,
        202,
      )
      assert.equal((await post(withText(23, shared))).status, 202)
      assert.equal((await put(sha256(shared), shared, { origin: SITE })).status, 201)
    })

    it('accepts and flags receipts an earlier release queued with the empty-wording hash; exports and verify say so', async () => {
      const old = sampleReceipt(30, { ui: { textHash: EMPTY } })
      const res = await post(old)
      assert.equal(res.status, 202)
      const body = await res.json()
      assert.deepEqual(body.accepted, [old.id])
      assert.equal(body.textsMissing, undefined, 'the empty wording is not asked for')
      // Redelivered from the same old queue: accepted, stored once.
      assert.deepEqual((await (await post(old)).json()).duplicates, [old.id])
      const lookup = await (await fetch(`${running.base}/v1/receipts/${old.id}`, { headers: exportToken })).json()
      assert.equal(lookup.receipt.ui.textHash, EMPTY, 'stored as sent')
      assert.equal(lookup.warning.code, 'empty-text-hash')
      assert.equal(lookup.text, undefined)
      const exported = async (format: string) =>
        (await fetch(`${running.base}/v1/export?format=${format}`, { headers: exportToken })).text()
      const jsonl = (await exported('jsonl'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      assert.deepEqual(
        jsonl.filter((l) => l.warning).map((l) => [l.receipt.id, l.warning]),
        [[old.id, 'empty-text-hash']],
      )
      const kantara = JSON.parse(await exported('kantara'))
      const flagged = kantara.find((k: { consentReceiptID: string }) => k.consentReceiptID === old.id)
      assert.equal(flagged['x-sekisho'].warning.code, 'empty-text-hash')
      assert.match(flagged['x-sekisho'].warning.message, /wording shown is unknown/)
      const linked = kantara.find((k: { consentReceiptID: string }) => k.consentReceiptID === sampleReceipt(1).id)
      assert.deepEqual(linked['x-sekisho'].wording, { url: `/v1/texts/${sha256(WORDING)}`, stored: true })
      const csv = (await exported('csv')).split('\r\n')
      assert.match(csv[0]!, /,hash,warning(,|$)/)
      assert.match(
        csv.find((l) => l.startsWith(old.id))!,
        /,"empty-text-hash: [^"]*the wording shown is unknown[^"]*"(,|$)/,
      )
      assert.ok(
        !csv.find((l) => l.startsWith(sampleReceipt(1).id))!.includes('empty-text-hash'),
        "!csv.find((l) => l.startsWith(sampleReceipt(1).id))!.includes('empty-text-hash')",
      )
    })

    it('keeps wordings as received: the database refuses to change or delete one', async () => {
      await assert.rejects(kind.tamper(`DELETE FROM texts`, false), /wordings are kept as received/)
      await assert.rejects(kind.tamper(`UPDATE texts SET text = 'x'`, false), /wordings are kept as received/)
    })
  })
}

for (const kind of await storeKinds()) {
  describe(`flags on a ${kind.name} store made before the wording archive`, { skip: kind.skip }, () => {
    after(() => kind.cleanup())
    it('gives receipts stored earlier with the empty-wording hash their flag when opened', async () => {
      const store = await kind.open()
      const old = sampleReceipt(1, { ui: { textHash: EMPTY } })
      await store.append([{ receipt: old, receivedAt: '2026-11-01T00:00:00.000Z' }])
      await store.close()
      // As the schema was: no wording columns, no texts table.
      await kind.tamper(
        'DROP INDEX receipts_text_hash; ALTER TABLE receipts DROP COLUMN warning; ALTER TABLE receipts DROP COLUMN text_hash; DROP TABLE texts;',
      )
      const reopened = await openStore(
        kind.location(),
        kind.name === 'postgres' ? { schema: kind.cliArgs().at(-1)! } : {},
      )
      try {
        assert.equal((await reopened.get(old.id))?.warning, 'empty-text-hash')
        assert.deepEqual(await reopened.warnings(), [{ warning: 'empty-text-hash', receipts: 1, firstId: old.id }])
      } finally {
        await reopened.close()
      }
    })
  })
}
