// A small static server for the example sites: the site folder at /, the script-tag build at /sekisho/.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { root } from './run.mjs'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
}

/** Rewrites `"endpoint": "…"` in a page's inline config: where its receipts go. */
export const withReceiptsEndpoint = (html, endpoint) =>
  html.replace(/("endpoint":\s*)"[^"]*"/, (_, key) => key + JSON.stringify(endpoint))

/**
 * @param {{ site: string, port?: number, host?: string, mounts?: Record<string, string>, receipts?: () => string | undefined }} options
 *   site: folder (relative to the repo) served at /; mounts: URL prefix -> folder;
 *   receipts: the receipts endpoint written into each HTML page's config (asked per request,
 *   so a collector started after the site can be named), undefined to leave pages as they are.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite({ site, port = 8080, host = '127.0.0.1', mounts = {}, receipts = () => undefined }) {
  const table = { '/sekisho/': 'packages/sekisho/dist', ...mounts }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const prefix = Object.keys(table).find((p) => path.startsWith(p))
    const base = join(root, prefix ? table[prefix] : site)
    let file = normalize(join(base, prefix ? path.slice(prefix.length) : path))
    if (!file.startsWith(base)) return void res.writeHead(403).end()
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      let body = await readFile(file)
      const endpoint = extname(file) == '.html' ? receipts() : undefined
      if (endpoint) body = Buffer.from(withReceiptsEndpoint(body.toString('utf8'), endpoint))
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      res.end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise((resolve) => server.listen(port, host, resolve))
  const address = server.address()
  return {
    url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
