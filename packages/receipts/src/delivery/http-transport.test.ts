import { expect } from 'chai'
import { httpTextTransport, httpTransport, retryAfterMs, type TransportError } from '../index.ts'
import { sampleReceipt } from '../schema/sample-receipt.ts'

const answering = (status: number, body: unknown, headers: Record<string, string> = {}) => {
  const requests: Array<{ url: string; init: RequestInit }> = []
  const fetcher = (async (url: string, init: RequestInit) => {
    requests.push({ url, init })
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers })
  }) as typeof fetch
  return { requests, fetcher }
}
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('resolved'),
    (e: TransportError) => e,
  )

describe('httpTransport', () => {
  it('POSTs the batch as JSON in text/plain with keepalive and the site headers', async () => {
    const { requests, fetcher } = answering(202, { accepted: ['r_01HXYZABCDEF'], rejected: [] })
    expect(
      await httpTransport('https://c.example/v1/receipts', { 'x-site-key': 'k1' }, fetcher)([sampleReceipt()]),
    ).to.deep.equal({ rejected: [] })
    const { url, init } = requests[0]!
    expect(url).to.equal('https://c.example/v1/receipts')
    expect(init).to.deep.include({
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      body: JSON.stringify([sampleReceipt()]),
    })
    expect(init.headers).to.deep.equal({ 'content-type': 'text/plain;charset=UTF-8', 'x-site-key': 'k1' })
  })
  it('returns the rejected receipts of a 202 or a 400 that names them', async () => {
    const rejected = [{ index: 0, id: 'r_01HXYZABCDEF', errors: [{ path: 'subject', message: 'bad' }] }]
    expect(
      await httpTransport(
        '/x',
        {},
        answering(400, { error: 'nothing acceptable', rejected }).fetcher,
      )([sampleReceipt()]),
    ).to.deep.equal({ rejected })
  })
  it('throws the status and Retry-After for everything else', async () => {
    const e503 = await failure(httpTransport('/x', {}, answering(503, undefined, { 'retry-after': '7' }).fetcher)([]))
    expect([e503.status, e503.retryAfter, e503.message]).to.deep.equal([503, 7000, 'HTTP 503'])
    const e400 = await failure(httpTransport('/x', {}, answering(400, { error: 'not JSON' }).fetcher)([]))
    // A refused batch names no field: the client reports the status and the reason for every receipt.
    expect([e400.status, e400.retryAfter, e400.message, e400.errors]).to.deep.equal([
      400,
      undefined,
      'HTTP 400: not JSON',
      undefined,
    ])
  })
  it('counts only a 400 that names the refused receipts as a partial acceptance', async () => {
    const rejected = [{ index: 0, errors: [{ path: 'subject', message: 'bad' }] }]
    const e500 = await failure(httpTransport('/x', {}, answering(500, { rejected }).fetcher)([sampleReceipt()]))
    expect(e500.status).to.equal(500)
  })
  it('takes an answer without a JSON object as delivered, refusing nothing', async () => {
    for (const body of [undefined, null, 'accepted'])
      expect(await httpTransport('/x', {}, answering(202, body).fetcher)([sampleReceipt()])).to.deep.equal({
        rejected: undefined,
      })
  })
  it("sends without keepalive a body over the browser's 64 KiB keepalive cap, counted in bytes", async () => {
    // 21,000 characters of Japanese: under 60,000 characters, but 63,000 bytes of UTF-8.
    const revision = '改'.repeat(21000)
    const big = { ...sampleReceipt(), policy: { ...sampleReceipt().policy, revision } }
    const receipts = answering(202, {})
    await httpTransport('/x', {}, receipts.fetcher)([big])
    expect(receipts.requests[0]!.init.keepalive).to.equal(false)
    const texts = answering(201, {})
    await httpTextTransport('https://c.example/v1/texts/', {}, texts.fetcher)('ab12', revision)
    expect(texts.requests[0]!.init.keepalive).to.equal(false)
  })
  it('keeps keepalive for a body of 59,999 bytes and drops it from 60,000 bytes', async () => {
    const withRevision = (revision: string) => ({ ...sampleReceipt(), policy: { ...sampleReceipt().policy, revision } })
    const bytes = (text: string) => new TextEncoder().encode(text).length
    /** `size` bytes of UTF-8, mostly three-byte characters: the threshold counts bytes. */
    const filler = (size: number) => '改'.repeat(Math.floor(size / 3)) + 'a'.repeat(size % 3)
    const keepalive = async (size: number) => {
      const revision = filler(size - bytes(JSON.stringify([withRevision('')])))
      expect(bytes(JSON.stringify([withRevision(revision)]))).to.equal(size)
      const receipts = answering(202, {})
      await httpTransport('/x', {}, receipts.fetcher)([withRevision(revision)])
      const texts = answering(201, {})
      await httpTextTransport('https://c.example/v1/texts/', {}, texts.fetcher)('ab12', filler(size))
      return [receipts.requests[0]!.init.keepalive, texts.requests[0]!.init.keepalive]
    }
    expect(await keepalive(59_999)).to.deep.equal([true, true])
    expect(await keepalive(60_000)).to.deep.equal([false, false])
  })
})

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.UTC(2024, 0, 1)
    expect(retryAfterMs('120', now)).to.equal(120000)
    expect(retryAfterMs(new Date(now + 5000).toUTCString(), now)).to.equal(5000)
    expect(retryAfterMs(new Date(now - 5000).toUTCString(), now)).to.equal(0)
    expect(retryAfterMs('0', now)).to.equal(0)
    expect(retryAfterMs('soon', now)).to.equal(undefined)
    // Seconds are digits only: a unit or a sign before them makes the value unreadable.
    expect(retryAfterMs('120s', now)).to.equal(undefined)
    expect(retryAfterMs('~120', now)).to.equal(undefined)
    expect(retryAfterMs('', now)).to.equal(undefined)
    expect(retryAfterMs(null, now)).to.equal(undefined)
  })
})

