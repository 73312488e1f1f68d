import { expect } from 'chai'
import {
  createReceiptClient,
  openQueue,
  textHash,
  type ReceiptClientOptions,
  type ReceiptEvent,
  type Receipt,
} from '../index.ts'
import { sampleReceipt } from '../schema/sample-receipt.ts'

let n = 0
const receipt = (id: string, timestamp = '2024-05-01T09:30:00.000Z'): Receipt => ({ ...sampleReceipt(), id, timestamp })

/** A client on a fresh database that records its events; `until` resolves at the first matching event. */
function setup(options: ReceiptClientOptions) {
  const events: ReceiptEvent[] = []
  const waiters: Array<[(e: ReceiptEvent) => boolean, () => void]> = []
  const storeName = options.storeName ?? `test-client-${Date.now()}-${n++}`
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
    expect(attempts).to.deep.equal([['r_retried_01'], ['r_retried_01'], ['r_retried_01'], ['r_retried_01']])
    const retries = events.filter((e): e is Extract<ReceiptEvent, { type: 'retry' }> => e.type === 'retry')
    expect(retries.map((e) => e.attempt)).to.deep.equal([1, 2, 3])
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
    const { client, until } = setup({
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

  it('sets receipts aside with an event when the endpoint is malformed', async () => {
    const { client, until, events } = setup({ endpoint: 'http://[bad' })
    clients.push(client)
    await client.record(receipt('r_no_where1'))
    await until((e) => e.type === 'rejected')
    expect(events.find((e) => e.type === 'rejected')).to.deep.equal({
      type: 'rejected',
      id: 'r_no_where1',
      errors: [{ path: 'receipts.endpoint', message: 'not an http(s) URL: "http://[bad"' }],
    })
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
      const storeName = `test-client-${Date.now()}-${n++}`
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
})
