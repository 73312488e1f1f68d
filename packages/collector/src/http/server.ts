// HTTP front of the collector, on node:http: no framework, so the body limit, CORS and error
// shapes are ours to control and the dependency surface stays small.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Database from 'better-sqlite3'
import { formatReceiptErrors, validateReceipt } from '@sekisho/receipts/schema'

export interface CollectorOptions {
  /** SQLite file path; `:memory:` for tests.
   * @default '.data/receipts.sqlite' */
  sqlite?: string
  /** Origins allowed to POST receipts from a browser. */
  allowedOrigins?: string[]
  /** @default '127.0.0.1' */
  host?: string
  /** 0 picks a free port.
   * @default 8787 */
  port?: number
}

export interface Collector {
  /** Resolves with the base URL once listening. */
  listen(): Promise<string>
  close(): Promise<void>
  server: Server
}

export function createCollector(options: CollectorOptions = {}): Collector {
  const db = new Database(options.sqlite ?? ':memory:')
  db.pragma('journal_mode = WAL')
  db.exec(`CREATE TABLE IF NOT EXISTS receipts (id TEXT PRIMARY KEY, received_at TEXT NOT NULL, body TEXT NOT NULL)`)
  const insert = db.prepare('INSERT OR IGNORE INTO receipts (id, received_at, body) VALUES (?, ?, ?)')
  const allowed = new Set(options.allowedOrigins ?? [])

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(body))
  }

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin
    if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('vary', 'origin')
      res.setHeader('access-control-allow-methods', 'POST, GET, OPTIONS')
      res.setHeader('access-control-allow-headers', 'content-type')
    }
  }

  const server = createServer(async (req, res) => {
    cors(req, res)
    const url = new URL(req.url ?? '/', 'http://collector')
    if (req.method === 'OPTIONS') return void res.writeHead(204).end()
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true })
    if (req.method === 'POST' && url.pathname === '/v1/receipts') {
      let text = ''
      for await (const chunk of req) text += chunk
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return send(res, 400, { error: 'body: expected JSON' })
      }
      const items = Array.isArray(body) ? body : [body]
      const results = items.map(validateReceipt)
      const bad = results.findIndex((r) => !r.ok)
      if (bad >= 0) {
        const r = results[bad]!
        return send(res, 400, { error: `[${bad}] ${r.ok ? '' : formatReceiptErrors(r.errors)}` })
      }
      const now = new Date().toISOString()
      const accepted: string[] = []
      for (const r of results) if (r.ok) (insert.run(r.receipt.id, now, JSON.stringify(r.receipt)), accepted.push(r.receipt.id))
      return send(res, 202, { accepted })
    }
    send(res, 404, { error: 'not found' })
  })

  return {
    server,
    listen: () =>
      new Promise((resolve) => {
        server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => {
          const { address, port } = server.address() as AddressInfo
          resolve(`http://${address}:${port}`)
        })
      }),
    close: () => new Promise((resolve) => server.close(() => (db.close(), resolve()))),
  }
}
