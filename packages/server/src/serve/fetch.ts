// The fetch-style transform (Hono, Next.js route handlers, any `(Request) => Response` server on
// Node): the same markup and policy as the middleware, over web streams.
import { isHtml, type SekishoServer } from './server.ts'

/** `response` with its HTML marked up as it streams, and in CSP mode the policy set. */
export function sekishoResponse(server: SekishoServer, response: Response, request: Request): Response {
  const headers = new Headers(response.headers)
  const policy = server.policy({ cookie: request.headers.get('cookie'), gpc: request.headers.get('sec-gpc') == '1' })
  if (policy) {
    headers.append(policy.name, policy.value)
    headers.append('Vary', 'Cookie')
  }
  let body: ReadableStream<Uint8Array> | null = response.body
  if (body && isHtml(headers.get('content-type')) && !headers.get('content-encoding')) {
    headers.delete('content-length')
    const markup = server.createMarkup(request.url)
    // latin1 both ways, byte for byte (see connect.ts).
    const pass = (text: string) => Buffer.from(text, 'latin1')
    body = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform: (chunk, controller) => controller.enqueue(pass(markup.write(Buffer.from(chunk).toString('latin1')))),
        flush: (controller) => controller.enqueue(pass(markup.end())),
      }),
    )
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}

/** Wraps a fetch handler: `export default { fetch: withSekisho(server, app.fetch) }`. */
export function withSekisho<A extends unknown[]>(
  server: SekishoServer,
  handler: (request: Request, ...rest: A) => Response | Promise<Response>,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => sekishoResponse(server, await handler(request, ...rest), request)
}
