// The e2e site for @sekisho/server: pages served through its Express/Connect middleware from a
// plain node:http server (the middleware's `(req, res, next)` contract), the script-tag build at
// /sekisho/. `middleware: false` serves the same pages untouched, to see what they leak without it.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { createSekishoServer, sekishoMiddleware, type ServerOptions } from '@sekisho/server'

const here = new URL('.', import.meta.url).pathname
const dist = join(here, '../../packages/sekisho/dist')
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

export interface ServerSite {
  url: string
  close(): Promise<void>
}

/** Serves `page` (a file beside this one) at `/`, through the middleware unless `middleware` is false. */
export async function serveThrough(page: string, options: Omit<ServerOptions, 'config'> | false): Promise<ServerSite> {
  const html = readFileSync(join(here, page), 'utf8')
  const config = JSON.parse(/id="sekisho-config">([\s\S]*?)<\/script>/.exec(html)![1]!)
  const middleware = options && sekishoMiddleware(createSekishoServer({ config, ...options }))
  const server = createServer((req, res) => {
    const route = () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      if (path == '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
      if (path == '/logo.gif') return res.writeHead(200, { 'content-type': 'image/gif' }).end(GIF)
      if (path == '/realms.js')
        return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(here, 'realms.js')))
      const file = /^\/sekisho\/(sekisho(-[a-z]+)?\.js)$/.exec(path)?.[1]
      if (file) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dist, file)))
      res.writeHead(404).end()
    }
    if (middleware) middleware(req, res, route)
    else route()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
