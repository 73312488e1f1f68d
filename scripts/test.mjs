// `npm test`: build + type check (.vue and .svelte too), packaging lint, pack-and-install, package boundaries, byte budgets, browser tests,
// Node tests, e2e — then one line `N passed, N failed` over all of them.
// `--only build|lint|packaging|install|boundaries|size|browser|node|e2e` runs one stage
// (browser/node/e2e then skip the build; run `npm run build` first for e2e).
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { nodePackages } from '../packages.mjs'
import { ensureChromium } from './chromium.mjs'
import { root, run } from './run.mjs'

const onlyIndex = process.argv.indexOf('--only')
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined
const scratch = mkdtempSync(join(tmpdir(), 'sekisho-test-'))
/** The packed packages, shared by the packaging lint and the pack-and-install test. */
const tarballs = join(scratch, 'tarballs')
const bin = (name) => join(root, 'node_modules/.bin', name)
const total = { passed: 0, failed: 0, skipped: 0 }
/**
 * Seconds each stage may take before it is stopped and fails, printing what still ran: about three times
 * its longest seen on a loaded 2-core machine (browser 167, node 258, e2e 370), so that a hang fails in
 * minutes with a name and the whole run stays inside CI's own limit even then.
 */
const LIMIT_S = {
  build: 600,
  lint: 300,
  packaging: 600,
  install: 900,
  mutation: 120,
  boundaries: 120,
  size: 300,
  browser: 600,
  node: 900,
  e2e: 1200,
}
/** A single Node test that runs longer fails alone (node:test has no limit of its own); the longest take about a minute. */
const NODE_TEST_LIMIT_MS = 300_000
const timings = []

/** Reads a counts file a runner wrote; a runner that died before writing one counts as a failure. */
function readCounts(file, code, parse) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 }
  const counts = parse(JSON.parse(readFileSync(file, 'utf8')))
  // A non-zero exit with no failed test (crash after the run, config error) still fails the stage.
  if (code !== 0 && counts.failed === 0) counts.failed = 1
  return counts
}

function nodeTestFiles() {
  const files = []
  for (const p of nodePackages) {
    for (const sub of ['src', 'test']) {
      const dir = join(root, 'packages', p.dir, sub)
      if (!existsSync(dir)) continue
      for (const f of readdirSync(dir, { recursive: true })) {
        if (/\.test\.tsx?$/.test(String(f))) files.push(join('packages', p.dir, sub, String(f)))
      }
    }
  }
  // Checks over the whole repository (one source per rule, READMEs against the code).
  for (const f of readdirSync(join(root, 'scripts'))) if (/\.test\.mjs$/.test(f)) files.push(join('scripts', f))
  return files.sort()
}

/** Each stage gets `runStage`: `run`, stopped past that stage's limit. */
const STAGES = {
  async build(runStage) {
    let code = await runStage('node', ['scripts/build.mjs'])
    if (code === 0) code = await runStage('node', ['scripts/build.mjs', '--components-only'])
    return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, fatal: code !== 0 }
  },
  async lint(runStage) {
    // Biome: lint rules and the formatter's check (biome.json); `npx biome check --write .` fixes most.
    const code = await runStage(bin('biome'), ['ci', '--reporter=summary', '.'])
    return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }
  },
  async packaging(runStage) {
    // publint and @arethetypeswrong/cli over every package as npm would pack it.
    const code = await runStage('node', ['scripts/packaging.mjs', '--tarballs', tarballs])
    return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }
  },
  async install(runStage) {
    // The packed tarballs installed into a fresh project outside the repo, used as a user would
    // (npx sekisho …, import/require); skipped, with a message, when the npm registry does not answer.
    const file = join(scratch, 'install.json')
    const code = await runStage('node', ['scripts/install.mjs', '--counts', file, '--tarballs', tarballs])
    return readCounts(file, code, (c) => c)
  },
  async mutation(runStage) {
    // The recorded mutation scores (npm run mutate) must not fall below their floors; stale records warn.
    const code = await runStage('node', ['scripts/mutate.mjs', '--check'])
    return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }
  },
  async boundaries(runStage) {
    const code = await runStage('node', ['scripts/boundaries.mjs'])
    return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }
  },
  async size(runStage) {
    const file = join(scratch, 'size.json')
    const code = await runStage('node', ['scripts/size.mjs', '--counts', file])
    return readCounts(file, code, (c) => c)
  },
  async browser(runStage) {
    const file = join(scratch, 'browser.json')
    const code = await runStage(bin('wtr'), ['--config', 'web-test-runner.config.mjs'], {
      env: { ...process.env, SEKISHO_COUNTS: file },
    })
    return readCounts(file, code, (c) => c)
  },
  async node(runStage) {
    // Two runners side by side: all the other files two at a time (most wait on SQLite, PostgreSQL or
    // a child process), and the audit's files one at a time (each drives Chromium through many page
    // loads). Four files at once starved the collector's 600 ms request timeout test once in CI.
    const files = nodeTestFiles()
    const audit = files.filter((f) => f.startsWith('packages/audit/'))
    const runner = async (name, group, concurrency) => {
      const file = join(scratch, `node-${name}.json`)
      const code = await runStage('node', [
        '--import',
        'tsx',
        '--conditions=source',
        '--test',
        `--test-concurrency=${concurrency}`,
        `--test-timeout=${NODE_TEST_LIMIT_MS}`,
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=./scripts/node-counts.mjs',
        `--test-reporter-destination=${file}`,
        ...group,
      ])
      return readCounts(file, code, (c) => c)
    }
    // An audit phase ends on what its steps caused, not on a quiet interval, so the load of the other
    // files makes it slower, not wrong (runs with two CPU hogs stayed green).
    const counts = await Promise.all([
      runner(
        'rest',
        files.filter((f) => !audit.includes(f)),
        2,
      ),
      runner('audit', audit, 1),
    ])
    return counts.reduce((a, b) => ({
      passed: a.passed + b.passed,
      failed: a.failed + b.failed,
      skipped: a.skipped + b.skipped,
    }))
  },
  async e2e(runStage) {
    const file = join(scratch, 'e2e.json')
    const code = await runStage(bin('playwright'), ['test'], { env: { ...process.env, SEKISHO_COUNTS: file } })
    return readCounts(file, code, (report) => ({
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected,
      skipped: report.stats.skipped,
    }))
  },
}

const order = only
  ? [only]
  : ['build', 'lint', 'packaging', 'install', 'boundaries', 'mutation', 'size', 'browser', 'node', 'e2e']
if (only && !STAGES[only]) {
  console.error(`unknown stage "${only}"; choose one of: ${Object.keys(STAGES).join(', ')}`)
  process.exit(2)
}
if (order.some((s) => s === 'browser' || s === 'e2e')) {
  try {
    process.env.CHROME_PATH = ensureChromium()
  } catch (err) {
    console.error(err.message)
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
}

for (const name of order) {
  console.log(`\n=== ${name} ===`)
  const started = performance.now()
  const result = await STAGES[name]((cmd, args, options = {}) => run(cmd, args, { limitS: LIMIT_S[name], ...options }))
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`)
  total.passed += result.passed
  total.failed += result.failed
  total.skipped += result.skipped
  console.log(`--- ${name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`)
  if (result.fatal) break
}

console.log(`\n${timings.join(' · ')}`)
const skipped = total.skipped ? `, ${total.skipped} skipped` : ''
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`)
process.exit(total.failed > 0 ? 1 : 0)
