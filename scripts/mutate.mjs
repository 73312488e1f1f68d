// Mutation testing (StrykerJS) per package, recorded in mutate/baseline.json.
//   npm run mutate                 every package in MUTATED, incremental (only changed code re-tested)
//   npm run mutate -- gate core    those packages
//   npm run mutate -- collector --concurrency 1   other flags go to `stryker run` as they are
//   npm run mutate -- collector --mutate 'packages/collector/src/store/**/*.ts,!**/*.test.ts'
//                                  a part of a package: not scored, its results kept in the
//                                  incremental record, so that a package too big for one sitting
//                                  (the collector: ~5,100 mutants, ~7 s each) is measured in parts
//   npm run mutate -- gate --mutate '…' --record
//                                  a part run that then records the package's score from the whole
//                                  incremental record (each mutant's latest verdict; a whole run would
//                                  reuse them, re-testing only survivors, so this is its lower bound)
//   node scripts/mutate.mjs --check   what `npm test` runs: no recorded score below its floor, and
//                                     a warning for each record measured on sources or tests that changed since
// Why Stryker: mutant switching (one instrumented build, the active mutant chosen at run time) and
// per-test coverage make it the only JS mutation tool fast enough for a real-browser suite; its
// incremental mode re-tests only mutants whose code changed (and, for the Node packages, whose tests
// did: through Karma it sees no test file, so a change to a browser package's tests re-tests all).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureChromium } from './chromium.mjs'
import { root, run } from './run.mjs'

/** The packages whose tests must catch mutants, and the score each must keep (issue 21: 85). */
export const MUTATED = ['core', 'gate', 'receipts', 'collector', 'notice']
const BASELINE = join(root, 'mutate/baseline.json')

/** Score as Stryker reports it: killed and timed-out mutants over all that have a verdict. */
export function scoreOf(report) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 }
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) if (m.status in counts) counts[m.status]++
  }
  const detected = counts.Killed + counts.Timeout
  const valid = detected + counts.Survived + counts.NoCoverage
  return { score: valid ? Math.round((detected / valid) * 1000) / 10 : 100, ...counts }
}

