// One rollup config for every package in packages.mjs: ESM per package, IIFE script-tag bundles.
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import esbuild from 'rollup-plugin-esbuild'
import { minify } from 'terser'
import { PACKAGES } from './packages.mjs'

const BROWSER_TARGET = 'es2020'
const NODE_TARGET = 'node20'
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

/** npm packages keep their dependencies external: the site's bundler dedupes them. */
const bareImport = (id) => builtins.has(id) || /^[@a-z]/i.test(id)

/** What `process.env.NODE_ENV` reads in every build (ours and our dependencies' dev-only checks). */
const NODE_ENV = 'production'

const ts = (target, minify) =>
  esbuild({
    target,
    minify,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Dev-only checks are written as `if (DEV)`; builds drop them.
    define: { 'process.env.NODE_ENV': JSON.stringify(NODE_ENV) },
  })

/** The script-tag bundles are minified by terser, two compress passes: measured (`npm run size`) 4% smaller
 * gzip than esbuild's minifier on the head (13,954 → 13,395 B), and these bytes are every visitor's. No
 * `unsafe*` or `pure_getters` option: they saved nothing more here, and would assume what a page's
 * globals do. Library builds stay on esbuild: the site's own bundler minifies those. */
const terse = (eager) => ({
  name: 'terser',
  async renderChunk(code) {
    const out = await minify(code, {
      ecma: 2020,
      // esbuild's `define` reaches only the files it transforms (ours): dependencies' (nanostores')
      // `process.env.NODE_ENV` is replaced here, or the page would throw on `process`.
      compress: { passes: 2, global_defs: { 'process.env.NODE_ENV': NODE_ENV } },
      format: { comments: false, preamble: eager ? COMPILE_HINT : undefined },
      sourceMap: true,
    })
    return { code: out.code, map: out.map }
  },
})

/** V8's file-wide compile hint (Chromium 136+; a comment elsewhere): compile every function while the
 * file streams in, off the main thread, instead of pre-parsing each and compiling it again on the main
 * thread at its first call. For files whose functions nearly all run once loaded: each script-tag
 * part is fetched only when it is about to run. Measured (12 interleaved first visits, 4× throttle):
 * main-thread script time until the banner 99 → 71 ms, main-thread lazy compiles 204 → 62.
 * `sekisho bundle` keeps it first (packages/cli script-build.ts, COMPILE_HINT there too). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** Resolves imports (@sekisho/* to their TypeScript source) for builds that bundle them in. */
const fromSource = () =>
  nodeResolve({
    exportConditions: ['source', 'browser', 'import', 'default'],
    extensions: ['.ts', '.tsx', '.mjs', '.js'],
  })

/** `'use client'` at the top of a package's public index (its comments aside), else undefined: rollup
 * drops module-level directives, so the output gets it back as a banner (React Server Components
 * read it from the file a server component imports). */
const directiveOf = (file) =>
  /^(?:\s*\/\/[^\n]*\n)*\s*(['"])use client\1/.test(readFileSync(file, 'utf8')) ? "'use client';" : undefined

const configs = []
for (const pkg of PACKAGES) {
  const dir = `packages/${pkg.dir}`
  const browser = pkg.env === 'browser'
  const entries = pkg.entries ?? { 'src/index.ts': 'index' }
  const banner = directiveOf(`${dir}/${Object.keys(entries)[0]}`)
  configs.push({
    input: Object.fromEntries(Object.entries(entries).map(([src, out]) => [out, `${dir}/${src}`])),
    external: bareImport,
    plugins: [ts(browser ? BROWSER_TARGET : NODE_TARGET, browser)],
    output: [
      {
        dir: `${dir}/dist`,
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: '[name]-[hash].mjs',
        sourcemap: true,
        banner,
        // One file per source module, so that a site's bundler can put each part where it is used
        // (the config validator only in the chunk that validates) instead of one module for all.
        ...(pkg.preserveModules && { preserveModules: true, preserveModulesRoot: `${dir}/src` }),
      },
      // CommonJS twins for `require` (packages.mjs `cjs`); dynamic imports stay lazy as require() calls.
      ...(pkg.cjs
        ? [
            {
              dir: `${dir}/dist`,
              format: 'cjs',
              entryFileNames: '[name].cjs',
              chunkFileNames: '[name]-[hash].cjs',
              sourcemap: true,
              banner,
            },
          ]
        : []),
    ],
    onwarn: banner ? (w, warn) => w.code !== 'MODULE_LEVEL_DIRECTIVE' && onwarn(w, warn) : onwarn,
  })
  // Each standalone entry is its own build, with the @sekisho/* code it uses inside it (third-party
  // imports stay external): a site's bundler finds no module shared with another entry, so it makes
  // one file of it, as the script tag's chunk is one file.
  for (const [src, out] of Object.entries(pkg.standalone ?? {})) {
    configs.push({
      input: { [out]: `${dir}/${src}` },
      external: (id) => bareImport(id) && !id.startsWith('@sekisho/'),
      plugins: [fromSource(), ts(browser ? BROWSER_TARGET : NODE_TARGET, browser)],
      output: { dir: `${dir}/dist`, format: 'es', entryFileNames: '[name].mjs', sourcemap: true },
      onwarn,
    })
  }
  for (const [src, out] of Object.entries(pkg.iife ?? {})) {
    configs.push({
      input: `${dir}/${src}`,
      plugins: [fromSource(), ts(BROWSER_TARGET, false), terse(pkg.compileHint)],
      output: { file: `${dir}/dist/${out}.js`, format: 'iife', sourcemap: true },
      onwarn,
    })
  }
}

function onwarn(warning, warn) {
  // A missing export or a circular import is a bug, not a warning.
  if (warning.code === 'MISSING_EXPORT' || warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message)
  warn(warning)
}

export default configs
