// StrykerJS over one package (SEKISHO_MUTATE=<dir>): browser packages through Karma in Debian's
// Chromium (mocha + chai, the same tests @web/test-runner runs), Node packages through the TAP runner
// (node:test prints TAP). `npm run mutate` runs each package and records the scores in baseline.json.
const pkg = process.env.SEKISHO_MUTATE
const node = ['collector', 'cli'].includes(pkg)

export default {
  packageManager: 'npm',
  mutate: [`packages/${pkg}/src/**/*.{ts,tsx}`, '!**/*.test.{ts,tsx}', '!**/index.ts', '!**/testing/**'],
  ...(node
    ? {
        testRunner: 'tap',
        tap: {
          testFiles: [`packages/${pkg}/src/**/*.test.ts`],
          nodeArgs: ['--import', 'tsx', '--conditions=source', '--test-reporter=tap'],
        },
        coverageAnalysis: 'perTest',
      }
    : {
        testRunner: 'karma',
        karma: { projectType: 'custom', configFile: 'mutate/karma.conf.cjs' },
        coverageAnalysis: 'perTest',
      }),
  // TypeScript 7 has no JS API for Stryker's tsconfig rewriting; sources are transpiled by esbuild/tsx.
  tsconfigFile: 'mutate/no-tsconfig.json',
  ignoreStatic: process.env.SEKISHO_MUTATE_ALL ? false : true,
  concurrency: 2,
  timeoutMS: 10000,
  // The first run of every test file (to learn which tests cover which mutants) takes the collector's
  // 49 test files over 5 minutes, Stryker's default limit, on a loaded 2-core machine.
  dryRunTimeoutMinutes: 20,
  reporters: ['progress', 'json', 'clear-text'],
  clearTextReporter: { reportTests: false, reportMutants: false, reportScoreTable: true },
  jsonReporter: { fileName: `.stryker-tmp/reports/${pkg}.json` },
  incremental: true,
  incrementalFile: `mutate/incremental/${pkg}.json`,
  tempDirName: '.stryker-tmp',
  // The examples' build output stays out of the sandbox: no test reads it, and `nuxt generate`
  // leaves a `dist` symlink to a folder that Stryker's copy cannot follow (EISDIR).
  ignorePatterns: [
    '/examples/*/dist',
    '/examples/*/.output',
    '/examples/*/.nuxt',
    '/examples/*/.next',
    '/examples/*/.astro',
  ],
  cleanTempDir: 'always',
}
