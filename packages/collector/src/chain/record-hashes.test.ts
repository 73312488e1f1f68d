// The purge log's and the declarations' hash recipes as the README gives them to an auditor, each checked
// against a SHA-256 computed here over the exact bytes written out by hand (RFC 8785: keys sorted, no
// whitespace, UTF-8), as hash.test.ts does for the row hash.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { createCollector } from '../http/server.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { sampleReceipt } from '../testing/sample.ts'

const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')
const ZEROS = '0'.repeat(64)
const SITE = 'https://www.example.jp'

describe('purge log record hashes', () => {
  it('hash the RFC 8785 JSON of {at, cutoff, deleted, anchors, reason, prev} (purge) and of the erasure fields with at', async () => {
    const store = openSqliteStore(':memory:')
    try {
      await store.append([
        { receipt: sampleReceipt(0), receivedAt: '2026-01-01T00:00:00.000Z' },
        { receipt: sampleReceipt(1), receivedAt: '2026-06-01T00:00:00.000Z' },
      ])
      const removed = (await store.get(sampleReceipt(0).id))!.hash
      const purgedAt = '2026-11-01T00:00:00.000Z'
      const purge = (await store.purge('2026-03-01T00:00:00.000Z', purgedAt)) as unknown as Record<string, string>
      assert.equal(
        purge.hash,
        sha256(
          `{"anchors":{"${SITE}":"${removed}"},"at":"${purgedAt}","cutoff":"2026-03-01T00:00:00.000Z","deleted":1,"prev":"${ZEROS}","reason":"retention"}`,
        ),
      )
      // An erasure record: the subject only as its SHA-256, chained after the purge record.
      const kept = (await store.get(sampleReceipt(1).id))!
      const erasedAt = '2026-11-02T00:00:00.000Z'
      const erasure = await store.erase({ subject: 'subj_00000001', by: '担当 山田', reason: 'request #12' }, erasedAt)
      const subject = sha256('subj_00000001')
      assert.equal(erasure.subject, subject)
      assert.equal(
        erasure.hash,
        sha256(
          `{"at":"${erasedAt}","by":"担当 山田","erased":1,"prev":"${purge.hash}","reason":"erasure","rows":[{"hash":"${kept.hash}","id":"${kept.id}","seq":${kept.seq},"site":"${SITE}"}],"subject":"${subject}","why":"request #12"}`,
        ),
      )
      // `prev` is the previous record's hash, whichever kind it was; a purge that removed nothing has no anchors.
      const nextAt = '2026-11-03T00:00:00.000Z'
      const next = (await store.purge('2026-03-01T00:00:00.000Z', nextAt)) as unknown as Record<string, string>
      assert.equal(
        next.hash,
        sha256(
          `{"anchors":{},"at":"${nextAt}","cutoff":"2026-03-01T00:00:00.000Z","deleted":0,"prev":"${erasure.hash}","reason":"retention"}`,
        ),
      )
    } finally {
      await store.close()
    }
  })
})

describe('declaration hashes', () => {
  it('are sha256("sekisho-declaration/1\\n" + prevHash + "\\n" + site + "\\n" + revision + "\\n" + receivedAt + "\\n" + body), chained per site', async () => {
    const ADMIN = 'admin-token-for-declaration-hashes'
    const receivedAt = '2026-11-01T12:00:00.000Z'
    const store = openSqliteStore(':memory:')
    const collector = createCollector({
      store,
      port: 0,
      rateLimit: false,
      retentionDays: false,
      log: () => {},
      now: () => Date.parse(receivedAt),
      tokens: [{ token: ADMIN, scope: 'admin' }],
    })
    try {
      const base = await collector.listen()
      const declare = async (site: string, revision: string, declaration: unknown) => {
        const res = await fetch(`${base}/v1/admin/declarations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ADMIN}` },
          body: JSON.stringify({ site, revision, declaration }),
        })
        assert.equal(res.status, 201)
        return ((await res.json()) as { hash: string }).hash
      }
      // Sent with keys out of order: the hashed body is the RFC 8785 form, written out here.
      const declaration = (recipient: string) => ({
        services: { ga: { recipient, data: ['Cookie ID'], country: 'US' } },
        controller: { name: '株式会社例', address: '東京都千代田区' },
        requiredPurposes: ['necessary'],
      })
      const body = (recipient: string) =>
        `{"controller":{"address":"東京都千代田区","name":"株式会社例"},"requiredPurposes":["necessary"],"services":{"ga":{"country":"US","data":["Cookie ID"],"recipient":"${recipient}"}}}`
      const recipe = (prev: string, site: string, revision: string, text: string) =>
        sha256(`sekisho-declaration/1\n${prev}\n${site}\n${revision}\n${receivedAt}\n${text}`)

      const first = await declare('*', '2026-10-01', declaration('Google LLC'))
      assert.equal(first, recipe(ZEROS, '*', '2026-10-01', body('Google LLC')))
      const second = await declare('*', '2026-11-01', declaration('Google LLC (US)'))
      assert.equal(second, recipe(first, '*', '2026-11-01', body('Google LLC (US)')))
      // Another site's chain starts from 64 zeros.
      const own = await declare(SITE, '2026-11-01', declaration('Google LLC'))
      assert.equal(own, recipe(ZEROS, SITE, '2026-11-01', body('Google LLC')))
    } finally {
      await collector.close()
      await store.close()
    }
  })
})
