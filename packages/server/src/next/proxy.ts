// `@sekisho/server/next`: CSP mode from a Next.js `proxy.ts` (Next 16; `middleware.ts` before), for
// sites served by `next start` or a host without a custom server. A proxy cannot change a page's
// body, so it sends the policy only; Next itself puts the nonce (if any) on its own scripts.
import { NextResponse } from 'next/server.js'
import type { SekishoServer } from '../serve/server.ts'

export interface ProxyOptions {
  /** A fresh nonce per response in the policy's `script-src`, for a site policy without
   * `'unsafe-inline'`: Next reads it from the request's policy and puts it on its own scripts; the
   * page's server components read it from the `x-nonce` request header (`headers()`) and put it on
   * the sekisho `<script>`, which carries it to the scripts it loads and releases. The browser then
   * lets in whatever a script with the nonce `import()`s, whatever its host (Next's chunks have it):
   * CSP mode holds `import()` only without a nonce. @default false */
  nonce?: boolean
}

/** The response headers a proxy sends (the policy, `Vary: Cookie`) and, with a nonce, the request
 * headers it passes on to the page (the request's own plus the policy and `x-nonce`); undefined
 * when CSP mode is off. */
export function proxyHeaders(
  server: SekishoServer,
  request: Request,
  { nonce: withNonce = false }: ProxyOptions = {},
): { request?: Headers; response: Headers } | undefined {
  const nonce = withNonce ? createNonce() : undefined
  const consent = { cookie: request.headers.get('cookie'), gpc: request.headers.get('sec-gpc') == '1' }
  const policy = server.policy(consent, { nonce })
  if (!policy) return undefined
  const response = new Headers({ [policy.name]: policy.value, Vary: 'Cookie' })
  if (!nonce) return { response }
  // Next takes the nonce from the request's own Content-Security-Policy(-Report-Only) header.
  const forward = new Headers(request.headers)
  forward.set(policy.name, policy.value)
  forward.set('x-nonce', nonce)
  return { request: forward, response }
}

/**
 * A Next.js proxy that sends CSP mode's policy for the visitor's consent cookie:
 * `export const proxy = sekishoProxy(sekisho)` in `proxy.ts`. Pass on to it from a proxy of your own
 * (`return sekishoProxy(sekisho)(request)`) and add to the response it returns.
 */
export function sekishoProxy(server: SekishoServer, options?: ProxyOptions): (request: Request) => NextResponse {
  return (request) => {
    const headers = proxyHeaders(server, request, options)
    if (!headers) return NextResponse.next()
    const response = NextResponse.next(headers.request && { request: { headers: headers.request } })
    headers.response.forEach((value, name) => response.headers.set(name, value))
    return response
  }
}

/** 128 random bits, base64 (the characters Next's nonce pattern takes). */
function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
