// Collector benchmark: ingest receipts/s and request p99 latency over HTTP on 127.0.0.1 (SQLite, PostgreSQL; batches of 1 and 50)
// a 1,000,000-receipt CSV export (wall time, peak RSS), and ingest p99 on that 1M-row SQLite file idle, while a CSV
// export of it streams over HTTP and while /v1/stats is polled (the chain check included). Prints medians; stops by itself.
//   npm run build && node bench/collector.mjs
//   node --import tsx --conditions=source bench/collector.mjs     (from source, no build)
// Options (env): BENCH_RUNS=3  BENCH_REQUESTS=300  BENCH_BATCHES=1,50  BENCH_EXPORT_ROWS=1000000  BENCH_CONTENTION=1
//   BENCH_INGEST=1  BENCH_CLI_EXPORT=1  BENCH_COLLECTOR_ARGS='--cpu-prof'  BENCH_COLLECTOR_STDERR=1  BENCH_EXPORT_DB=/path/kept.sqlite  DATABASE_URL=postgres://…
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import http from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CHAIN_RECIPE,
  canonicalJson,
  chainHash,
  dropPostgresSchema,
  GENESIS,
  openSqliteStore,
} from '@sekisho/collector'
import Database from 'better-sqlite3'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300)
const BATCHES = (process.env.BENCH_BATCHES ?? '1,50').split(',').map(Number)
const CONCURRENCY = 8
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000)
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const dir = mkdtempSync(join(tmpdir(), 'sekisho-bench-'))
const BASE_TIME = Date.now() - 86_400_000
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const receipt = (n, site = 'https://www.example.jp') => ({
  id: `r_bench_${n.toString(36).padStart(10, '0')}`,
  schema: 'sekisho-receipt/1',
  // Recent times: the collector refuses receipts outside its time window.
  timestamp: new Date(BASE_TIME + n).toISOString(),
  site,
  subject: `subj_${(n % 100_003).toString(36).padStart(8, '0')}`,
  policy: { revision: '2026-11-01', url: `${site}/privacy`, language: n % 3 ? 'ja' : 'en' },
  jurisdiction: 'JP',
  method: ['accept-all', 'reject-all', 'custom'][n % 3],
  purposes: [
    { id: 'necessary', granted: true },
    { id: 'analytics', granted: n % 3 !== 1 },
    { id: 'advertising', granted: n % 3 === 0 },
  ],
  services: [
    { id: 'google-analytics', granted: n % 3 !== 1 },
    { id: 'meta-pixel', granted: n % 3 === 0 },
  ],
  signals: { gpc: false, consentMode: { analytics_storage: n % 3 !== 1 ? 'granted' : 'denied' } },
  ui: { textHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
  previous: null,
})

/** Runs the collector in its own process (as deployed), resolving its URL. */
function startCollector(args, env = {}) {
  const bin = fileURLToPath(new URL('../packages/collector/src/bin.ts', import.meta.url))
  const child = spawn(
    process.execPath,
    // BENCH_COLLECTOR_ARGS: node flags for the collector process (e.g. --cpu-prof).
    [
      ...(process.env.BENCH_COLLECTOR_ARGS ?? '').split(' ').filter(Boolean),
      '--import',
      'tsx',
      '--conditions=source',
      bin,
      '--port',
      '0',
      '--no-rate-limit',
      ...args,
    ],
    {
      stdio: ['ignore', 'pipe', process.env.BENCH_COLLECTOR_STDERR ? 'inherit' : 'ignore'],
      env: { ...process.env, ...env },
    },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c) => {
      out += c
      const m = /listening (\S+)/.exec(out)
      if (m) resolve({ url: m[1], stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) })
    })
    child.once('exit', (code) => reject(new Error(`collector exited (${code})`)))
  })
}

async function ingestRun(url, offset, BATCH, requests = REQUESTS) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  const bodies = Array.from({ length: requests }, (_, r) =>
    JSON.stringify(
      Array.from({ length: BATCH }, (_, i) => receipt(offset + r * BATCH + i, `https://site${r % 4}.example.jp`)),
    ),
  )
  let next = 0
  const latencies = []
  const failures = []
  const post = (body) =>
    new Promise((resolve, reject) => {
      const sent = performance.now()
      const req = http.request(
        `${url}/v1/receipts`,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume()
          res.on('error', reject)
          res.on('end', () => {
            latencies.push(performance.now() - sent)
            if (res.statusCode === 202) return resolve()
            // A collector that stalls answers 408 (its request timeout): counted, not fatal.
            failures.push(res.statusCode)
            resolve()
          })
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  const start = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) await post(bodies[next++])
    }),
  )
  const seconds = (performance.now() - start) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    rate: ((requests - failures.length) * BATCH) / seconds,
    p99: latencies[Math.floor(latencies.length * 0.99)],
    failures,
  }
}