describe('httpTextTransport', () => {
  it('PUTs the wording as its UTF-8 bytes to the base and its hash, and names the refusal', async () => {
    const ok = answering(201, { hash: 'h', stored: 'now' })
    await httpTextTransport('https://c.example/v1/texts/', { 'x-site-key': 'k1' }, ok.fetcher)('ab12', '同意 ✓')
    const { url, init } = ok.requests[0]!
    expect(url).to.equal('https://c.example/v1/texts/ab12')
    expect(init).to.deep.include({ method: 'PUT', keepalive: true, credentials: 'omit' })
    expect([...(init.body as Uint8Array)]).to.deep.equal([...new TextEncoder().encode('同意 ✓')])
    expect(init.headers).to.deep.equal({ 'content-type': 'text/plain;charset=UTF-8', 'x-site-key': 'k1' })
    const refused = answering(400, { error: 'body: its SHA-256 is 00…, not the ui.textHash in the URL' })
    const error = await failure(httpTextTransport('https://c.example/v1/texts/', {}, refused.fetcher)('ab12', 'x'))
    expect([error.status, error.errors]).to.deep.equal([
      400,
      [{ path: 'text', message: 'body: its SHA-256 is 00…, not the ui.textHash in the URL' }],
    ])
    // An answer without a reason names none (the client then reports the status).
    const gone = await failure(
      httpTextTransport('https://c.example/v1/texts/', {}, answering(404, undefined).fetcher)('ab12', 'x'),
    )
    expect([gone.status, gone.message, gone.errors]).to.deep.equal([404, 'HTTP 404', undefined])
  })

  it('reads textsMissing from the receipts answer', async () => {
    const { fetcher } = answering(202, { accepted: ['r_01HXYZABCDEF'], rejected: [], textsMissing: ['ab12'] })
    expect(await httpTransport('https://c.example/v1/receipts', {}, fetcher)([sampleReceipt()])).to.deep.equal({
      rejected: [],
      textsMissing: ['ab12'],
    })
  })
})
