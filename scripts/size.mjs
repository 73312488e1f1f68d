// Byte budgets: gzip and brotli size of each built browser bundle against budgets.json; fails when over.
// A row with `bundle` (a page with an inline #sekisho-config) measures files of what `sekisho bundle`
// writes for that config, run with the built CLI as an operator runs it. A row with `build` (an example
// app whose rollup.config.mjs exports appBuild) measures that app as rollup bundles it from the built
// packages: the npm path; each listed file counts with the chunks it imports statically. A row with
// `without` (a source folder) measures its files with the bytes their source maps give to that folder's
// modules cut out (the app's own code, leaving the consent code). A row with `notOver` (another row's
// name) fails when its gzip size is over that row's.
// A row with `esbuild` (a package's entry) measures it bundled and minified by esbuild as ESM, with
// `external` packages left out, only its `exports` when given, resolved with `conditions`. A README
// figure tagged with a row's `id` (scripts/size-readme.mjs) must be that row's gzip size: a stale
// one fails too.
// Usage: node scripts/size.mjs [--counts FILE] [--json] [--write-readmes]
//        node scripts/size.mjs --why [FILE.js ...]: bytes per source module instead (scripts/size-why.mjs)
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { build } from 'esbuild'
import { rollup } from 'rollup'
import { brotliCompressSync, gzipSync, constants } from 'node:zlib'
import { root } from './run.mjs'
import { cutSources, printWhy } from './size-why.mjs'
import { staleFigures, taggedReadmes, writeFigures } from './size-readme.mjs'

if (process.argv[2] === '--why') {
  printWhy(process.argv.slice(3))
  process.exit(0)
}

/** Sizes of a set of files (relative to `dir`), each compressed on its own (as served), then summed;
 * with `without`, each file's bytes from that source folder's modules cut out first. */
export function measure(files, dir = root, without = undefined) {
  let raw = 0,
    gzip = 0,
    brotli = 0
  for (const f of files) {
    const bytes = without ? Buffer.from(cutSources(join(dir, f), without)) : readFileSync(join(dir, f))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  }
  return { raw, gzip, brotli }
}

const scratch = mkdtempSync(join(tmpdir(), 'sekisho-size-'))
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))
const bundled = {}
/** The folder `sekisho bundle` writes for the config inline in `page` (once per page). */
function bundleFor(page) {
  if (bundled[page]) return bundled[page]
  const config = /<script type="application\/json" id="sekisho-config">([^]*?)<\/script>/.exec(
    readFileSync(join(root, page), 'utf8'),
  )?.[1]
  if (!config) throw new Error(`no #sekisho-config in ${page}`)
  const dir = join(scratch, String(Object.keys(bundled).length))
  writeFileSync(dir + '.json', config)
  execFileSync(
    process.execPath,
    [join(root, 'packages/sekisho/bin/sekisho.mjs'), 'bundle', '--config', dir + '.json', '--out', dir],
    { stdio: 'pipe' },
  )
  return (bundled[page] = dir)
}

const built = {}
/** The folder an example app's rollup build writes (once per app), and each file's static imports. */
async function buildFor(app) {
  if (built[app]) return built[app]
  const dir = join(scratch, `app-${Object.keys(built).length}`)
  const { appBuild } = await import(join(root, app, 'rollup.config.mjs'))
  const imports = {}
  // The receipts endpoint is the only thing the example's build injects; its value is immaterial here.
  for (const options of appBuild({ dir, define: { SEKISHO_RECEIPTS: '"https://consent.example.jp/v1/receipts"' } })) {
    const bundle = await rollup({ ...options, onwarn: () => {} })
    const { output } = await bundle.write(options.output)
    const prefix = options.output.dir ? `${options.output.dir.slice(dir.length + 1)}/` : ''
    for (const chunk of output)
      if (chunk.type === 'chunk') imports[prefix + chunk.fileName] = chunk.imports.map((f) => prefix + f)
    await bundle.close()
  }
  return (built[app] = { dir, imports })
}
let esbuilt = 0
/** The folder holding `out.js`: a package's entry as esbuild bundles and minifies it (ESM), its
 * `external` packages left as imports; with `exports`, only those names of it (what a site's
 * bundler keeps of a package when the site imports them). */