async function ingestBench(name, args, cleanup = async () => {}) {
  const { url, stop } = await startCollector(args)
  let offset = 0
  try {
    for (const BATCH of BATCHES) {
      const runs = []
      for (let run = 0; run < RUNS; run++, offset += REQUESTS * BATCH) runs.push(await ingestRun(url, offset, BATCH))
      const rates = runs.map((r) => r.rate)
      console.log(
        `ingest ${name}, batch ${BATCH}: median ${Math.round(median(rates))} receipts/s, request p99 median ${median(runs.map((r) => r.p99)).toFixed(1)} ms (runs: ${runs.map((r) => `${Math.round(r.rate)}/s p99 ${r.p99.toFixed(1)} ms`).join(', ')}; ${REQUESTS} requests x ${BATCH}, ${CONCURRENCY} in flight)`,
      )
    }
  } finally {
    await stop()
    await cleanup()
  }
}

/** Writes EXPORT_ROWS chained rows straight into a SQLite file (the HTTP path would take minutes). */
function generateExportDb(file) {
  void openSqliteStore(file).close()
  const db = new Database(file)
  db.pragma('synchronous = OFF')
  const insert = db.prepare(
    `INSERT INTO receipts (id, site, received_at, ts, subject, method, body, prev_hash, hash, raw, recipe) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${CHAIN_RECIPE})`,
  )
  let prev = GENESIS
  const receivedAt = '2026-11-27T00:00:00.000Z'
  const chunk = db.transaction((from, to) => {
    for (let n = from; n < to; n++) {
      const r = receipt(n)
      const body = canonicalJson(r)
      // As a sender's JSON.stringify wrote it (the bytes received, hashed by recipe 3).
      const raw = JSON.stringify(r)
      const hash = chainHash(prev, receivedAt, body, CHAIN_RECIPE, raw)
      insert.run(r.id, r.site, receivedAt, r.timestamp, r.subject, r.method, body, prev, hash, raw)
      prev = hash
    }
  })
  for (let n = 0; n < EXPORT_ROWS; n += 50_000) chunk(n, Math.min(EXPORT_ROWS, n + 50_000))
  db.prepare("INSERT INTO chain_heads (site, hash) VALUES ('https://www.example.jp', ?)").run(prev)
  for (const id of ['necessary', 'analytics', 'advertising']) db.prepare('INSERT INTO purposes (id) VALUES (?)').run(id)
  db.close()
}

/** `sekisho export … --format csv --out file` in a fresh process; its own peak RSS and wall time. */
function exportRun(db, out) {
  const code = `
    const { main } = await import('@sekisho/cli')
    const start = performance.now()
    const cpu = process.cpuUsage()
    const exit = await main(['export', '--db', ${JSON.stringify(db)}, '--format', 'csv', '--bom', '--out', ${JSON.stringify(out)}])
    process.stdout.write(JSON.stringify({ exit, seconds: (performance.now() - start) / 1000, cpuSeconds: ((u) => (u.user + u.system) / 1e6)(process.cpuUsage(cpu)), maxRssMb: process.resourceUsage().maxRSS / 1024 }))`
  const child = spawn(process.execPath, [...process.execArgv, '--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.once('exit', () => {
      try {
        resolve(JSON.parse(out))
      } catch {
        reject(new Error(`export run printed: ${out}`))
      }
    })
  })
}

const TOKEN = 'bench-export-token-0123456789abcdef'

/** GETs `path` with the export token and reads the answer at full speed; `abort()` stops it. */
function download(url, path) {
  const controller = new AbortController()
  const done = fetch(`${url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` }, signal: controller.signal })
    .then(async (res) => {
      let bytes = 0
      for await (const chunk of res.body) bytes += chunk.length
      return bytes
    })
    .catch((error) => (controller.signal.aborted ? -1 : Promise.reject(error)))
  return { done, abort: () => controller.abort() }
}

