import { expect } from 'chai'
import {
  createReceiptClient,
  openQueue,
  textHash,
  type ReceiptClientOptions,
  type ReceiptEvent,
  type Receipt,
} from '../index.ts'
import { createStore, setMany } from 'idb-keyval'
import { PENDING } from '../queue/receipt-queue.ts'
import { sampleReceipt } from '../schema/sample-receipt.ts'

let n = 0
const receipt = (id: string, timestamp = '2024-05-01T09:30:00.000Z'): Receipt => ({ ...sampleReceipt(), id, timestamp })

const freshStore = () => `test-client-${Date.now()}-${n++}`

/** A client on a fresh database that records its events; `until` resolves at the first matching event. */
function setup(options: ReceiptClientOptions) {
  const events: ReceiptEvent[] = []
  const waiters: Array<[(e: ReceiptEvent) => boolean, () => void]> = []
  const storeName = options.storeName ?? freshStore()
  const client = createReceiptClient({
    storeName,
    retry: { base: 1, max: 5 },
    ...options,
    onEvent(e) {
      events.push(e)
      for (const w of [...waiters]) if (w[0](e)) waiters.splice(waiters.indexOf(w), 1), w[1]()
    },
  })
  const until = (match: (e: ReceiptEvent) => boolean) =>
    events.some(match) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push([match, resolve]))
  return { client: Object.assign(client, { storeName }), events, until }
}
const clients: Array<{ close(): void }> = []
afterEach(() => clients.splice(0).forEach((c) => c.close()))

// The beacon, the online state and the page's visibility have no seam in the client: the browser's
// own API is replaced for one test and put back after it.
const restores: Array<() => void> = []
afterEach(() =>
  restores
    .splice(0)
    .reverse()
    .forEach((restore) => restore()),
)
function stub(target: object, key: string, value: unknown) {
  const own = Object.getOwnPropertyDescriptor(target, key)
  Object.defineProperty(target, key, { value, configurable: true, writable: true })
  restores.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<string, unknown>)[key]))
}
/** `fetch` replaced: each request is recorded and `answer` says what comes back. */
function fakeFetch(answer: (url: string, init: RequestInit) => Promise<Response>) {
  const requests: Array<{ method: string; url: string }> = []
  stub(globalThis, 'fetch', (url: string, init: RequestInit) => {
    requests.push({ method: String(init.method), url })
    return answer(url, init)
  })
  return requests
}
/** `navigator.sendBeacon` replaced: each call is recorded; `accept` says whether the browser takes it. */
function fakeBeacon(accept = () => true) {
  const calls: Array<{ url: string; ids: string[]; accepted: boolean }> = []
  stub(navigator, 'sendBeacon', (url: string, body: string) => {
    const accepted = accept()
    calls.push({ url, ids: (JSON.parse(body) as Receipt[]).map((r) => r.id), accepted })
    return accepted
  })
  return calls
}
/** Queues receipts directly, oldest first, for the next client on `storeName` to find. */
async function queued(storeName: string, ids: string[], texts: Array<string | undefined> = []) {
  const q = openQueue(storeName)
  for (const [i, id] of ids.entries()) await q.add(receipt(id), i + 1, 500, texts[i])
}
const typesOf = (events: ReceiptEvent[]) => events.map((e) => e.type)

