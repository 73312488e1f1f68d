// A small local receipt collector for the receipts e2e tests and bench: node:http on 127.0.0.1,
// dedupes by id like the real one, answers with scripted failures, and serves the harness page
// with @sekisho/receipts bundled for the browser by esbuild.
import { createServer, type IncomingMessage } from 'node:http'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { validateReceipt, type Receipt } from '../../packages/receipts/src/schema/index.ts'

const entry = fileURLToPath(new URL('../../packages/receipts/src/index.ts', import.meta.url))
const harness = fileURLToPath(new URL('./harness.html', import.meta.url))
let bundle: Promise<string> | undefined
/** @sekisho/receipts as one ES module for the browser (built once per process). */
export const bundleReceipts = () =>
  (bundle ??= build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, target: 'es2020' }).then(
    (r) => r.outputFiles[0]!.text,
  ))

/** A scripted answer: status, headers and JSON body (default: the normal 202). `hold` answers
 * nothing and stores nothing: a request still unanswered when the page leaves (the status is only recorded). */
export interface Answer {
  status: number
  headers?: Record<string, string>
  body?: unknown
  hold?: boolean
}

/** One POST as received: when, how (content type) and which receipt ids it carried. */
export interface Delivery {
  at: number
  contentType: string
  /** `sec-fetch-mode`: `no-cors` for a beacon, `cors` for fetch. */
  mode: string
  ids: string[]
  status: number
}

export interface TestCollector {
  url: string
  endpoint: string
  /** Every POST, in order, duplicates included. */
  deliveries: Delivery[]
  /** Stored receipts by id (exactly once). */
  stored: Map<string, Receipt>
  /** Answers used, in order, before falling back to the normal 202. */
  script: Answer[]
  /** Resolves when `count` distinct receipts are stored. */
  storedCount(count: number, timeout?: number): Promise<void>
  /** Every id sent, duplicates included. */
  sentIds(): string[]
  close(): Promise<void>
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startCollector(): Promise<TestCollector> {
  const deliveries: Delivery[] = []
  const stored = new Map<string, Receipt>()
  const script: Answer[] = []
  const waiters = new Set<() => void>()
  // Every request as it arrives and how it ended, for the message of a storedCount that times out
  // (a rare loss is only diagnosable from what the server saw).
  const log: string[] = []
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const line = `${new Date().toISOString()} ${req.method} ${path} ${req.headers['sec-fetch-mode'] ?? ''}`
    log.push(line)
    req.on('aborted', () => log.push(`${line}: aborted`))
    if (req.method === 'GET' && path === '/receipts.js')
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(await bundleReceipts())
    if (req.method === 'GET' && (path === '/' || path === '/blank')) {
      const html = path === '/' ? await readFile(harness, 'utf8') : '<!doctype html><title>blank</title>'
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
    }
    if (req.method !== 'POST' || path !== '/v1/receipts') return void res.writeHead(404).end()
    const text = await readBody(req)
    let items: unknown[] = []
    try {
      const parsed = JSON.parse(text)
      items = Array.isArray(parsed) ? parsed : [parsed]
    } catch {}
    const answer = script.shift()
    const ids = items.map((r) => String((r as Receipt)?.id))
    deliveries.push({
      at: Date.now(),
      contentType: req.headers['content-type'] ?? '',
      mode: String(req.headers['sec-fetch-mode']),
      ids,
      status: answer?.status ?? 202,
    })
    if (answer?.hold) return
    if (answer)
      return void res
        .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
        .end(JSON.stringify(answer.body ?? {}))
    const accepted: string[] = []
    const rejected: Array<{ index: number; id?: string; errors: unknown }> = []
    items.forEach((item, index) => {
      const result = validateReceipt(item)
      if (!result.ok) return void rejected.push({ index, id: (item as Receipt)?.id, errors: result.errors })
      if (!stored.has(result.receipt.id)) stored.set(result.receipt.id, result.receipt)
      accepted.push(result.receipt.id)
    })
    for (const wake of waiters) wake()
    res.writeHead(accepted.length || !items.length ? 202 : 400, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify(accepted.length ? { accepted, rejected } : { error: 'nothing acceptable', accepted, rejected }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    endpoint: `${url}/v1/receipts`,
    deliveries,
    stored,
    script,
    storedCount: (count, timeout = 15000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`stored ${stored.size} of ${count} receipts; requests:\n${log.join('\n')}`)),
          timeout,
        )
        const check = () => {
          if (stored.size < count) return
          clearTimeout(timer)
          waiters.delete(check)
          resolve()
        }
        waiters.add(check)
        check()
      }),
    sentIds: () => deliveries.flatMap((d) => d.ids),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
}
