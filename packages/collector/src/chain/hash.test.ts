import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { canonicalJson, chainHash, GENESIS } from './hash.ts'

describe('hash chain bytes', () => {
  it('canonical JSON sorts keys at every depth, drops undefined, keeps text as JSON.stringify writes it', () => {
    assert.equal(
      canonicalJson({ b: 1, a: [{ z: true, y: null }], c: undefined, d: '改定 "x"\t' }),
      '{"a":[{"y":null,"z":true}],"b":1,"d":"改定 \\"x\\"\\t"}',
    )
  })
  it('is RFC 8785: refuses what has no canonical form instead of writing an escape', () => {
    assert.throws(() => canonicalJson({ revision: 'a\ud800' }), /surrogate/i)
    assert.equal(canonicalJson({ r: '\\ud800' }), '{"r":"\\\\ud800"}')
    // Every lone surrogate, high or low, also after an escaped backslash; a pair is one character.
    for (const text of ['\udc00', 'x\udfff', '\udbff', '\\\ud800', '\\\\\udc00y'])
      assert.throws(
        () => canonicalJson({ r: text }),
        /^Error: canonicalJson: lone surrogate in a string$/,
        JSON.stringify(text),
      )
    assert.equal(canonicalJson({ r: '\ud83d\ude00\ud7ff' }), '{"r":"😀\ud7ff"}')
    assert.equal(canonicalJson({ r: '\\\\ud8000' }), '{"r":"\\\\\\\\ud8000"}')
    assert.throws(() => canonicalJson(undefined), /^Error: canonicalJson: the value has no JSON form$/)
    assert.throws(() => canonicalJson({ n: Number.NaN }), /NaN/)
    assert.equal(canonicalJson({ '\ue000': 1, '\u{1f600}': 2, n: 1e21, m: -0 }), '{"m":0,"n":1e+21,"😀":2,"\ue000":1}')
  })
  it('hashes previous hash, received time and body joined by newlines (pinned vector)', () => {
    const receipt = {
      id: 'r_audit_0001',
      schema: 'sekisho-receipt/1',
      timestamp: '2026-11-01T00:00:00.000Z',
      site: 'https://例え.jp',
      subject: 'subj_0000001',
      policy: { revision: '改定 "2026"\t\u007f', language: 'ja' },
      jurisdiction: 'JP',
      method: 'custom',
      purposes: [{ id: 'necessary', granted: true }],
      services: [],
      signals: { gpc: false },
      ui: { textHash: 'e'.repeat(64) },
    }
    const body = canonicalJson(receipt)
    const hash = chainHash(GENESIS, '2026-11-01T00:00:01.000Z', body, 1)
    assert.equal(hash, createHash('sha256').update(`${GENESIS}\n2026-11-01T00:00:01.000Z\n${body}`).digest('hex'))
    // Changing the documented format breaks every stored chain: these values must never change.
    assert.equal(hash, 'ee2bbcae0ead1dea515f767610445ae0583c9cf5bd68275dae1d0e9701e2f569')
    const v2 = chainHash(GENESIS, '2026-11-01T00:00:01.000Z', body, 2)
    assert.equal(
      v2,
      createHash('sha256').update(`sekisho-chain/2\n${GENESIS}\n2026-11-01T00:00:01.000Z\n${body}`).digest('hex'),
    )
    // v3 also hashes the bytes received (here with whitespace the canonical body lacks).
    const raw = ` ${JSON.stringify(receipt, null, 1)}`
    const v3 = chainHash(GENESIS, '2026-11-01T00:00:01.000Z', body, 3, raw)
    const rawDigest = createHash('sha256').update(Buffer.from(raw, 'utf8')).digest('hex')
    assert.equal(
      v3,
      createHash('sha256')
        .update(`sekisho-chain/3\n${GENESIS}\n2026-11-01T00:00:01.000Z\n${rawDigest}\n${body}`)
        .digest('hex'),
    )
    assert.equal(v3, 'f8d55f2b1e7527d828c2d889552480e2c2735f09093a4147161979726ed8814e')
    assert.equal(
      chainHash(GENESIS, '2026-11-01T00:00:01.000Z', body),
      chainHash(GENESIS, '2026-11-01T00:00:01.000Z', body, 3, body),
      'new rows use v3; without raw bytes given, the canonical body stands for them',
    )
  })
})
