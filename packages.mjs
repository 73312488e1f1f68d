// The one list of packages: build, type check and test configs are derived from it.
// env: where the code runs ("browser" packages are tested in Chromium, "node" ones with node:test).
// entries: source file -> output name, relative to the package; the first is the public index.
// iife: script-tag bundles (packages/sekisho only), built as classic scripts for <head>.
// compileHint: its iife files start with V8's compile-all hint (rollup.config.mjs COMPILE_HINT).
// cjs: also built as CommonJS (`require` export condition) for Node servers that are not ESM:
// reading the consent cookie, validating configs and receipts, running the collector (with the
// console it serves) or the CLI.
// standalone: entries built each on its own with the @sekisho/* code they use bundled in (third-party
// imports stay external), so that a site's bundler splits nothing out of them.
// preserveModules: the ES build keeps one file per source module, so that a site's bundler splits it
// by use (core: the config validator stays out of the banner's chunk).
export const PACKAGES = [
  { dir: 'core', env: 'browser', cjs: true, preserveModules: true },
  { dir: 'catalog', env: 'browser', cjs: true },
  { dir: 'gate', env: 'browser' },
  { dir: 'notice', env: 'browser' },
  // The dialog (Preact) is its own entry, so a site's bundler keeps the framework out of the first layer's file.
  { dir: 'banner', env: 'browser', entries: { 'src/index.ts': 'index', 'src/dialog/index.ts': 'dialog' } },
  { dir: 'receipts', env: 'browser', cjs: true, entries: { 'src/index.ts': 'index', 'src/schema/index.ts': 'schema' } },
  { dir: 'console', env: 'browser', cjs: true, iife: { 'src/app.tsx': 'console' } },
  // The chain check's worker thread is its own file (a worker loads a file, not a function).
  {
    dir: 'collector',
    env: 'node',
    cjs: true,
    entries: { 'src/index.ts': 'index', 'src/chain/verify-worker.ts': 'verify-worker' },
  },
  // CSP mode for a Next.js proxy.ts is its own entry (`@sekisho/server/next`), so only it imports next/server.
  { dir: 'server', env: 'node', entries: { 'src/index.ts': 'index', 'src/next/proxy.ts': 'next' } },
  { dir: 'audit', env: 'node' },
  { dir: 'cli', env: 'node', cjs: true, entries: { 'src/index.ts': 'index', 'src/bin.ts': 'bin' } },
  {
    dir: 'sekisho',
    env: 'browser',
    // `sekisho/head-tags`: the head's tags and their place, for framework integrations' servers.
    entries: { 'src/index.ts': 'index', 'src/head-tags.ts': 'head-tags' },
    // The npm entry, and its lazily imported parts (imported by package name, so a site's bundler
    // splits each into its own file). The parts are standalone: each carries the @sekisho/* code it
    // uses, so the banner comes in one file on a first visit (split by a bundler into the modules
    // it shares with the dialog, notice and receipts parts, it took 4 files and ~1 KB gzip more).
    standalone: {
      'src/wiring/banner.ts': 'parts/banner',
      'src/wiring/dialog.ts': 'parts/dialog',
      'src/wiring/receipts.ts': 'parts/receipts',
      'src/wiring/notice.ts': 'parts/notice',
      'src/wiring/check.ts': 'parts/check',
    },
    // Each script-tag file is fetched when it is about to run: V8 compiles all of it as it streams in.
    compileHint: true,
    iife: {
      'src/head.ts': 'sekisho',
      'src/head-baked.ts': 'sekisho-baked',
      'src/banner-chunk.ts': 'sekisho-banner',
      'src/dialog-chunk.ts': 'sekisho-dialog',
      'src/check-chunk.ts': 'sekisho-check',
      'src/notice-chunk.ts': 'sekisho-notice',
      'src/receipts-chunk.ts': 'sekisho-receipts',
    },
  },
  // React bindings over the one wiring (`sekisho` and React are peers: the app provides them).
  { dir: 'react', env: 'browser' },
  // Vue and Svelte bindings, the same way (Vue, Svelte and `sekisho` are the app's).
  { dir: 'vue', env: 'browser' },
  { dir: 'svelte', env: 'browser' },
  // The Astro integration runs in Node (astro.config, the build); its middleware is its own entry,
  // imported by the file the integration generates for the site.
  { dir: 'astro', env: 'node', entries: { 'src/index.ts': 'index', 'src/middleware.ts': 'middleware' } },
  // The Nuxt module runs in Node (nuxt.config, the build); its Nitro plugin is its own entry,
  // imported by the plugin the module generates for the site's server.
  { dir: 'nuxt', env: 'node', entries: { 'src/index.ts': 'index', 'src/nitro.ts': 'nitro' } },
]

export const browserPackages = PACKAGES.filter((p) => p.env === 'browser')
export const nodePackages = PACKAGES.filter((p) => p.env === 'node')