describe('createReceiptClient', () => {
  it('queues durably, then delivers each receipt once and keeps it in the history', async () => {
    const sent: string[][] = []
    const { client, events, until } = setup({ transport: async (batch) => void sent.push(batch.map((r) => r.id)) })
    clients.push(client)
    await client.record(receipt('r_first_001', '2024-05-01T09:30:00.000Z'))
    await client.record(receipt('r_second_01', '2024-05-02T09:30:00.000Z'))
    await until((e) => e.type === 'delivered' && e.ids.includes('r_second_01'))
    expect(sent.flat()).to.deep.equal(['r_first_001', 'r_second_01'])
    expect(events.filter((e) => e.type === 'queued').length).to.equal(2)
    expect((await client.history()).map((r) => r.id)).to.deep.equal(['r_second_01', 'r_first_001'])
  })

  it('retries network errors, 5xx and 429 with backoff until delivered, losing nothing', async () => {
    const failures = [
      Object.assign(new Error('HTTP 500'), { status: 500, retryAfter: 0 }),
      new TypeError('Failed to fetch'),
      Object.assign(new Error('HTTP 429'), { status: 429, retryAfter: 3 }),
      Object.assign(new Error('HTTP 408'), { status: 408 }),
    ]
    const attempts: string[][] = []
    const { client, events, until } = setup({
      transport: async (batch) => {
        attempts.push(batch.map((r) => r.id))
        const failure = failures.shift()
        if (failure) throw failure
      },
    })
    clients.push(client)
    await client.record(receipt('r_retried_01'))
    await until((e) => e.type === 'delivered')
    expect(attempts).to.deep.equal(Array(5).fill(['r_retried_01']))
    const retries = events.filter((e): e is Extract<ReceiptEvent, { type: 'retry' }> => e.type === 'retry')
    expect(retries.map((e) => [e.attempt, e.ids])).to.deep.equal([
      [1, ['r_retried_01']],
      [2, ['r_retried_01']],
      [3, ['r_retried_01']],
      [4, ['r_retried_01']],
    ])
    // Retry-After (3 ms) is a floor under the backoff of attempt 3 (2–4 ms).
    expect(retries[2]!.delay).to.be.within(3, 4)
    // Jittered exponential backoff: base 1 ms doubled per attempt, 50–100 % of it.
    expect(retries[1]!.delay).to.be.within(1, 2)
    // `Retry-After: 0` does not mean at once: the backoff still applies.
    expect(retries[0]!.delay).to.be.within(0.5, 1)
  })

  it("does not back off for a request the page's own departure cut off: the next page sends it at once", async () => {
    const storeName = `test-client-leaving-${Date.now()}`
    const slow = { base: 60_000, max: 60_000 }
    let cutOff!: () => void
    const cut = new Promise<void>((resolve) => (cutOff = resolve))
    const leaving = setup({
      storeName,
      retry: slow,
      // What Chromium does to a fetch in flight when the visitor follows a link.
      transport: async () => {
        dispatchEvent(new PageTransitionEvent('pagehide'))
        cutOff()
        throw new TypeError('Failed to fetch')
      },
    })
    clients.push(leaving.client)
    await leaving.client.record(receipt('r_cut_off_1'))
    await cut
    await leaving.client.flush()
    leaving.client.close()
    expect(leaving.events.filter((e) => e.type === 'retry')).to.deep.equal([])
    // The next page: with a stored backoff it would wait 30–60 s.
    const next = setup({ storeName, retry: slow, transport: async () => {} })
    clients.push(next.client)
    await next.until((e) => e.type === 'delivered' && e.ids.includes('r_cut_off_1'))
  })

  it('keeps a 4xx answer aside as a permanent rejection and never retries it', async () => {
    let calls = 0
    const { client, until, events } = setup({
      transport: async () => {
        calls++
        throw Object.assign(new Error('HTTP 401'), { status: 401 })
      },
    })
    clients.push(client)
    await client.record(receipt('r_refused_1'))
    await until((e) => e.type === 'rejected')
    await client.flush()
    expect(calls).to.equal(1)
    expect(await client.rejected()).to.deep.equal([
      { receipt: receipt('r_refused_1'), errors: [{ path: '', message: 'HTTP 401' }] },
    ])
    expect((await client.history()).map((r) => r.id)).to.deep.equal(['r_refused_1'])
    expect(events.filter((e) => e.type === 'delivered')).to.deep.equal([])
  })

  it('sets aside only the receipts the backend names as rejected', async () => {
    const { client, events, until } = setup({
      // Named by index only, as a backend that does not echo ids would.
      transport: async (batch) => ({
        rejected: batch.flatMap((r, index) =>
          r.id === 'r_bad_00001' ? [{ index, errors: [{ path: 'subject', message: 'bad' }] }] : [],
        ),
      }),
      batchSize: 10,
    })
    clients.push(client)
    await Promise.all([client.record(receipt('r_good_0001')), client.record(receipt('r_bad_00001'))])
    await until((e) => e.type === 'rejected')
    await client.flush()
    expect(events.filter((e) => e.type === 'rejected')).to.deep.equal([
      { type: 'rejected', id: 'r_bad_00001', errors: [{ path: 'subject', message: 'bad' }] },
    ])
    expect((await client.rejected()).map((r) => r.receipt.id)).to.deep.equal(['r_bad_00001'])
    expect(events.filter((e) => e.type === 'delivered').flatMap((e) => (e as { ids: string[] }).ids)).to.deep.equal([
      'r_good_0001',
    ])
  })

  it('splits a batch the backend finds too large (413)', async () => {
    const sizes: number[] = []
    const { client, until } = setup({
      batchSize: 4,
      transport: async (batch) => {
        sizes.push(batch.length)
        if (batch.length > 1) throw Object.assign(new Error('HTTP 413'), { status: 413 })
      },
    })
    clients.push(client)
    await client.flush()
    await Promise.all(['r_split_001', 'r_split_002'].map((id) => client.record(receipt(id))))
    await until((e) => e.type === 'delivered' && e.ids.includes('r_split_002'))
    expect(sizes.filter((s) => s === 1).length).to.equal(2)
  })

  it('sets receipts aside with an event when the endpoint is malformed or not http(s)', async () => {
    // The last one holds an http URL, but its own scheme is ftp:.
    for (const endpoint of [
      'http://[bad',
      'ftp://collector.example/v1/receipts',
      'ftp://mirror.example/https://c.example/',
    ]) {
      const { client, until, events } = setup({ endpoint })
      clients.push(client)
      await client.record(receipt('r_no_where1'))
      await until((e) => e.type === 'rejected')
      expect(events.find((e) => e.type === 'rejected')).to.deep.equal({
        type: 'rejected',
        id: 'r_no_where1',
        errors: [{ path: 'receipts.endpoint', message: `not an http(s) URL: ${JSON.stringify(endpoint)}` }],
      })
    }
  })

  it('drops the oldest undelivered receipt when the queue is full, with an event', async () => {
    const { client, events } = setup({ maxQueue: 2, transport: () => new Promise(() => {}) })
    clients.push(client)
    client.close() // nothing is delivered: the queue only fills
    for (const id of ['r_full_0001', 'r_full_0002', 'r_full_0003']) await client.record(receipt(id))
    expect(events.filter((e) => e.type === 'dropped')).to.deep.equal([{ type: 'dropped', ids: ['r_full_0001'] }])
    expect((await client.history()).map((r) => r.id).sort()).to.deep.equal(['r_full_0002', 'r_full_0003'])
  })

  describe('wordings', () => {
    const WORDING = 'Cookieの利用について: アクセス解析と広告に使います'
    /** A backend that keeps what it is sent, as the collector does, and says which wordings it lacks. */
    const backend = () => {
      const receipts = new Set<string>()
      const texts = new Map<string, string>()
      const puts: string[] = []
      const transport = async (batch: Receipt[]) => {
        for (const r of batch) receipts.add(r.id)
        const missing = batch.map((r) => r.ui.textHash!).filter((h) => h && !texts.has(h))
        return { textsMissing: [...new Set(missing)] }
      }
      const textTransport = async (hash: string, text: string) => {
        puts.push(hash)
        texts.set(hash, text)
      }
      return { receipts, texts, puts, transport, textTransport }
    }
    const withText = async (id: string, text: string) => ({ ...receipt(id), ui: { textHash: await textHash(text) } })

    it('sends a wording only when the collector lacks it, once per wording, then keeps no copy', async () => {
      const b = backend()
      const { client, until } = setup({ transport: b.transport, textTransport: b.textTransport })
      clients.push(client)
      await client.record(await withText('r_text_0001', WORDING), WORDING)
      await until((e) => e.type === 'delivered' && e.ids.includes('r_text_0001'))
      await client.record(await withText('r_text_0002', WORDING), WORDING)
      await client.record(await withText('r_text_0003', 'English wording'), 'English wording')
      await until((e) => e.type === 'delivered' && e.ids.includes('r_text_0003'))
      expect(b.puts).to.deep.equal([await textHash(WORDING), await textHash('English wording')])
      expect(b.texts.get(await textHash(WORDING))).to.equal(WORDING)
      // Delivered, the queue keeps the receipts for the history, not their wordings.
      expect((await openQueue(client.storeName).list()).map((e) => e.x)).to.deep.equal([
        undefined,
        undefined,
        undefined,
      ])
    })

    it('keeps the wording queued when the page goes away between the receipt and its wording', async () => {
      const b = backend()
      const storeName = freshStore()
      let closing: () => void = () => {}
      const gone = new Promise<void>((resolve) => (closing = resolve))
      const first = setup({
        storeName,
        transport: b.transport,
        // The page unloads while the wording is on its way: the request fails as a network error.
        textTransport: async () => {
          closing()
          throw new TypeError('Failed to fetch')
        },
      })
      await first.client.record(await withText('r_closing_1', WORDING), WORDING)
      await gone
      first.client.close()
      expect(b.receipts.has('r_closing_1')).to.equal(true)
      expect(b.texts.size).to.equal(0)
      // The next page: the receipt is sent again (the collector dedupes it), the wording with it.
      const next = setup({ storeName, transport: b.transport, textTransport: b.textTransport })
      clients.push(next.client)
      await next.until((e) => e.type === 'delivered' && e.ids.includes('r_closing_1'))
      expect(b.texts.get(await textHash(WORDING))).to.equal(WORDING)
      expect(next.events.filter((e) => e.type === 'text-sent')).to.deep.equal([
        { type: 'text-sent', hash: await textHash(WORDING) },
      ])
    })

    it('reports a wording the collector refuses for good and still delivers its receipt', async () => {
      const b = backend()
      const errors = [{ path: 'text', message: 'body: its SHA-256 is …, not the ui.textHash in the URL' }]
      let puts = 0
      const { client, until, events } = setup({
        transport: b.transport,
        textTransport: async () => {
          puts++
          throw Object.assign(new Error('HTTP 400'), { status: 400, errors })
        },
      })
      clients.push(client)
      await client.record(await withText('r_refused_t', WORDING), 'not the wording hashed')
      await until((e) => e.type === 'delivered')
      expect(events.filter((e) => e.type === 'text-rejected')).to.deep.equal([
        { type: 'text-rejected', hash: await textHash(WORDING), errors },
      ])
      expect(puts).to.equal(1)
    })
  })

  describe('defaults', () => {
    it("needs no event listener and keeps its queue in the 'sekisho-receipts' database", async () => {
      const sent: string[] = []
      const client = createReceiptClient({ transport: async (batch) => void sent.push(...batch.map((r) => r.id)) })
      clients.push(client)
      // The database outlives the test run (ids are recorded once): a new id each run.
      const id = `r_default_${Date.now()}`
      await client.record(receipt(id))
      await client.flush()
      expect(sent).to.include(id)
      expect((await openQueue('sekisho-receipts').list()).map((e) => e.r.id)).to.include(id)
    })

    it('backs off 0.5–1 s after a first failure, and at most 5 minutes', async () => {
      const unavailable = async () => {
        throw Object.assign(new Error('HTTP 503'), { status: 503 })
      }
      const first = setup({ retry: undefined, transport: unavailable })
      clients.push(first.client)
      await first.client.record(receipt('r_backoff_01'))
      await first.until((e) => e.type === 'retry')
      // After 20 failed attempts the doubling would reach 12 days; the ceiling holds it at 5 minutes.
      const storeName = freshStore()
      await openQueue(storeName).setRetry({ n: 20, at: 0 })
      const later = setup({ storeName, retry: undefined, transport: unavailable })
      clients.push(later.client)
      await later.client.record(receipt('r_backoff_02'))
      await later.until((e) => e.type === 'retry')
      const [one, twentyOne] = [first, later].map(
        ({ events }) => events.find((e): e is Extract<ReceiptEvent, { type: 'retry' }> => e.type === 'retry')!,
      )
      expect(one!.attempt).to.equal(1)
      expect(one!.delay).to.be.within(500, 1000)
      expect(twentyOne!.attempt).to.equal(21)
      expect(twentyOne!.delay).to.be.within(150_000, 300_000)
    })

    it('sends 50 receipts per request', async () => {
      const storeName = freshStore()
      await queued(
        storeName,
        Array.from({ length: 51 }, (_, i) => `r_batch_${String(i).padStart(3, '0')}`),
      )
      const sizes: number[] = []
      const { client, until } = setup({ storeName, transport: async (batch) => void sizes.push(batch.length) })
      clients.push(client)
      await until((e) => e.type === 'drained')
      expect(sizes).to.deep.equal([50, 1])
    })

    it('keeps 500 pending receipts: the 501st recorded drops the oldest', async () => {
      const storeName = freshStore()
      const ids = Array.from({ length: 500 }, (_, i) => `r_cap_${String(i).padStart(5, '0')}`)
      // In one transaction, as the queue stores them (`[kind, queuedAt, id]`): 500 adds one by one,
      // each reading the queue for its id, take longer than a test may.
      await setMany(
        ids.map((id, i) => [[PENDING, i + 1, id], { r: receipt(id), t: i + 1 }]),
        createStore(storeName, 'receipts'),
      )
      expect(await openQueue(storeName).take(501)).to.have.length(500)
      // No endpoint or transport: nothing is delivered, the queue only fills.
      const { client, events } = setup({ storeName })
      clients.push(client)
      await client.record(receipt('r_cap_00500'))
      expect(events.filter((e) => e.type === 'dropped')).to.deep.equal([{ type: 'dropped', ids: ['r_cap_00000'] }])
    })

    it('keeps the last 20 delivered receipts in the history', async () => {
      const storeName = freshStore()
      const ids = Array.from({ length: 21 }, (_, i) => `r_hist_${String(i).padStart(4, '0')}`)
      await queued(storeName, ids)
      const { client, until } = setup({ storeName, transport: async () => {} })
      clients.push(client)
      await until((e) => e.type === 'drained')
      // All share one timestamp, so the history's order says nothing here: compare as sets.
      expect((await client.history()).map((r) => r.id).sort()).to.deep.equal(ids.slice(1))
    })
  })

  describe('endpoint', () => {
    it('POSTs to an endpoint relative to the page and PUTs a missing wording to texts/ beside it', async () => {
      const hash = await textHash('Cookie wording')
      const requests = fakeFetch(async (_, init) =>
        init.method === 'POST'
          ? new Response(JSON.stringify({ accepted: ['r_endpoint1'], rejected: [], textsMissing: [hash] }), {
              status: 202,
            })
          : new Response(null, { status: 201 }),
      )
      const { client, until } = setup({ endpoint: 'collect/v1/receipts' })
      clients.push(client)
      await client.record({ ...receipt('r_endpoint1'), ui: { textHash: hash } }, 'Cookie wording')
      await until((e) => e.type === 'delivered')
      expect(requests).to.deep.equal([
        { method: 'POST', url: new URL('collect/v1/receipts', location.href).href },
        { method: 'PUT', url: new URL(`collect/v1/texts/${hash}`, location.href).href },
      ])
    })

    it('PUTs a missing wording to textsEndpoint when given', async () => {
      const hash = await textHash('Cookie wording')
      const requests = fakeFetch(async (_, init) =>
        init.method === 'POST'
          ? new Response(JSON.stringify({ textsMissing: [hash] }), { status: 202 })
          : new Response(null, { status: 201 }),
      )
      const { client, until } = setup({ endpoint: '/v1/receipts', textsEndpoint: 'https://texts.example/v1/t/' })
      clients.push(client)
      await client.record({ ...receipt('r_texts_at1'), ui: { textHash: hash } }, 'Cookie wording')
      await until((e) => e.type === 'delivered')
      expect(requests).to.deep.equal([
        { method: 'POST', url: new URL('/v1/receipts', location.href).href },
        { method: 'PUT', url: `https://texts.example/v1/t/${hash}` },
      ])
    })

    it('lets a transport replace the POST to the endpoint', async () => {
      const requests = fakeFetch(async () => new Response(null, { status: 202 }))
      const posted: string[] = []
      const { client, until } = setup({
        endpoint: 'https://collector.example/v1/receipts',
        transport: async (batch) => void posted.push(...batch.map((r) => r.id)),
      })
      clients.push(client)
      await client.record(receipt('r_own_post1'))
      await until((e) => e.type === 'delivered')
      expect(posted).to.deep.equal(['r_own_post1'])
      expect(requests).to.deep.equal([])
    })
  })

  describe('wordings held', () => {
    it('sends each missing wording with its own text, from whichever receipt holds it, and none it lacks', async () => {
      const [one, two, three] = await Promise.all(['wording one', 'wording two', 'wording three'].map(textHash))
      const storeName = freshStore()
      const q = openQueue(storeName)
      const withHash = (id: string, hash: string) => ({ ...receipt(id), ui: { textHash: hash! } })
      // The first receipt of wording one came without it (an earlier page lost it); the second holds it.
      await q.add(withHash('r_held_0001', one!), 1, 500)
      await q.add(withHash('r_held_0002', one!), 2, 500, 'wording one')
      await q.add(withHash('r_held_0003', two!), 3, 500, 'wording two')
      await q.add(withHash('r_held_0004', three!), 4, 500)
      const puts: Array<[string, string]> = []
      const { client, until, events } = setup({
        storeName,
        transport: async () => ({ textsMissing: [two!, one!, three!] }),
        textTransport: async (hash, text) => void puts.push([hash, text]),
      })
      clients.push(client)
      await until((e) => e.type === 'drained')
      expect(puts).to.deep.equal([
        [two, 'wording two'],
        [one, 'wording one'],
      ])
      expect(typesOf(events)).to.deep.equal(['text-sent', 'text-sent', 'delivered', 'drained'])
    })

    it('delivers the receipt and sends no wording when there is no text transport', async () => {
      const { client, until, events } = setup({
        transport: async (batch) => ({ textsMissing: batch.map((r) => r.ui.textHash!) }),
      })
      clients.push(client)
      const hash = await textHash('wording')
      await client.record({ ...receipt('r_no_texts1'), ui: { textHash: hash } }, 'wording')
      await until((e) => e.type === 'drained')
      expect(typesOf(events)).to.deep.equal(['queued', 'delivered', 'drained'])
    })

    it('reports the status as the reason when a wording is refused without one', async () => {
      const hash = await textHash('wording')
      const { client, until, events } = setup({
        transport: async () => ({ textsMissing: [hash] }),
        textTransport: async () => {
          throw Object.assign(new Error('HTTP 404'), { status: 404 })
        },
      })
      clients.push(client)
      await client.record({ ...receipt('r_text_gone'), ui: { textHash: hash } }, 'wording')
      await until((e) => e.type === 'delivered')
      expect(events.filter((e) => e.type === 'text-rejected')).to.deep.equal([
        { type: 'text-rejected', hash, errors: [{ path: 'text', message: 'HTTP 404' }] },
      ])
    })

    it('keeps a wording only with a receipt that carries its hash', async () => {
      const { client } = setup({ transport: async () => {} })
      client.close() // nothing is delivered: the queue keeps what was recorded
      await client.record({ ...receipt('r_no_hash01'), ui: { noText: 'unknown' } }, 'wording')
      await client.record(receipt('r_empty_tx1'), '')
      expect((await openQueue(client.storeName).list()).map((e) => e.x)).to.deep.equal([undefined, undefined])
    })
  })

  describe('rejections', () => {
    const rejecting = (rejected: Array<{ index: number; id?: string; errors?: unknown }>) => async () =>
      ({ rejected }) as never
    const deliverBatch = async (rejected: Array<{ index: number; id?: string; errors?: unknown }>) => {
      const storeName = freshStore()
      await queued(storeName, ['r_batch_one', 'r_batch_two'])
      const s = setup({ storeName, transport: rejecting(rejected) })
      clients.push(s.client)
      await s.until((e) => e.type === 'drained')
      return s
    }
    const delivered = (events: ReceiptEvent[]) => events.flatMap((e) => (e.type === 'delivered' ? e.ids : []))
    const bad = [{ path: 'subject', message: 'bad' }]

    it('sets aside the receipt a rejection names by id, whatever its index', async () => {
      // A backend that numbers what it kept of the batch, not the batch itself.
      const { events } = await deliverBatch([{ index: 0, id: 'r_batch_two', errors: bad }])
      expect(events.filter((e) => e.type === 'rejected')).to.deep.equal([
        { type: 'rejected', id: 'r_batch_two', errors: bad },
      ])
      expect(delivered(events)).to.deep.equal(['r_batch_one'])
    })

    it('ignores a rejection that names no receipt of the batch', async () => {
      const { events } = await deliverBatch([{ index: 7, id: 'r_not_in_batch', errors: bad }])
      expect(delivered(events)).to.deep.equal(['r_batch_one', 'r_batch_two'])
      expect(events.filter((e) => e.type === 'rejected')).to.deep.equal([])
    })

    it('sets aside a receipt rejected without reasons with an empty list of them', async () => {
      const { events, client } = await deliverBatch([{ index: 1 }])
      expect(events.filter((e) => e.type === 'rejected')).to.deep.equal([
        { type: 'rejected', id: 'r_batch_two', errors: [] },
      ])
      expect(await client.rejected()).to.deep.equal([{ receipt: receipt('r_batch_two'), errors: [] }])
    })

    it('lists a receipt an earlier release set aside without reasons with none', async () => {
      const storeName = freshStore()
      const q = openQueue(storeName)
      await q.add(receipt('r_earlier_1'), 1, 500)
      await q.settle([], await q.take(1), 20, 500)
      const { client } = setup({ storeName, transport: async () => {} })
      clients.push(client)
      expect(await client.rejected()).to.deep.equal([{ receipt: receipt('r_earlier_1'), errors: [] }])
    })

    it('keeps at most maxQueue receipts aside, removing the oldest first', async () => {
      const { client, until } = setup({
        maxQueue: 2,
        transport: async () => {
          throw Object.assign(new Error('HTTP 422'), { status: 422 })
        },
      })
      clients.push(client)
      // One at a time, so that each is set aside before the next is queued (the pending bound is not in play).
      for (const id of ['r_aside_001', 'r_aside_002', 'r_aside_003']) {
        await client.record(receipt(id))
        await until((e) => e.type === 'rejected' && e.id === id)
      }
      expect((await client.rejected()).map((r) => r.receipt.id)).to.deep.equal(['r_aside_002', 'r_aside_003'])
    })

    it('sets aside a single receipt too large for the backend (413) instead of splitting it', async () => {
      let calls = 0
      const { client, until, events } = setup({
        transport: async () => {
          // A client that split forever would loop here; this ends it (delivered) so the test fails fast.
          if (++calls > 2) return
          throw Object.assign(new Error('HTTP 413'), { status: 413 })
        },
      })
      clients.push(client)
      await client.record(receipt('r_too_big01'))
      await until((e) => e.type === 'rejected' || e.type === 'delivered')
      expect(calls).to.equal(1)
      expect(events.find((e) => e.type === 'rejected')).to.deep.include({ id: 'r_too_big01' })
    })

    it('retries a batch that failed for another reason whole, not split', async () => {
      const storeName = freshStore()
      await queued(storeName, ['r_whole_001', 'r_whole_002'])
      const attempts: string[][] = []
      const { client, until } = setup({
        storeName,
        transport: async (batch) => {
          attempts.push(batch.map((r) => r.id))
          if (attempts.length === 1) throw Object.assign(new Error('HTTP 503'), { status: 503 })
        },
      })
      clients.push(client)
      await until((e) => e.type === 'drained')
      expect(attempts).to.deep.equal([
        ['r_whole_001', 'r_whole_002'],
        ['r_whole_001', 'r_whole_002'],
      ])
    })
  })

  describe('backoff', () => {
    it("stores its backoff for the site's other tabs and pages, which wait for it too", async () => {
      const storeName = freshStore()
      const slow = { base: 60_000, max: 60_000 }
      const first = setup({
        storeName,
        retry: slow,
        transport: async () => {
          throw Object.assign(new Error('HTTP 503'), { status: 503 })
        },
      })
      clients.push(first.client)
      await first.client.record(receipt('r_shared_01'))
      await first.until((e) => e.type === 'retry')
      first.client.close()
      const sent: string[] = []
      const other = setup({ storeName, retry: slow, transport: async (b) => void sent.push(...b.map((r) => r.id)) })
      clients.push(other.client)
      await other.client.flush()
      expect(sent).to.deep.equal([])
    })

    it('starts again at attempt 1 after a delivery', async () => {
      let calls = 0
      const { client, until, events } = setup({
        transport: async () => {
          // Every other attempt fails: r_again_001 fails then goes through, and so does r_again_002.
          if (++calls % 2) throw Object.assign(new Error('HTTP 503'), { status: 503 })
        },
      })
      clients.push(client)
      await client.record(receipt('r_again_001'))
      await until((e) => e.type === 'delivered')
      await client.record(receipt('r_again_002'))
      await until((e) => e.type === 'delivered' && e.ids.includes('r_again_002'))
      expect(events.flatMap((e) => (e.type === 'retry' ? [[e.ids[0], e.attempt]] : []))).to.deep.equal([
        ['r_again_001', 1],
        ['r_again_002', 1],
      ])
    })

    it('sends nothing while offline, and everything when back online', async () => {
      stub(navigator, 'onLine', false)
      const sent: string[] = []
      const { client, until } = setup({ transport: async (b) => void sent.push(...b.map((r) => r.id)) })
      clients.push(client)
      await client.record(receipt('r_offline01'))
      await client.flush()
      expect(sent).to.deep.equal([])
      restores.pop()!()
      dispatchEvent(new Event('online'))
      await until((e) => e.type === 'delivered')
      expect(sent).to.deep.equal(['r_offline01'])
    })

    it('sends nothing once closed, and without an endpoint or transport only queues', async () => {
      const sent: string[] = []
      const closed = setup({ transport: async (b) => void sent.push(...b.map((r) => r.id)) })
      closed.client.close()
      await closed.client.record(receipt('r_closed_01'))
      dispatchEvent(new Event('online'))
      await closed.client.flush()
      expect(sent).to.deep.equal([])
      const nowhere = setup({})
      clients.push(nowhere.client)
      await nowhere.client.record(receipt('r_nowhere01'))
      await nowhere.client.flush()
      expect(typesOf(nowhere.events)).to.deep.equal(['queued'])
      expect((await openQueue(nowhere.client.storeName).take(10)).map((e) => e.r.id)).to.deep.equal(['r_nowhere01'])
    })

    it("does not wait for another database's deliveries", async () => {
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      let started!: () => void
      const sending = new Promise<void>((resolve) => (started = resolve))
      const slow = setup({ transport: () => (started(), held) })
      clients.push(slow.client)
      await slow.client.record(receipt('r_slow_0001'))
      await sending
      const other = setup({ transport: async () => {} })
      clients.push(other.client)
      await other.client.record(receipt('r_other_001'))
      await other.until((e) => e.type === 'delivered')
      release()
      await slow.until((e) => e.type === 'delivered')
    })
  })

  describe('leaving the page', () => {
    const endpoint = new URL('/v1/receipts', location.href).href
    /** An endpoint client whose receipts wait (a backoff is stored): only a beacon can carry them now. */
    const waitingClient = async (accept?: () => boolean) => {
      const storeName = freshStore()
      await openQueue(storeName).setRetry({ n: 1, at: Date.now() + 60_000 })
      const requests = fakeFetch(async () => new Response(null, { status: 202 }))
      const beacons = fakeBeacon(accept)
      const s = setup({ storeName, endpoint: '/v1/receipts' })
      clients.push(s.client)
      return { ...s, requests, beacons }
    }
    const pagehide = () => dispatchEvent(new PageTransitionEvent('pagehide'))

    it('beacons the newest 50 undelivered receipts to the endpoint on pagehide, each once', async () => {
      const { client, beacons, requests } = await waitingClient()
      const ids = Array.from({ length: 51 }, (_, i) => `r_leave_${String(i).padStart(3, '0')}`)
      for (const id of ids) await client.record(receipt(id))
      pagehide()
      expect(beacons).to.deep.equal([{ url: endpoint, ids: ids.slice(1), accepted: true }])
      // What the first beacon carried is on its way; the next carries the rest, then nothing is left.
      pagehide()
      pagehide()
      expect(beacons.slice(1)).to.deep.equal([{ url: endpoint, ids: ids.slice(0, 1), accepted: true }])
      expect(requests).to.deep.equal([])
    })

    it('tries a beacon the browser refused again on the next pagehide', async () => {
      let accept = false
      const { client, beacons } = await waitingClient(() => accept)
      await client.record(receipt('r_refused_b'))
      pagehide()
      accept = true
      pagehide()
      expect(beacons.map((b) => [b.ids, b.accepted])).to.deep.equal([
        [['r_refused_b'], false],
        [['r_refused_b'], true],
      ])
    })

    it('beacons when the page is hidden, not when it becomes visible', async () => {
      const { client, beacons } = await waitingClient()
      await client.record(receipt('r_hidden_01'))
      stub(document, 'visibilityState', 'visible')
      dispatchEvent(new Event('visibilitychange'))
      expect(beacons).to.deep.equal([])
      stub(document, 'visibilityState', 'hidden')
      dispatchEvent(new Event('visibilitychange'))
      expect(beacons.map((b) => b.ids)).to.deep.equal([['r_hidden_01']])
    })

    it('sends no beacon without an endpoint (a transport cannot be beaconed)', async () => {
      const storeName = freshStore()
      await openQueue(storeName).setRetry({ n: 1, at: Date.now() + 60_000 })
      const beacons = fakeBeacon()
      const { client } = setup({ storeName, transport: async () => {} })
      clients.push(client)
      await client.record(receipt('r_own_trans'))
      pagehide()
      expect(beacons).to.deep.equal([])
    })

    it('beacons neither what was delivered nor what is on its way, but what failed and waits', async () => {
      const beacons = fakeBeacon()
      const posts: Array<(answer: Response) => void> = []
      let posted = () => {}
      fakeFetch(
        () =>
          new Promise<Response>((resolve) => {
            posts.push(resolve)
            posted()
          }),
      )
      const post = (count: number) =>
        new Promise<void>((resolve) => (posted = () => posts.length >= count && resolve()))
      const { client, until } = setup({ endpoint: '/v1/receipts', batchSize: 1, retry: { base: 60_000 } })
      clients.push(client)
      const first = post(1)
      await client.record(receipt('r_way_00001'))
      await first
      // r_way_00001 is on its way: a beacon would send it twice.
      await client.record(receipt('r_way_00002'))
      pagehide()
      expect(beacons.map((b) => b.ids)).to.deep.equal([['r_way_00002']])
      const second = post(2)
      posts[0]!(new Response(null, { status: 202 }))
      await second
      posts[1]!(new Response(null, { status: 503 }))
      await until((e) => e.type === 'retry')
      // Delivered, r_way_00001 is not beaconed again; r_way_00002 failed and waits: it is.
      pagehide()
      expect(beacons.map((b) => b.ids)).to.deep.equal([['r_way_00002'], ['r_way_00002']])
    })

    it('beacons nothing another tab has delivered since this one recorded it', async () => {
      const { client, beacons } = await waitingClient()
      await client.record(receipt('r_other_tab'))
      // This tab's drain saw the backoff and waits; then the backoff is over and another tab (a client
      // on the same database) delivers the receipt.
      await client.flush()
      await openQueue(client.storeName).setRetry({ n: 0, at: 0 })
      const other = setup({ storeName: client.storeName, transport: async () => {} })
      clients.push(other.client)
      await other.until((e) => e.type === 'delivered')
      await client.flush()
      pagehide()
      expect(beacons).to.deep.equal([])
    })

    it('beacons a receipt recorded while a drain was finding the queue empty (a decision right as the client starts)', async () => {
      const beacons = fakeBeacon()
      fakeFetch(() => new Promise<Response>(() => {}))
      // The client's first drain reads the queue; the decision is recorded right after that read began,
      // so the read cannot see it. The page leaves as soon as the decision is stored.
      let reads = 0
      const getAll = IDBObjectStore.prototype.getAll
      stub(IDBObjectStore.prototype, 'getAll', function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
        const request = getAll.apply(this, args)
        if (!reads++) void client.record(receipt('r_race_0001'))
        return request
      })
      const { client, until } = setup({ endpoint: '/v1/receipts' })
      clients.push(client)
      await until((e) => e.type === 'queued')
      pagehide()
      expect(beacons.map((b) => b.ids)).to.deep.equal([['r_race_0001']])
    })

    it("beacons a receipt whose fetch the departure cut off at the departure's next event, once", async () => {
      const beacons = fakeBeacon()
      let cut!: (error: Error) => void
      let posted!: () => void
      const fetched = new Promise<void>((resolve) => (posted = resolve))
      // The first fetch waits to be cut off; a later one (the flush below) fails at once, as on a page leaving.
      let calls = 0
      fakeFetch(() =>
        calls++
          ? Promise.reject(new TypeError('Failed to fetch'))
          : new Promise<Response>((_, reject) => ((cut = reject), posted())),
      )
      const { client } = setup({ endpoint: '/v1/receipts' })
      clients.push(client)
      await client.record(receipt('r_cut_00001'))
      await fetched
      // On its way at pagehide: no beacon yet.
      pagehide()
      expect(beacons).to.deep.equal([])
      cut(new TypeError('Failed to fetch'))
      // The drain sees the failure before the page's visibility changes, which beacons the receipt.
      await client.flush()
      stub(document, 'visibilityState', 'hidden')
      dispatchEvent(new Event('visibilitychange'))
      dispatchEvent(new Event('visibilitychange'))
      expect(beacons.map((b) => b.ids)).to.deep.equal([['r_cut_00001']])
    })

    it('backs off as usual for a failure while the tab is only hidden (the page stays)', async () => {
      let cutOff!: () => void
      const cut = new Promise<void>((resolve) => (cutOff = resolve))
      let calls = 0
      const { client, events } = setup({
        transport: async () => {
          if (++calls > 1) return
          stub(document, 'visibilityState', 'hidden')
          dispatchEvent(new Event('visibilitychange'))
          cutOff()
          throw new TypeError('Failed to fetch')
        },
      })
      clients.push(client)
      await client.record(receipt('r_bg_tab_01'))
      await cut
      await client.flush()
      expect(events.filter((e) => e.type === 'retry').map((e) => (e as { attempt: number }).attempt)).to.deep.equal([1])
    })

    it('back from the back/forward cache, sends at once what leaving cut off, then backs off as usual', async () => {
      let cutOff!: () => void
      const cut = new Promise<void>((resolve) => (cutOff = resolve))
      let calls = 0
      const { client, until, events } = setup({
        retry: { base: 60_000, max: 60_000 },
        transport: async () => {
          calls++
          if (calls === 1) pagehide(), cutOff()
          if (calls < 4) throw new TypeError('Failed to fetch')
        },
      })
      clients.push(client)
      await client.record(receipt('r_bfcache_1'))
      await cut
      // Leaving, a failed attempt is the departure's: no backoff stored, nothing scheduled.
      await client.flush()
      expect([calls, events.filter((e) => e.type === 'retry')]).to.deep.equal([2, []])
      // The page is shown again: the cut-off receipt goes now, and a failure is no longer the departure's.
      const shown = until((e) => e.type === 'retry')
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))
      await shown
      expect(calls).to.equal(3)
    })
  })

  describe('without IndexedDB', () => {
    /** A database of the client's name that lacks its object store: every queue operation fails. */
    const brokenDatabase = async () => {
      const name = freshStore()
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onupgradeneeded = () => open.result.createObjectStore('not-receipts')
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      db.close()
      return name
    }

    it('reports the failure and sends the receipt once, best effort, with its wording if missing', async () => {
      const storeName = await brokenDatabase()
      const hash = await textHash('wording')
      const sent: string[] = []
      const puts: string[] = []
      const { client, until, events } = setup({
        storeName,
        transport: async (batch) => (sent.push(...batch.map((r) => r.id)), { textsMissing: [hash] }),
        textTransport: async (h) => void puts.push(h),
      })
      clients.push(client)
      // Delivery cannot read the queue: reported, and flush still settles.
      await client.flush()
      expect(typesOf(events)).to.deep.equal(['error'])
      await client.record({ ...receipt('r_no_idb_01'), ui: { textHash: hash } }, 'wording')
      await until((e) => e.type === 'text-sent')
      expect([sent, puts]).to.deep.equal([['r_no_idb_01'], [hash]])
      expect(typesOf(events)).to.deep.equal(['error', 'error', 'text-sent'])
      // With nothing to send to, recording still resolves.
      const nowhere = setup({ storeName })
      clients.push(nowhere.client)
      await nowhere.client.record(receipt('r_no_idb_02'))
      expect(typesOf(nowhere.events)).to.include('error')
    })
  })
})
