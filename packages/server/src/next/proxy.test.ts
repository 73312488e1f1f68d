// `@sekisho/server/next`: the proxy's response as Next reads it (its headers, and the request headers
// it passes on, which NextResponse.next() carries as x-middleware-request-* headers).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSekishoServer } from '../serve/server.ts'
import { proxyHeaders, sekishoProxy } from './proxy.ts'

const config = {
  revision: 'r1',
  controller: { name: 'Shop K.K.' },
  purposes: [{ id: 'necessary', required: true }, { id: 'advertising' }],
  services: ['meta-pixel'],
  receipts: { endpoint: 'https://consent.example.jp/v1/receipts' },
}
/** A consent cookie granting advertising (format: core README). */
const ADVERTISING = 'sekisho=2|r1|' + Date.now() + '|necessary.advertising||subject0001||a|'
const page = (cookie?: string) => new Request('https://shop.example.jp/', { headers: cookie ? { cookie } : {} })

test("the proxy sends the policy of the visitor's cookie, varying by cookie, and leaves the request alone", () => {
  const proxy = sekishoProxy(createSekishoServer({ config, csp: true }))
  const before = proxy(page())
  assert.equal(before.headers.get('x-middleware-next'), '1')
  const policy = before.headers.get('content-security-policy')!
  assert.doesNotMatch(policy, /facebook/)
  // Sekisho's own receipts go to the collector's origin.
  assert.match(policy, /connect-src 'self' https:\/\/consent\.example\.jp(;|$)/)
  assert.equal(before.headers.get('vary'), 'Cookie')
  assert.equal(before.headers.get('x-middleware-override-headers'), null)
  assert.match(proxy(page(ADVERTISING)).headers.get('content-security-policy')!, /connect\.facebook\.net/)
})

test('with nonce: a fresh one per request in script-src, passed on in the request policy Next reads and in x-nonce', () => {
  const proxy = sekishoProxy(createSekishoServer({ config, csp: true }), { nonce: true })
  const nonces = [page(), page(ADVERTISING)].map((request) => {
    const response = proxy(request)
    const policy = response.headers.get('content-security-policy')!
    const nonce = /script-src [^;]*'nonce-([A-Za-z0-9+/]{22}==)'/.exec(policy)![1]!
    assert.equal(response.headers.get('x-middleware-request-content-security-policy'), policy)
    assert.equal(response.headers.get('x-middleware-request-x-nonce'), nonce)
    // The request's own headers go on too (NextResponse.next lists what it overrides).
    assert.match(response.headers.get('x-middleware-override-headers')!, /content-security-policy/)
    return nonce
  })
  assert.notEqual(nonces[0], nonces[1])
})

test('CSP mode off: the proxy passes every request on untouched; report-only is the header Next reads too', () => {
  const off = sekishoProxy(createSekishoServer({ config }), { nonce: true })(page())
  assert.deepEqual([...off.headers], [['x-middleware-next', '1']])
  const server = createSekishoServer({ config, csp: { reportOnly: true } })
  const headers = proxyHeaders(server, page(), { nonce: true })!
  assert.match(headers.request!.get('content-security-policy-report-only')!, /'nonce-/)
  assert.equal(headers.response.get('content-security-policy'), null)
})
