// The Astro middleware that puts the head gate first in every page's <head> (`@sekisho/astro/middleware`):
// the integration generates the site's middleware file, which calls headFirst() with the site's tags.
// No Node API here, so it runs wherever the site's server runs (Node, edge, or the build's prerender).
import { putFirstInHead } from 'sekisho/head-tags'

/** An Astro middleware handler (`onRequest`), typed without Astro's types. */
export type HeadFirstMiddleware = (context: unknown, next: () => Promise<Response>) => Promise<Response>

// The head is buffered up to its end (or the body's start): the tags go right after <head>, and
// a <meta charset> first in it may arrive in a later chunk. The body still streams.
const HEAD_END = /<\/head>|<body[\s>]/i

/** A stream that passes HTML through with `tags` put first in its <head>. */
export function headFirstStream(tags: string): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder()
  const encoder = new TextEncoder()
  let head: string | undefined = ''
  return new TransformStream({
    transform(chunk, controller) {
      if (head === undefined) return controller.enqueue(chunk)
      head += decoder.decode(chunk, { stream: true })
      if (!HEAD_END.test(head)) return
      controller.enqueue(encoder.encode(putFirstInHead(head, tags)))
      head = undefined
    },
    flush(controller) {
      if (head !== undefined) controller.enqueue(encoder.encode(putFirstInHead(head + decoder.decode(), tags)))
    },
  })
}

/** The middleware: HTML responses get `tags` first in their <head>; any other response passes as is. */
export function headFirst(tags: string): HeadFirstMiddleware {
  return async (_context, next) => {
    const response = await next()
    if (!/^text\/html\b/i.test(response.headers.get('content-type') ?? '') || !response.body) return response
    const headers = new Headers(response.headers)
    // The body grows by the tags' length.
    headers.delete('content-length')
    const { status, statusText } = response
    return new Response(response.body.pipeThrough(headFirstStream(tags)), { status, statusText, headers })
  }
}
