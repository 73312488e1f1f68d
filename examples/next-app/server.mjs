// Serves the example: Next's request handler behind @sekisho/server's middleware, which marks up
// the tracker tags pasted into pages unmarked before the HTML leaves the server (Next's own
// middleware cannot change a page's body). next.config.mjs turns Next's compression off, so the
// middleware sees plain HTML (compress in a proxy in front instead).
// `node server.mjs` after `node build.mjs`: PORT (default 3000) on 127.0.0.1; SEKISHO_RECEIPTS
// names the collector the pages' receipts go to.
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'
import next from 'next'
import { createSekishoServer, sekishoMiddleware } from '@sekisho/server'
import config from './sekisho.json' with { type: 'json' }

const here = new URL('.', import.meta.url).pathname

/** @param {{ port?: number, host?: string }} [options] port 0: a free one. */
export async function startSite({ port = 3000, host = '127.0.0.1' } = {}) {
  const app = next({ dir: here, dev: false, hostname: host, port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const markup = sekishoMiddleware(createSekishoServer({ config }))
  const server = createServer((req, res) => markup(req, res, () => handle(req, res)))
  await new Promise((resolve) => server.listen(port, host, resolve))
  return {
    url: `http://${host}:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = await startSite({ port: Number(process.env.PORT ?? 3000) })
  console.log(site.url)
}
