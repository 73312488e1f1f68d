import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createCollector } from '../index.ts'

const receipt = {
  id: 'r_01HXYZABCDEF',
  schema: 'sekisho-receipt/1',
  timestamp: '2024-05-01T09:30:00.000Z',
  site: 'https://www.example.jp',
  subject: 'subj_0123456789',
  policy: { revision: '2024-05-01', language: 'ja' },
  jurisdiction: 'JP',
  method: 'accept-all',
  purposes: [{ id: 'analytics', granted: true }],
  services: [],
  signals: { gpc: false },
  ui: { textHash: 'b'.repeat(64) },
}

describe('collector HTTP', () => {
  const collector = createCollector({ port: 0, allowedOrigins: ['http://127.0.0.1:8080'] })
  let base = ''
  before(async () => {
    base = await collector.listen()
  })
  after(() => collector.close())

  it('answers /healthz on 127.0.0.1', async () => {
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/)
    const res = await fetch(`${base}/healthz`)
    assert.equal(res.status, 200)
    assert.deepEqual(await res.json(), { ok: true })
  })

  it('accepts a valid receipt with 202 and names the bad field of an invalid one', async () => {
    const ok = await fetch(`${base}/v1/receipts`, { method: 'POST', body: JSON.stringify(receipt) })
    assert.equal(ok.status, 202)
    assert.deepEqual(await ok.json(), { accepted: [receipt.id] })
    const bad = await fetch(`${base}/v1/receipts`, { method: 'POST', body: JSON.stringify({ ...receipt, method: 'maybe' }) })
    assert.equal(bad.status, 400)
    assert.match(((await bad.json()) as { error: string }).error, /method: expected one of/)
  })

  it('allows only listed origins', async () => {
    const res = await fetch(`${base}/v1/receipts`, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:8080' } })
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080')
    const other = await fetch(`${base}/v1/receipts`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } })
    assert.equal(other.headers.get('access-control-allow-origin'), null)
  })
})
