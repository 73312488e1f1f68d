// Karma for mutation testing only: Stryker's karma runner keeps one Chromium open and re-runs a
// package's browser tests (mocha + chai, as under @web/test-runner) for each mutant.
const { readdirSync, statSync } = require('node:fs')
const { join, resolve } = require('node:path')
const pkg = process.env.SEKISHO_MUTATE
if (!pkg) throw new Error('SEKISHO_MUTATE=<package dir> is required (run through `npm run mutate`)')

/** Chromium's DevTools port, one per Karma process (Stryker may run several): the commands' way in. */
const devtools = 30000 + (process.pid % 20000)

/** The test-runner commands the tests import (mutate/commands.mjs), performed in the Karma page. */
function commands() {
  let page
  const karmaPage = async () => {
    if (page && !page.isClosed()) return page
    const { chromium } = require('playwright-core')
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${devtools}`)
    // The tests run in a window of their own (client.useIframe below), opened anew for each run.
    const pages = browser.contexts().flatMap((c) => c.pages())
    page = pages.findLast((p) => p.url().includes('/context.html')) ?? pages[0]
    return page
  }
  const perform = {
    'send-keys': (p, { press, type, down, up }) =>
      press ? p.keyboard.press(press) : type ? p.keyboard.type(type) : down ? p.keyboard.down(down) : p.keyboard.up(up),
    'emulate-media': (p, options) => p.emulateMedia(options),
    // As @web/test-runner's sendMouse: page coordinates, the left button unless told.
    'send-mouse': (p, { type, position, button }) =>
      type == 'click'
        ? p.mouse.click(position[0], position[1], { button })
        : type == 'move'
          ? p.mouse.move(position[0], position[1])
          : p.mouse[type]({ button }),
  }
  return (req, res, next) => {
    if (req.url != '/__sekisho-command' || req.method != 'POST') return next()
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', async () => {
      try {
        const { name, payload } = JSON.parse(body)
        await perform[name](await karmaPage(), payload)
        res.end('{}')
      } catch (err) {
        res.statusCode = 500
        res.end(String(err))
      }
    })
  }
}

/** Every request on record, as under @web/test-runner (scripts/seen.cjs). */
function seenRequests() {
  const { seen } = require('../scripts/seen.cjs')
  return (req, res, next) => {
    const body = seen(req.url)
    if (body === undefined) return next()
    res.setHeader('content-type', 'application/json')
    res.end(body)
  }
}

/**
 * esbuild's preprocessor, run once per test file: Stryker's Karma runner refreshes the file list
 * before every mutant, which would bundle every test file again though nothing changed (the
 * mutants are all in the one instrumented build, chosen at run time).
 */
function bundleOnce(esbuild) {
  const done = new Map()
  return (content, file, callback) => {
    const key = file.originalPath + '\0' + content
    const bundled = done.get(key)
    if (bundled) {
      file.path = bundled.path
      return callback(null, bundled.code)
    }
    esbuild(content, file, (err, code) => {
      if (!err) done.set(key, { path: file.path, code })
      callback(err, code)
    })
  }
}
bundleOnce.$inject = ['preprocessor:esbuild']

/**
 * The package's test files, shortest first. Stryker runs a mutant's covering tests in page order and
 * stops at the first failure: short files are mostly unit tests (hosts, cookie variants), which
 * kill a mutant of what they test in a second, where the gate's integration files ahead of them
 * took half a minute. Under @web/test-runner each file has a page of its own, so no test may
 * depend on the order of files.
 */
function testFiles() {
  const root = resolve(__dirname, '..')
  const files = []
  for (const dir of ['src', 'test']) {
    const base = join('packages', pkg, dir)
    let names = []
    try {
      names = readdirSync(join(root, base), { recursive: true }).map(String)
    } catch {
      continue
    }
    for (const name of names)
      if (/\.test\.tsx?$/.test(name))
        files.push({ path: join(base, name), size: statSync(join(root, base, name)).size })
  }
  return files.sort((a, b) => a.size - b.size || (a.path < b.path ? -1 : 1)).map((f) => f.path)
}

module.exports = (config) =>
  config.set({
    basePath: resolve(__dirname, '..'),
    plugins: [
      'karma-*',
      {
        'middleware:sekisho-commands': ['factory', commands],
        'middleware:sekisho-seen': ['factory', seenRequests],
        'preprocessor:esbuild-once': ['factory', bundleOnce],
      },
    ],
    middleware: ['sekisho-seen', 'sekisho-commands'],
    frameworks: ['mocha'],
    files: [
      ...testFiles().map((pattern) => ({ pattern, watched: false })),
      // Fixtures the tests load by URL, served from the repo root as @web/test-runner serves them.
      { pattern: `packages/${pkg}/test/**/*`, included: false, served: true, watched: false },
    ],
    // The tests of one package share one page here (under @web/test-runner each file has its own;
    // each file's hooks stay its own, see `banner`): the export-list pins, which check that importing
    // installs nothing, and the React binding (served by a test-runner plugin) stay with `npm test`.
    exclude: ['packages/*/src/index.test.ts', 'packages/*/test/react-binding.test.ts'],
    proxies: { '/packages/': '/base/packages/' },
    preprocessors: { 'packages/**/*.test.{ts,tsx}': ['esbuild-once'] },
    esbuild: {
      target: 'es2020',
      conditions: ['source', 'browser', 'import'],
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { 'process.env.NODE_ENV': '"test"' },
      singleBundle: false,
      // The packages say sideEffects: false; test files are all side effects.
      ignoreAnnotations: true,
      alias: { '@web/test-runner-commands': resolve(__dirname, 'commands.mjs') },
      // Each file in a suite of its own, so that its top-level beforeEach/afterEach (a gate installed
      // and uninstalled around each test) apply to its own tests only, as in a page of its own. The
      // suite counts as a root, so that test names (which incremental runs match results by) stay
      // those @web/test-runner shows, without the file.
      banner: { js: "describe('', function () { this.root = true;" },
      footer: { js: '})' },
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
          '--disable-popup-blocking',
          `--remote-debugging-port=${devtools}`,
        ],
      },
    },
    // The tests' window is a top-level one, as each test file's page is under @web/test-runner:
    // in Karma's default iframe, speculation rules and Document Picture-in-Picture (top-level
    // only) could not be tested, and their mutants went unkilled.
    client: { mocha: { timeout: 10000 }, useIframe: false },
    singleRun: true,
    logLevel: config.LOG_WARN,
  })
