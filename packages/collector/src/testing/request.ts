// Test helper: one HTTP request exactly as given (no headers added, the body in the chunks given,
// chunked when no content-length is set), and its status, headers and text.
import { request } from 'node:http'

export function rawRequest(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  chunks: Buffer[] = [],
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    for (const c of chunks) req.write(c)
    req.end()
  })
}

/** The `error` of a JSON error answer. */
export const errorOf = (res: { body: string }) => (JSON.parse(res.body) as { error: string }).error
