// Karma for mutation testing only: Stryker's karma runner keeps one Chromium open and re-runs a
// package's browser tests (mocha + chai, as under @web/test-runner) for each mutant.
const pkg = process.env.SEKISHO_MUTATE
if (!pkg) throw new Error('SEKISHO_MUTATE=<package dir> is required (run through `npm run mutate`)')

module.exports = (config) =>
  config.set({
    basePath: require('node:path').resolve(__dirname, '..'),
    frameworks: ['mocha'],
    files: [
      { pattern: `packages/${pkg}/{src,test}/**/*.test.{ts,tsx}`, watched: false },
      // Fixtures the tests load by URL, served from the repo root as @web/test-runner serves them.
      { pattern: `packages/${pkg}/test/**/*`, included: false, served: true, watched: false },
    ],
    // The tests of one package share one page here (under @web/test-runner each file has its own):
    // the export-list pins, which check that importing installs nothing, and the React binding
    // (served by a test-runner plugin) stay with `npm test`.
    exclude: ['packages/*/src/index.test.ts', 'packages/*/test/react-binding.test.ts'],
    proxies: { '/packages/': '/base/packages/' },
    preprocessors: { 'packages/**/*.test.{ts,tsx}': ['esbuild'] },
    esbuild: {
      target: 'es2020',
      conditions: ['source', 'browser', 'import'],
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { 'process.env.NODE_ENV': '"test"' },
      singleBundle: false,
      // The packages say sideEffects: false; test files are all side effects.
      ignoreAnnotations: true,
    },
    browsers: ['SekishoChromium'],
    customLaunchers: {
      SekishoChromium: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
        ],
      },
    },
    client: { mocha: { timeout: 10000 } },
    singleRun: true,
    logLevel: config.LOG_WARN,
  })
