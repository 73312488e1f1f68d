// Byte budgets: gzip and brotli size of each built browser bundle against budgets.json; fails when over.
// Usage: node scripts/size.mjs [--counts FILE] [--json]
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync, constants } from 'node:zlib'
import { root } from './run.mjs'

/** Sizes of a set of files, each compressed on its own (as served), then summed. */
export function measure(files) {
  let raw = 0, gzip = 0, brotli = 0
  for (const f of files) {
    const bytes = readFileSync(join(root, f))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  }
  return { raw, gzip, brotli }
}

const { bundles } = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'))
const rows = []
const counts = { passed: 0, failed: 0, skipped: 0 }
for (const b of bundles) {
  const missing = b.files.filter((f) => !existsSync(join(root, f)))
  if (missing.length) {
    rows.push({ name: b.name, budget: b.gzip, error: `missing ${missing.join(', ')} (run npm run build)` })
    counts.failed++
    continue
  }
  const size = measure(b.files)
  const ok = size.gzip <= b.gzip
  counts[ok ? 'passed' : 'failed']++
  rows.push({ name: b.name, budget: b.gzip, files: b.files, ...size, ok })
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2))
else {
  const pad = (s, n) => String(s).padStart(n)
  console.log(`| bundle | raw | gzip | brotli | budget (gzip) | |`)
  console.log(`|---|---:|---:|---:|---:|---|`)
  for (const r of rows) {
    if (r.error) console.log(`| ${r.name} | | | | ${r.budget} | FAIL: ${r.error} |`)
    else console.log(`| ${r.name} | ${pad(r.raw, 6)} | ${pad(r.gzip, 5)} | ${pad(r.brotli, 5)} | ${pad(r.budget, 5)} | ${r.ok ? 'ok' : 'OVER BUDGET'} |`)
  }
}
const countsIndex = process.argv.indexOf('--counts')
if (countsIndex > 0) writeFileSync(process.argv[countsIndex + 1], JSON.stringify(counts))
process.exit(counts.failed ? 1 : 0)