/** Ingest p99 on the 1M-row file: idle, while a CSV export streams, while /v1/stats is polled one call after another. */
async function contentionBench(db) {
  const { url, stop } = await startCollector(['--db', db], { SEKISHO_EXPORT_TOKENS: TOKEN })
  const requests = Math.min(REQUESTS, 200)
  // Ids no earlier run of the hour used (a kept file holds theirs, with other times: 409s); n is also the
  // receipt's time in ms after BASE_TIME, so it stays under a day (the collector's time window).
  let offset = EXPORT_ROWS * 2 + (Date.now() % 3_600_000) * 10
  const run = async () => {
    const result = await ingestRun(url, offset, 50, requests)
    offset += requests * 50
    return result
  }
  try {
    const phases = { idle: [], export: [], stats: [] }
    for (let i = 0; i < RUNS; i++) {
      phases.idle.push(await run())
      const exporting = download(url, '/v1/export?format=csv')
      phases.export.push(await run())
      exporting.abort()
      await exporting.done
      let polling = true
      let polls = 0
      const poller = (async () => {
        while (polling) polls += (await download(url, '/v1/stats').done) > 0 ? 1 : 0
      })()
      phases.stats.push(await run())
      polling = false
      await poller
      phases.stats.at(-1).polls = polls
    }
    const line = (name, runs) =>
      `${name} p99 median ${median(runs.map((r) => r.p99)).toFixed(1)} ms, ${Math.round(median(runs.map((r) => r.rate)))}/s (runs: ${runs.map((r) => `${r.p99.toFixed(1)} ms${r.failures.length ? ` with ${r.failures.length} failed (${[...new Set(r.failures)].join(', ')})` : ''}`).join(', ')})`
    console.log(
      `ingest on the ${EXPORT_ROWS}-row SQLite file, batch 50 (${requests} requests, ${CONCURRENCY} in flight): ${line('idle', phases.idle)}; ${line('during a CSV export over HTTP', phases.export)}; ${line(`during /v1/stats polling (${phases.stats.map((r) => r.polls).join(', ')} calls)`, phases.stats)}`,
    )
  } finally {
    await stop()
  }
}

async function exportBench() {
  // BENCH_EXPORT_DB keeps the generated file (made once: minutes) for later runs; contention runs append to it.
  const db = process.env.BENCH_EXPORT_DB ?? join(dir, 'export.sqlite')
  if (!existsSync(db)) {
    const t = performance.now()
    generateExportDb(db)
    console.log(`generated ${EXPORT_ROWS} chained rows in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  }
  const runs = []
  for (let run = 0; run < (process.env.BENCH_CLI_EXPORT === '0' ? 0 : RUNS); run++) {
    const result = await exportRun(db, join(dir, 'export.csv'))
    if (result.exit !== 0) throw new Error('export failed')
    runs.push(result)
  }
  if (runs.length) {
    const size = statSync(join(dir, 'export.csv')).size
    console.log(
      `export ${EXPORT_ROWS} receipts to CSV: median ${median(runs.map((r) => r.seconds)).toFixed(1)} s (CPU ${median(runs.map((r) => r.cpuSeconds)).toFixed(1)} s), peak RSS median ${Math.round(median(runs.map((r) => r.maxRssMb)))} MB ` +
        `(runs: ${runs.map((r) => `${r.seconds.toFixed(1)} s/${r.cpuSeconds.toFixed(1)} s CPU/${Math.round(r.maxRssMb)} MB`).join(', ')}; ${(size / 1e6).toFixed(0)} MB file)`,
    )
  }
  if (process.env.BENCH_CONTENTION !== '0') await contentionBench(db)
}

try {
  console.log(
    `Sekisho collector benchmark (${new Date().toISOString()}, node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  )
  if (process.env.BENCH_INGEST !== '0') {
    await ingestBench('SQLite (synchronous=FULL)', ['--db', join(dir, 'ingest.sqlite')])
    const schema = `bench_${process.pid}`
    await ingestBench('PostgreSQL', ['--db', DATABASE_URL, '--schema', schema], () =>
      dropPostgresSchema(DATABASE_URL, schema),
    ).catch((error) =>
      console.log(`ingest PostgreSQL: skipped (${error.message}; is PostgreSQL reachable on ${DATABASE_URL}?)`),
    )
  }

  if (EXPORT_ROWS) await exportBench()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