async function esbuildFor({ esbuild: entry, external = [], exports, conditions }) {
  const dir = join(scratch, `esbuild-${esbuilt++}`)
  const source = exports
    ? { stdin: { contents: `export { ${exports.join(', ')} } from './${entry}'`, resolveDir: root, loader: 'ts' } }
    : { entryPoints: [join(root, entry)] }
  await build({
    ...source,
    bundle: true,
    minify: true,
    format: 'esm',
    external,
    conditions,
    outfile: join(dir, 'out.js'),
    logLevel: 'silent',
  })
  return dir
}
/** `files` and every chunk they import statically, transitively (what the browser fetches with them). */
function withImports(files, imports) {
  const all = new Set(files)
  for (const f of all) for (const i of imports[f] ?? []) all.add(i)
  return [...all]
}

const { bundles } = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'))
const rows = []
const counts = { passed: 0, failed: 0, skipped: 0 }
for (const b of bundles) {
  let dir = root
  let files = b.files
  try {
    if (b.bundle) dir = bundleFor(b.bundle)
    if (b.esbuild) dir = await esbuildFor(b)
    if (b.build) {
      const app = await buildFor(b.build)
      dir = app.dir
      files = withImports(b.files, app.imports)
    }
  } catch (err) {
    rows.push({
      name: b.name,
      budget: b.gzip,
      error: `${b.build ? `rollup build of ${b.build}` : b.esbuild ? `esbuild of ${b.esbuild}` : `sekisho bundle for ${b.bundle}`} failed (run npm run build): ${String(err.stderr || err.message).trim()}`,
    })
    counts.failed++
    continue
  }
  const missing = files.filter((f) => !existsSync(join(dir, f)))
  if (missing.length) {
    rows.push({ name: b.name, budget: b.gzip, error: `missing ${missing.join(', ')} (run npm run build)` })
    counts.failed++
    continue
  }
  const size = measure(files, dir, b.without)
  const ok = size.gzip <= b.gzip
  counts[ok ? 'passed' : 'failed']++
  rows.push({ name: b.name, budget: b.gzip, files, ...size, ok })
}
// `notOver`: a row that must weigh no more than another (the npm path than the script tag).
for (const b of bundles) {
  const row = rows.find((r) => r.name === b.name)
  if (!b.notOver || row.error) continue
  const other = rows.find((r) => r.name === b.notOver)
  const fails =
    !other || other.error
      ? `no measured row "${b.notOver}" to compare with`
      : row.gzip > other.gzip && `over the ${other.gzip} B gzip of "${b.notOver}"`
  if (!fails) continue
  if (row.ok) counts.passed--, counts.failed++
  Object.assign(row, { ok: false, fails })
}

// The READMEs' figures: rewritten from this run with --write-readmes, else each stale one fails.
const sizes = Object.fromEntries(
  bundles.flatMap((b) => {
    const row = rows.find((r) => r.name === b.name)
    return b.id && !row.error ? [[b.id, row.gzip]] : []
  }),
)
for (const file of taggedReadmes(root)) {
  const text = readFileSync(file, 'utf8')
  if (process.argv.includes('--write-readmes')) writeFileSync(file, writeFigures(text, sizes))
  else {
    for (const fails of staleFigures(text, sizes)) {
      rows.push({ name: relative(root, file), error: `${fails} (npm run size -- --write-readmes)` })
      counts.failed++
    }
  }
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2))
else {
  const pad = (s, n) => String(s).padStart(n)
  console.log(`| bundle | raw | gzip | brotli | budget (gzip) | |`)
  console.log(`|---|---:|---:|---:|---:|---|`)
  for (const r of rows) {
    if (r.error) console.log(`| ${r.name} | | | | ${r.budget ?? ''} | FAIL: ${r.error} |`)
    else
      console.log(
        `| ${r.name} | ${pad(r.raw, 6)} | ${pad(r.gzip, 5)} | ${pad(r.brotli, 5)} | ${pad(r.budget, 5)} | ${r.ok ? 'ok' : [r.gzip > r.budget && 'OVER BUDGET', r.fails && `FAIL: ${r.fails}`].filter(Boolean).join('; ')} |`,
      )
  }
}
const countsIndex = process.argv.indexOf('--counts')
if (countsIndex > 0) writeFileSync(process.argv[countsIndex + 1], JSON.stringify(counts))
process.exit(counts.failed ? 1 : 0)
