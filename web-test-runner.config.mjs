// Browser unit tests: every browser package's *.test.ts(x), in Debian's Chromium via Playwright.
import { writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { basename } from 'node:path'
import { build } from 'esbuild'
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { playwrightLauncher } from '@web/test-runner-playwright'
import { defaultReporter, summaryReporter } from '@web/test-runner'
import { browserPackages } from './packages.mjs'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'
import seenRequests from './scripts/seen.cjs'

/** Writes pass/fail counts for scripts/test.mjs's summary line. */
function countsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 }
      const walk = (suite) => {
        for (const t of suite.tests) counts[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++
        for (const s of suite.suites) walk(s)
      }
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults)
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length || !s.testResults)) counts.failed++
      }
      writeFileSync(file, JSON.stringify(counts))
    },
  }
}

/**
 * React ships only as CommonJS, which the test server cannot load: tests (and the packages they
 * test) that import `react`, `react-dom`, `react-dom/client`, `react-dom/server` or
 * `@nanostores/react` get them bundled to ESM under /__react/, split so that all share one React.
 * nanostores stays external so tests and @nanostores/react share one store module, as in an app.
 * /__react-binding.js re-exports the few functions packages/core's binding test uses.
 */
function reactPlugin() {
  /** Served name -> module id; CommonJS ones get their export names listed (esbuild cannot re-export `*` from CommonJS). */
  const MODULES = {
    react: 'react',
    'react-dom': 'react-dom',
    'react-dom-client': 'react-dom/client',
    'react-dom-server': 'react-dom/server.browser',
    'nanostores-react': '@nanostores/react',
  }
  /** The CommonJS modules' export names, read in a child process (React's development build, loaded
   * here, would patch the test runner's own console). */
  const exportNames = () =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `const ids = ${JSON.stringify(Object.values(MODULES))}
const names = {}
for (const id of ids) if (id !== '@nanostores/react') names[id] = Object.keys(require(id))
console.log(JSON.stringify(names))
process.exit(0)`,
        ],
        { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
      ),
    )
  const source = (id, names) => {
    if (id === '@nanostores/react') return `export * from '${id}'`
    const named = names[id].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default')
    return `export { ${named.join(', ')} } from '${id}'\nexport { default } from '${id}'`
  }
  let files
  const make = async () => {
    const names = exportNames()
    const result = await build({
      entryPoints: Object.fromEntries(Object.keys(MODULES).map((name) => [name, `entry:${name}`])),
      plugins: [
        {
          name: 'entries',
          setup(b) {
            b.onResolve({ filter: /^entry:/ }, (a) => ({ path: a.path.slice(6), namespace: 'entry' }))
            b.onLoad({ filter: /.*/, namespace: 'entry' }, (a) => ({
              contents: source(MODULES[a.path], names),
              resolveDir: process.cwd(),
            }))
          },
        },
      ],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: 'react-bundle',
      write: false,
      external: ['nanostores'],
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    })
    return new Map(
      result.outputFiles.map((f) => [
        `/__react/${basename(f.path)}`,
        f.text.replace(/from\s*"nanostores"/g, 'from "/node_modules/nanostores/index.js"'),
      ]),
    )
  }
  const served = Object.fromEntries(Object.entries(MODULES).map(([name, id]) => [id, `/__react/${name}.js`]))
  served['react-dom/server'] = served['react-dom/server.browser']
  return {
    name: 'react-bundle',
    resolveImport({ source }) {
      return served[source]
    },
    async serve(context) {
      if (context.path === '/__react-binding.js')
        return {
          body: `export { createElement } from '/__react/react.js'
export { createRoot } from '/__react/react-dom-client.js'
export { flushSync } from '/__react/react-dom.js'
export { useStore } from '/__react/nanostores-react.js'`,
          type: 'js',
        }
      if (context.path.startsWith('/__react/')) {
        files ??= make()
        const body = (await files).get(context.path)
        if (body) return { body, type: 'js' }
      }
    },
  }
}

const reporters = [defaultReporter(), summaryReporter({ flatten: false })]
if (process.env.SEKISHO_COUNTS) reporters.push(countsReporter(process.env.SEKISHO_COUNTS))

export default {
  files: browserPackages.map((p) => `packages/${p.dir}/{src,test}/**/*.test.{ts,tsx}`),
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  // Every request the server gets is on record for tests of loads no page API shows (scripts/seen.cjs).
  middleware: [
    (ctx, next) => {
      const body = seenRequests.seen(ctx.url)
      if (body === undefined) return next()
      ctx.type = 'json'
      ctx.body = body
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, jsx: true, target: 'es2020', tsconfig: 'tsconfig.browser.json' }),
    reactPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true },
    }),
  ],
  // nanostores reads process.env.NODE_ENV (bundlers define it); give every test page one.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.process = { env: { NODE_ENV: 'test' } }</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters,
}