/** One hash over a package's mutated sources, to tell whether a record is still current. */
export function sourcesHash(pkg, dir = join(root, 'packages', pkg, 'src')) {
  const hash = createHash('sha256')
  hashFiles(hash, dir, '', (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  return hash.digest('hex').slice(0, 16)
}

/** Adds each file under `dir` that `keep` picks (by its path there), in order, with `prefix` + that path. */
function hashFiles(hash, dir, prefix, keep) {
  if (!existsSync(dir)) return
  for (const f of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!keep(f) || !statSync(join(dir, f)).isFile()) continue
    hash
      .update(prefix + f)
      .update('\0')
      .update(readFileSync(join(dir, f)))
      .update('\0')
  }
}

/**
 * One hash over a package's tests (its *.test.ts files and test/ fixtures). Through Karma, Stryker's
 * incremental mode sees no test file ("Tests: 0 files changed" after a test was added or edited):
 * it would keep every earlier verdict, a Killed one whose test has since been weakened too. So a
 * run whose tests changed since the record re-tests every mutant (--force), and --check calls such a
 * record stale.
 */
export function testsHash(pkg, dir = join(root, 'packages', pkg)) {
  const hash = createHash('sha256')
  hashFiles(hash, join(dir, 'src'), 'src/', (f) => /\.test\.tsx?$/.test(f))
  hashFiles(hash, join(dir, 'test'), 'test/', () => true)
  return hash.digest('hex').slice(0, 16)
}

/** Packages whose tests Stryker runs through Karma (mutate/stryker.config.mjs): the others' are Node's. */
const KARMA = (pkg) => !['collector', 'cli'].includes(pkg)

const readBaseline = () => (existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {})

function check() {
  const baseline = readBaseline()
  const problems = []
  for (const pkg of MUTATED) {
    const record = baseline[pkg]
    if (!record) {
      console.log(`mutation: ${pkg}: no record yet (npm run mutate -- ${pkg})`)
      continue
    }
    const stale = [
      record.sources !== sourcesHash(pkg) && 'sources changed since',
      record.tests === undefined ? 'tests not recorded' : record.tests !== testsHash(pkg) && 'tests changed since',
    ].filter(Boolean)
    console.log(
      `mutation: ${pkg} ${record.score}% (floor ${record.floor}%, measured ${record.date})` +
        (stale.length ? ` — ${stale.join(', ')}; re-run npm run mutate -- ${pkg}` : ''),
    )
    if (record.score < record.floor) problems.push(`${pkg}: ${record.score}% is below its floor ${record.floor}%`)
  }
  for (const p of problems) console.error(`mutation: ${p}`)
  return problems.length ? 1 : 0
}

/**
 * The incremental record after a run over part of a package (--mutate): Stryker writes only the
 * files it mutated, so the other files' results are kept from `before`, their tests' ids mapped to
 * this run's (a test is known by its name; ids are given per run).
 */
export function mergeIncremental(before, after) {
  const names = new Map()
  for (const file of Object.values(before.testFiles ?? {})) for (const t of file.tests) names.set(t.id, t.name)
  const ids = new Map()
  for (const file of Object.values(after.testFiles ?? {})) for (const t of file.tests) ids.set(t.name, t.id)
  // A test that is gone leaves its mutants without it: re-tested by the next run that reaches them.
  const remap = (list) => list?.map((id) => ids.get(names.get(id))).filter((id) => id !== undefined)
  const files = {}
  for (const [path, file] of Object.entries(before.files))
    if (!(path in after.files))
      files[path] = {
        ...file,
        mutants: file.mutants.map((m) => ({ ...m, coveredBy: remap(m.coveredBy), killedBy: remap(m.killedBy) })),
      }
  return { ...after, files: { ...files, ...after.files } }
}

async function mutate(packages, flags = []) {
  process.env.CHROME_BIN = ensureChromium()
  const baseline = readBaseline()
  const part = flags.some((f) => /^--mutate\b/.test(f))
  // Ours, not Stryker's: after a part run, record the package from its incremental record.
  const record = flags.includes('--record')
  flags = flags.filter((f) => f !== '--record')
  for (const pkg of packages) {
    const incremental = join(root, `mutate/incremental/${pkg}.json`)
    const before = part && existsSync(incremental) ? JSON.parse(readFileSync(incremental, 'utf8')) : undefined
    const force = KARMA(pkg) && baseline[pkg]?.tests !== testsHash(pkg) && !flags.includes('--force')
    if (force) console.log(`mutation: ${pkg}: its tests changed since the record, so every mutant is re-tested`)
    const args = ['run', 'mutate/stryker.config.mjs', ...flags, ...(force ? ['--force'] : [])]
    const code = await run(join(root, 'node_modules/.bin/stryker'), args, {
      env: { ...process.env, SEKISHO_MUTATE: pkg },
      // A process group of its own, stopped with this script (Ctrl-C, kill) and after it: a stopped
      // run otherwise left Karma's headless Chromiums running, slowing everything after them.
      limitS: 8 * 3600,
    })
    if (code !== 0) return code
    const report = JSON.parse(readFileSync(join(root, `.stryker-tmp/reports/${pkg}.json`), 'utf8'))
    const result = scoreOf(report)
    // A run over part of the package (--mutate) is no package score: printed, not recorded; its
    // results join the incremental record, so that parts measured over several runs add up to a
    // whole run that re-tests nothing unchanged.
    if (part) {
      if (before)
        writeFileSync(
          incremental,
          JSON.stringify(mergeIncremental(before, JSON.parse(readFileSync(incremental, 'utf8'))), null, 2),
        )
      console.log(`mutation: ${pkg}, the part mutated: ${result.score}%`)
      if (!record) continue
      const whole = scoreOf(JSON.parse(readFileSync(incremental, 'utf8')))
      write(baseline, pkg, whole, 'the incremental record after a part run')
      continue
    }
    write(baseline, pkg, result)
  }
  return 0
}

function write(baseline, pkg, result, from) {
  // The floor only rises: a record never lowers what the package has already reached.
  const floor = Math.max(baseline[pkg]?.floor ?? 0, Math.min(85, Math.floor(result.score)))
  const date = new Date().toISOString().slice(0, 10)
  // After a part run, the other parts' verdicts may predate a change to the tests: their hash stays
  // the last whole run's, so the record is still called stale until one.
  const tests = from ? baseline[pkg]?.tests : testsHash(pkg)
  baseline[pkg] = { ...result, floor, sources: sourcesHash(pkg), tests, date, ...(from && { from }) }
  console.log(`mutation: ${pkg} ${result.score}% (floor ${floor}%)${from ? ', from ' + from : ''}`)
  writeFileSync(BASELINE, JSON.stringify(baseline, null, 2) + '\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  // A flag's value (`--concurrency 1`) follows it: only words before the first flag name packages.
  const first = args.findIndex((a) => a.startsWith('-'))
  const packages = first < 0 ? args : args.slice(0, first)
  const flags = first < 0 ? [] : args.slice(first)
  process.exit(args.includes('--check') ? check() : await mutate(packages.length ? packages : MUTATED, flags))
}
