// The middleware, the fetch-style transform and CSP mode over real HTTP on 127.0.0.1.
import assert from 'node:assert/strict'
import { createServer, get, type IncomingMessage, type ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import { test } from 'node:test'
import { createSekishoServer } from './server.ts'
import { sekishoMiddleware } from './connect.ts'
import { sekishoResponse, withSekisho } from './fetch.ts'

const config = {
  revision: 'r1',
  controller: { name: 'Shop K.K.' },
  purposes: [{ id: 'necessary', required: true }, { id: 'advertising' }, { id: 'affiliate' }],
  services: ['meta-pixel', 'a8net'],
}
const page = '<!doctype html><p>日本語</p><img src="https://px.a8.net/0.gif" alt="">'
const marked = '<!doctype html><p>日本語</p><img data-src="https://px.a8.net/0.gif" alt="" data-sekisho="a8net">'
/** A consent cookie granting advertising only (format: core README). */
const ADVERTISING = 'sekisho=2|r1|' + Date.now() + '|necessary.advertising.!affiliate||subject0001||a|'

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`
  return { url, close: () => new Promise((resolve) => server.close(resolve)) }
}

test('Express/Connect middleware: res.send-style end, chunked writes, writeHead headers', async () => {
  const sekisho = sekishoMiddleware(createSekishoServer({ config }))
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/send': (res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Length', Buffer.byteLength(page))
      res.end(page)
    },
    '/chunks': (res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(page)) })
      // Split inside a multi-byte character and inside the tag.
      const bytes = Buffer.from(page)
      for (let i = 0; i < bytes.length; i += 7) res.write(bytes.subarray(i, i + 7))
      res.end()
    },
    '/json': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ page })),
  }
  const site = await serve((req, res) => sekisho(req, res, () => routes[req.url!]!(res)))
  try {
    for (const path of ['send', 'chunks']) {
      const response = await fetch(site.url + path)
      assert.equal(await response.text(), marked, path)
    }
    assert.deepEqual(await (await fetch(site.url + 'json')).json(), { page })
  } finally {
    await site.close()
  }
})

test('fetch-style: a streamed Response is marked up; withSekisho wraps a handler', async () => {
  const server = createSekishoServer({ config })
  const request = new Request('https://shop.example.jp/')
  const bytes = new TextEncoder().encode(page)
  const body = new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 5) controller.enqueue(bytes.subarray(i, i + 5))
      controller.close()
    },
  })
  const response = sekishoResponse(server, new Response(body, { headers: { 'content-type': 'text/html' } }), request)
  assert.equal(await response.text(), marked)
  const handler = withSekisho(server, () => new Response(page, { headers: { 'content-type': 'text/html' } }))
  assert.equal(await (await handler(request)).text(), marked)
})

test('CSP mode: the policy leaves out every service the cookie does not grant', async () => {
  const server = createSekishoServer({ config, csp: true })
  const policy = (cookie?: string) => server.policy({ cookie })!.value
  assert.doesNotMatch(policy(), /facebook|a8\.net/)
  assert.doesNotMatch(policy('sekisho=garbage'), /facebook|a8\.net/)
  const granted = policy(ADVERTISING)
  assert.match(granted, /connect-src [^;]*connect\.facebook\.net \*\.connect\.facebook\.net/)
  assert.match(granted, /img-src [^;]*www\.facebook\.com\/tr www\.facebook\.com\/tr\//)
  assert.doesNotMatch(granted, /a8\.net/)
  // A decision under an older revision grants nothing, as in the browser.
  assert.doesNotMatch(policy(ADVERTISING.replace('|r1|', '|r0|')), /facebook/)
  // Global Privacy Control under a US jurisdiction keeps advertising off.
  const us = createSekishoServer({ config: { ...config, jurisdiction: 'US-CA' }, csp: true })
  assert.doesNotMatch(us.policy({ cookie: ADVERTISING, gpc: true })!.value, /facebook/)
  // The middleware sets it on every response, varying by cookie.
  const site = await serve((req, res) =>
    sekishoMiddleware(server)(req, res, () => res.writeHead(200, { 'content-type': 'text/javascript' }).end('1')),
  )
  try {
    const response = await fetch(site.url, { headers: { cookie: ADVERTISING } })
    assert.match(response.headers.get('content-security-policy')!, /connect\.facebook\.net/)
    assert.match(response.headers.get('vary')!, /Cookie/)
  } finally {
    await site.close()
  }
})

test('CSP mode refuses a site policy that lets every host through, naming the source', () => {
  assert.throws(
    () => createSekishoServer({ config, csp: { policy: { 'script-src': ["'self'", 'https:'] } } }),
    /csp\.policy\["script-src"\]\[1\]: https: lets every host through/,
  )
  assert.match(
    createSekishoServer({ config, csp: { policy: { 'img-src': ["'self'"] }, reportOnly: true } }).policy({})!.name,
    /Report-Only/,
  )
})

test('a bad config is an error naming the field', () => {
  assert.throws(() => createSekishoServer({ config: { ...config, services: [42] } }), /services\[0\]/)
})

test('granted: the ids a request grants, by the browser rules; the required purposes alone before a decision', () => {
  const server = createSekishoServer({ config })
  assert.deepEqual(server.granted({}), ['necessary'])
  assert.deepEqual(server.granted({ cookie: 'sekisho=garbage' }), ['necessary'])
  assert.deepEqual(server.granted({ cookie: 'theme=dark; ' + ADVERTISING }), ['necessary', 'advertising', 'meta-pixel'])
  // Another revision asks again, so nothing but the required purpose is granted.
  assert.deepEqual(server.granted({ cookie: ADVERTISING.replace('|r1|', '|r0|') }), ['necessary'])
})

test('a body Content-Encoded upstream passes untouched, Content-Length kept: middleware and fetch-style', async () => {
  // Stored (level 0) gzip keeps the page's bytes literally inside: a transform that ran over the
  // encoded body would mark up the tracker in there and break the stream.
  const gzipped = gzipSync(page, { level: 0 })
  assert.ok(gzipped.includes('px.a8.net/0.gif'))
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'content-encoding': 'gzip',
    'content-length': String(gzipped.length),
  }
  const server = createSekishoServer({ config })
  const site = await serve((req, res) =>
    sekishoMiddleware(server)(req, res, () => res.writeHead(200, headers).end(gzipped)),
  )
  try {
    // node:http, not fetch: the bytes as they came over the wire, not decoded.
    const { body, headers: got } = await new Promise<{ body: Buffer; headers: IncomingMessage['headers'] }>(
      (resolve, reject) =>
        get(site.url, (res) => {
          const parts: Buffer[] = []
          res.on('data', (b: Buffer) => parts.push(b))
          res.on('end', () => resolve({ body: Buffer.concat(parts), headers: res.headers }))
        }).on('error', reject),
    )
    assert.deepEqual(body, gzipped)
    assert.equal(got['content-length'], String(gzipped.length))
  } finally {
    await site.close()
  }
  const request = new Request('https://shop.example.jp/')
  const response = sekishoResponse(server, new Response(gzipped, { headers }), request)
  assert.deepEqual(Buffer.from(await response.arrayBuffer()), gzipped)
  assert.equal(response.headers.get('content-length'), String(gzipped.length))
})

test('CSP mode reads Sec-GPC from the request: middleware and fetch-style', async () => {
  // Under a US jurisdiction, Global Privacy Control keeps advertising (Meta Pixel) off.
  const server = createSekishoServer({ config: { ...config, jurisdiction: 'US-CA' }, csp: true })
  const site = await serve((req, res) =>
    sekishoMiddleware(server)(req, res, () => res.writeHead(200, { 'content-type': 'text/html' }).end(page)),
  )
  try {
    const policy = async (headers: Record<string, string>) =>
      (await fetch(site.url, { headers: { cookie: ADVERTISING, ...headers } })).headers.get('content-security-policy')!
    assert.match(await policy({}), /connect\.facebook\.net/)
    assert.doesNotMatch(await policy({ 'sec-gpc': '1' }), /facebook/)
  } finally {
    await site.close()
  }
  const fetched = (headers: Record<string, string>) =>
    withSekisho(
      server,
      () => new Response(page, { headers: { 'content-type': 'text/html' } }),
    )(new Request('https://shop.example.jp/', { headers: { cookie: ADVERTISING, ...headers } })).then(
      (r) => r.headers.get('content-security-policy')!,
    )
  assert.match(await fetched({}), /connect\.facebook\.net/)
  assert.doesNotMatch(await fetched({ 'sec-gpc': '1' }), /facebook/)
})

test('CSP mode, fetch-style: sekishoResponse and withSekisho set the policy and add Vary: Cookie', async () => {
  const server = createSekishoServer({ config, csp: true })
  const request = new Request('https://shop.example.jp/', { headers: { cookie: ADVERTISING } })
  const upstream = () => new Response(page, { headers: { 'content-type': 'text/html', vary: 'Accept-Encoding' } })
  for (const response of [sekishoResponse(server, upstream(), request), await withSekisho(server, upstream)(request)]) {
    assert.equal(response.headers.get('content-security-policy'), server.policy({ cookie: ADVERTISING })!.value)
    assert.match(response.headers.get('content-security-policy')!, /connect\.facebook\.net/)
    assert.equal(response.headers.get('vary'), 'Accept-Encoding, Cookie')
    assert.equal(await response.text(), marked)
  }
  // Report-only tries the policy under the other header name.
  const trial = createSekishoServer({ config, csp: { reportOnly: true } })
  const tried = sekishoResponse(trial, upstream(), request)
  assert.equal(tried.headers.get('content-security-policy'), null)
  assert.match(tried.headers.get('content-security-policy-report-only')!, /connect\.facebook\.net/)
})

test('CSP mode refuses every source that lets all hosts through, in each managed directive', () => {
  // The README names *, https: and 'strict-dynamic'; http:, ws: and wss: let every host through too.
  for (const source of ['*', 'https:', 'http:', 'ws:', 'wss:', "'strict-dynamic'", 'HTTPS:'])
    for (const directive of ['script-src', 'connect-src', 'worker-src'])
      assert.throws(
        () => createSekishoServer({ config, csp: { policy: { [directive]: ["'self'", source] } } }),
        new RegExp(`csp\\.policy\\["${directive}"\\]\\[1\\]: ${source.replace('*', '\\*')} lets every host through`),
        `${directive} ${source}`,
      )
  // Outside the directives CSP mode manages, the site's policy is its own.
  assert.doesNotThrow(() => createSekishoServer({ config, csp: { policy: { 'form-action': ['https:'] } } }))
})
