// A static server on 127.0.0.1 for the CLI's browser tests: URL prefixes mapped to folders, and an
// optional edit of what is served (to strip or change markup without copying a site).
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/**
 * @param mounts URL prefix (ending in `/`) -> absolute folder; the longest matching prefix wins.
 * @param edit rewrites a text file's body by its URL path (e.g. to remove the gate from a page).
 */
export async function serveStatic(
  mounts: Record<string, string>,
  edit?: (path: string, body: string) => string,
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length)
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const prefix = prefixes.find((p) => path.startsWith(p))
    if (!prefix) return void res.writeHead(404).end()
    const folder = mounts[prefix]!
    let file = normalize(join(folder, path.slice(prefix.length)))
    if (file !== folder && !file.startsWith(folder.endsWith(sep) ? folder : folder + sep))
      return void res.writeHead(403).end()
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      let body: string | Buffer = await readFile(file)
      if (edit && type.startsWith('text/')) body = edit(path, body.toString('utf8'))
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
