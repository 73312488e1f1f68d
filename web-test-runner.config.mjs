// Browser unit tests: every browser package's *.test.ts(x), in Debian's Chromium via Playwright.
import { writeFileSync } from 'node:fs'
import { build } from 'esbuild'
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { playwrightLauncher } from '@web/test-runner-playwright'
import { defaultReporter, summaryReporter } from '@web/test-runner'
import { browserPackages } from './packages.mjs'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'

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
 * React ships only as CommonJS, which the test server cannot load: the framework-binding tests get
 * it bundled to ESM at /__react-binding.js. nanostores stays external so the test and
 * @nanostores/react share one store module, as in an app.
 */
function reactBindingPlugin() {
  let bundle
  const make = async () => {
    const result = await build({
      stdin: {
        contents: `export { createElement } from 'react'
export { createRoot } from 'react-dom/client'
export { flushSync } from 'react-dom'
export { useStore } from '@nanostores/react'`,
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      external: ['nanostores'],
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    })
    return result.outputFiles[0].text.replace(/from\s*"nanostores"/g, 'from "/node_modules/nanostores/index.js"')
  }
  return {
    name: 'react-binding-bundle',
    async serve(context) {
      if (context.path === '/__react-binding.js') return { body: (bundle ??= await make()), type: 'js' }
    },
  }
}

const reporters = [defaultReporter(), summaryReporter({ flatten: false })]
if (process.env.SEKISHO_COUNTS) reporters.push(countsReporter(process.env.SEKISHO_COUNTS))

export default {
  files: browserPackages.map((p) => `packages/${p.dir}/{src,test}/**/*.test.{ts,tsx}`),
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, jsx: true, target: 'es2020', tsconfig: 'tsconfig.browser.json' }),
    reactBindingPlugin(),
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
