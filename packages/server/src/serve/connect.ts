// Express/Connect middleware: marks up HTML responses as they stream out, and in CSP mode sets the
// policy on every response (worker scripts get theirs from their own response).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isHtml, type SekishoServer } from './server.ts'

type Next = (error?: unknown) => void

/**
 * `app.use(sekishoMiddleware(server))`. Register it after any compression middleware, so that it
 * sees the HTML before it is compressed; a body already encoded upstream passes untouched.
 */
export function sekishoMiddleware(server: SekishoServer) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    // The originals, called with the arguments as the caller passed them (several overloads each).
    type Call = (this: ServerResponse, ...args: unknown[]) => unknown
    const write = res.write as Call
    const end = res.end as Call
    const writeHead = res.writeHead as Call
    let markup: ReturnType<SekishoServer['createMarkup']> | undefined
    let ready = false
    /** Decides once, before the headers leave: transform this body or not; set the policy. */
    const prepare = () => {
      if (ready) return
      ready = true
      const policy = server.policy({ cookie: req.headers.cookie, gpc: req.headers['sec-gpc'] == '1' })
      if (policy) {
        const before = res.getHeader(policy.name)
        res.setHeader(policy.name, before ? [String(before), policy.value].flat() : policy.value)
        res.setHeader('Vary', [res.getHeader('Vary'), 'Cookie'].filter(Boolean).join(', '))
      }
      if (!isHtml(res.getHeader('content-type')) || res.getHeader('content-encoding')) return
      res.removeHeader('content-length')
      const url = `${(req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`
      markup = server.createMarkup(url)
    }
    // Bytes as latin1 characters: every byte passes through as itself (Shift_JIS and EUC-JP pages
    // too), and the transform only reads and writes ASCII.
    const text = (chunk: unknown, encoding?: BufferEncoding) =>
      chunk == null
        ? ''
        : Buffer.isBuffer(chunk)
          ? chunk.toString('latin1')
          : Buffer.from(String(chunk), encoding).toString('latin1')
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      // Headers given to writeHead go in first, so that prepare() sees the Content-Type.
      const headers = rest.find((r) => typeof r == 'object' && r) as Record<string, string> | undefined
      if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v)
      prepare()
      const message = rest.find((r) => typeof r == 'string') as string | undefined
      return message ? writeHead.call(this, status, message) : writeHead.call(this, status)
    } as typeof res.writeHead
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      prepare()
      if (!markup) return write.call(this, chunk, ...rest)
      const encoding = typeof rest[0] == 'string' ? (rest[0] as BufferEncoding) : undefined
      const callback = rest.find((r) => typeof r == 'function')
      return write.call(this, Buffer.from(markup.write(text(chunk, encoding)), 'latin1'), callback)
    } as typeof res.write
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (typeof chunk == 'function') rest.unshift(chunk), (chunk = undefined)
      prepare()
      if (!markup) return end.call(this, chunk, ...rest)
      const encoding = typeof rest[0] == 'string' ? (rest[0] as BufferEncoding) : undefined
      const callback = rest.find((r) => typeof r == 'function')
      const body = markup.write(text(chunk, encoding)) + markup.end()
      return end.call(this, Buffer.from(body, 'latin1'), callback)
    } as typeof res.end
    next()
  }
}
