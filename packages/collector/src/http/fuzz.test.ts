// Malformed and mutated bodies: never a 5xx, never a crash, never a stored receipt that fails validation.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { validateReceipt } from '@sekisho/receipts/schema'
import { createCollector, type Collector } from '../index.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { sampleReceipt } from '../testing/sample.ts'
import type { ReceiptStore } from '../store/store.ts'
import { verifyChain } from '../chain/verify.ts'

/** Small seeded PRNG (mulberry32) so a failure replays. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WEIRD: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  '',
  ' ',
  'a'.repeat(3000),
  '関所',
  '\u0000',
  '__proto__',
  [],
  {},
  [[]],
  { id: 'x' },
  '2024-02-30T00:00:00.000Z',
  'r_' + 'x'.repeat(200),
]

function mutate(value: unknown, rnd: () => number, depth = 0): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  if (Array.isArray(value)) {
    if (!value.length || rnd() < 0.2) return rnd() < 0.5 ? [...value, pick(WEIRD)] : value.slice(1)
    const i = Math.floor(rnd() * value.length)
    return value.map((v, j) => (j === i ? mutate(v, rnd, depth + 1) : v))
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    const op = rnd()
    if (op < 0.15) return { ...value, [pick(['ip', 'extra', '__proto__', 'constructor', 'ID'])]: pick(WEIRD) }
    if (op < 0.3 && entries.length) {
      const copy: Record<string, unknown> = { ...value }
      delete copy[pick(entries)[0]]
      return copy
    }
    if (!entries.length) return pick(WEIRD)
    const [key, v] = pick(entries)
    return { ...value, [key]: depth > 3 || rnd() < 0.4 ? pick(WEIRD) : mutate(v, rnd, depth + 1) }
  }
  return rnd() < 0.5
    ? pick(WEIRD)
    : typeof value === 'string'
      ? value.slice(0, Math.floor(rnd() * value.length)) + pick(['"', '\\', '\ud800', 'é', 'Z'])
      : pick(WEIRD)
}

/** A body: a mutated receipt, a mixed batch, or broken bytes. */
function payload(n: number, rnd: () => number): string | Uint8Array<ArrayBuffer> {
  const kind = rnd()
  if (kind < 0.5) return JSON.stringify(mutate(sampleReceipt(n), rnd))
  if (kind < 0.75)
    return JSON.stringify(
      Array.from({ length: 1 + Math.floor(rnd() * 5) }, (_, i) =>
        rnd() < 0.5 ? sampleReceipt(n * 10 + i) : mutate(sampleReceipt(n * 10 + i), rnd),
      ),
    )
  const text = JSON.stringify(sampleReceipt(n))
  if (kind < 0.85) return text.slice(0, Math.floor(rnd() * text.length))
  const bytes = new TextEncoder().encode(text)
  for (let i = 0; i < 3; i++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256)
  return bytes
}

describe('collector under fuzzed bodies', () => {
  let store: ReceiptStore
  let collector: Collector
  let base = ''
  before(async () => {
    store = openSqliteStore(':memory:')
    collector = createCollector({ store, port: 0, rateLimit: false, retentionDays: false })
    base = await collector.listen()
  })
  after(async () => {
    await collector.close()
    await store.close()
  })

  it('answers 2000 random bodies with 202/400/409/413 only and stores nothing invalid', async () => {
    const rnd = random(27560)
    const statuses = new Map<number, number>()
    const acknowledged = new Set<string>()
    for (let start = 0; start < 2000; start += 50) {
      await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const res = await fetch(`${base}/v1/receipts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: payload(start + i, rnd),
          })
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
          const body = (await res.json()) as { accepted?: string[] }
          for (const id of body.accepted ?? []) acknowledged.add(id)
        }),
      )
    }
    assert.deepEqual(
      [...statuses.keys()].filter((s) => s !== 202 && s !== 400 && s !== 409 && s !== 413),
      [],
    )
    assert.ok((statuses.get(202) ?? 0) > 100 && (statuses.get(400) ?? 0) > 100, `a real mix: ${[...statuses]}`)
    let stored = 0
    for await (const row of store.rows()) {
      stored++
      assert.equal(validateReceipt(JSON.parse(row.body)).ok, true, row.body)
      assert.ok(acknowledged.has(row.id), 'acknowledged.has(row.id)')
    }
    assert.equal(stored, acknowledged.size)
    assert.equal((await verifyChain(store)).ok, true)
    assert.equal((await fetch(`${base}/healthz`)).status, 200)
  })
})
