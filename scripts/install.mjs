// Pack-and-install test: packs every package in packages.mjs as npm would publish it, installs the
// tarballs into a fresh project in the OS temp dir (outside the monorepo, so nothing resolves from
// its node_modules) and uses them as a user would: `npx sekisho` commands, import() and require() of
// every export. Third-party dependencies come from the npm registry (its cache first); when the
// registry does not answer, the test is skipped with a message. Run after `npm run build`.
//   1. `npm install sekisho` (every @sekisho/* package mapped to its tarball by `overrides`, so only
//      what that install pulls in lands): time, size, no native module, the CLI's commands.
//   2. The optional peers added (collector, audit): import() and require() of every export; @sekisho/react
//      and @sekisho/vue rendered on a server, @sekisho/svelte's stores read there, @sekisho/astro's hooks
//      and @sekisho/nuxt's module run.
// Usage: node scripts/install.mjs [--counts FILE] [--keep] [--tarballs DIR (reused if packed there already)]
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PACKAGES } from '../packages.mjs'
import { argValue, packAll } from './pack.mjs'
import { root } from './run.mjs'

const counts = { passed: 0, failed: 0, skipped: 0 }
const countsIndex = process.argv.indexOf('--counts')
function finish() {
  if (countsIndex > 0) writeFileSync(process.argv[countsIndex + 1], JSON.stringify(counts))
  console.log(`install: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  process.exit(counts.failed ? 1 : 0)
}

/** One named check: passes unless `fn` throws; the message says what a user would have seen. */
function check(name, fn) {
  try {
    fn()
    counts.passed++
    console.log(`  ok   ${name}`)
  } catch (error) {
    counts.failed++
    console.log(`  FAIL ${name}\n       ${String(error.message).trim().replaceAll('\n', '\n       ')}`)
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message)
}

// The child npm must see the temp project, not this checkout: `npm test` exports npm_config_local_prefix
// (and the rest of its lifecycle environment), which would point a child `npm install` back here.
const KEEP = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_cafile'])
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(npm_|init_cwd$)/i.test(k) || KEEP.has(k.toLowerCase())),
)
const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']

/** Runs a command; returns its exit code and output (never throws on a non-zero exit). */
function sh(cwd, cmd, args, timeout = 120_000) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 << 20 })
  const code = r.status ?? (r.error ? `error: ${r.error.message}` : `signal ${r.signal}`)
  return { code, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}
const show = (r) => `exit ${r.code}\nstdout: ${r.stdout.slice(0, 1500)}\nstderr: ${r.stderr.slice(0, 1500)}`

/** Bytes of the files under `dir` (apparent size, symlinks not followed). */
function bytesUnder(dir) {
  let total = 0
  for (const f of readdirSync(dir, { recursive: true })) {
    const st = lstatSync(join(dir, String(f)))
    if (st.isFile()) total += st.size
  }
  return total
}
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`

/** Why the package in `dir` is a native module (binding.gyp, prebuilds, a .node file), or undefined. */
function nativeReason(dir) {
  if (existsSync(join(dir, 'binding.gyp'))) return 'binding.gyp'
  if (existsSync(join(dir, 'prebuilds'))) return 'prebuilds/'
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  if (pkg.gypfile) return 'gypfile: true'
  for (const f of readdirSync(dir, { recursive: true })) {
    const path = String(f)
    if (path.split(sep).includes('node_modules')) continue
    if (path.endsWith('.node')) return path
  }
  return undefined
}

// 0. The registry: third-party dependencies (preact, nanostores, …) are installed from it.
const ping = sh(root, 'npm', ['ping', '--fetch-retries=0', '--fetch-timeout=10000'], 15_000)
if (ping.code !== 0) {
  counts.skipped++
  const why = /FetchError: (.*)/.exec(ping.stderr)?.[1] ?? ping.stderr.trim().split('\n').pop() ?? `exit ${ping.code}`
  console.log(
    `install: SKIPPED — the npm registry did not answer \`npm ping\` (${why}); ` +
      'the pack-and-install test needs it for third-party dependencies',
  )
  finish()
}

// 1. Pack what npm would publish (after the build: dist/ is what the tarballs carry).
const unbuilt = PACKAGES.filter((p) => !existsSync(join(root, 'packages', p.dir, 'dist/index.mjs')))
if (unbuilt.length) {
  counts.failed++
  console.log(`install: ${unbuilt.map((p) => p.dir).join(', ')} not built; run npm run build first`)
  finish()
}
const work = mkdtempSync(join(tmpdir(), 'sekisho-install-'))
if (!process.argv.includes('--keep')) process.on('exit', () => rmSync(work, { recursive: true, force: true }))
else console.log(`install: keeping ${work}`)
const started = performance.now()
let packed
try {
  packed = packAll(argValue('--tarballs') ?? join(work, 'tarballs'), env)
} catch (error) {
  counts.failed++
  console.log(`install: ${error.message}`)
  finish()
}
/** package name -> `file:` spec of its tarball */
const specs = Object.fromEntries(packed.map((t) => [t.name, `file:${t.file}`]))
console.log(
  `install: packed ${Object.keys(specs).length} packages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)

// 2. A fresh project outside the monorepo, with no node_modules above it that Node could resolve from.
const app = join(work, 'app')
mkdirSync(app)
check('the project is outside the monorepo, with no node_modules above it', () => {
  expect(relative(root, app).startsWith('..'), `${app} is inside ${root}`)
  for (let d = dirname(app); d !== dirname(d); d = dirname(d))
    expect(!existsSync(join(d, 'node_modules')), `${d}/node_modules would be resolved from`)
})
const writePackage = (dependencies) =>
  writeFileSync(
    join(app, 'package.json'),
    // `overrides` makes every @sekisho/* dependency (and peer) resolve to its tarball, as if published.
    JSON.stringify({ name: 'sekisho-install-test', private: true, type: 'module', dependencies, overrides: specs }),
  )
writePackage({ sekisho: specs.sekisho })
let t = performance.now()
const install = sh(app, 'npm', ['install', ...npmFlags])
const installSeconds = (performance.now() - t) / 1000
const installed = install.code === 0
check('npm install sekisho (from the packed tarballs)', () => expect(installed, show(install)))
if (!installed) finish()
const size = bytesUnder(join(app, 'node_modules'))
const listed = sh(app, 'npm', ['ls', '--omit=optional', '--parseable', '--all'])
const dirs = listed.stdout.split('\n').filter((d) => d && d !== app)
console.log(`install: npm install sekisho: ${dirs.length} packages, ${mb(size)} in ${installSeconds.toFixed(1)} s`)
check('npm ls --omit=optional is clean (no missing or invalid dependency)', () =>
  expect(listed.code === 0, show(listed)),
)
check('no native module without the optional peers', () => {
  const native = dirs.map((d) => [d, nativeReason(d)]).filter(([, why]) => why)
  expect(!native.length, native.map(([d, why]) => `${relative(app, d)} (${why})`).join('\n'))
})

// 3. The command, as a user runs it. `--no` keeps npx from fetching a `sekisho` from the registry;
// `--` keeps it from reading the command's options (`--help`) as its own.
const sekisho = (...args) => sh(app, 'npx', ['--no', '--', 'sekisho', ...args])
check('npx sekisho --help lists the commands, exit 0', () => {
  const r = sekisho('--help')
  expect(r.code === 0 && /^Usage: sekisho <command>/.test(r.stdout), show(r))
  for (const c of ['validate', 'notice', 'bundle', 'serve', 'scan']) expect(r.stdout.includes(`  ${c} `), `no ${c}`)
})
check('npx sekisho --version is the packed version', () => {
  const r = sekisho('--version')
  const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'))
  expect(r.code === 0 && r.stdout.trim() === version, show(r))
})
for (const command of ['validate', 'notice', 'bundle', 'init']) {
  check(`npx sekisho help ${command} shows its usage`, () => {
    const r = sekisho('help', command)
    expect(r.code === 0 && r.stdout.startsWith(`Usage: sekisho ${command}`), show(r))
  })
}

// The script-tag example's config, as an operator would keep it in a file.
const page = readFileSync(join(root, 'examples/script-tag/index.html'), 'utf8')
const exampleConfig = JSON.parse(/<script type="application\/json" id="sekisho-config">([^]*?)<\/script>/.exec(page)[1])
writeFileSync(join(app, 'site.json'), JSON.stringify(exampleConfig, null, 2))
check('npx sekisho validate site.json (the script-tag example) is valid', () => {
  const r = sekisho('validate', 'site.json')
  expect(r.code === 0 && r.stdout.startsWith('site.json: valid'), show(r))
})
check('npx sekisho validate names the wrong field, exit 1', () => {
  const wrong = structuredClone(exampleConfig)
  wrong.controller.contact = 42
  writeFileSync(join(app, 'wrong.json'), JSON.stringify(wrong))
  const r = sekisho('validate', 'wrong.json')
  expect(r.code === 1 && /controller\.contact/.test(r.stderr), show(r))
})
check('npx sekisho init writes a starter config that validates, its $schema the installed schema', () => {
  const init = sekisho('init', '--out', 'starter.json')
  expect(init.code === 0, show(init))
  const r = sekisho('validate', 'starter.json')
  expect(r.code === 0 && r.stdout.includes('valid'), show(r))
  const { $schema } = JSON.parse(readFileSync(join(app, 'starter.json'), 'utf8'))
  const schema = JSON.parse(readFileSync(join(app, $schema), 'utf8'))
  expect(schema.$ref === '#/definitions/SekishoConfig', `${$schema} is no config schema`)
})
check('npx sekisho notice --lang ja renders the Japanese notice for the config', () => {
  const r = sekisho('notice', '--config', 'site.json', '--lang', 'ja')
  expect(r.code === 0 && r.stdout.includes('外部送信に関する公表事項'), show(r))
  expect(r.stdout.includes(exampleConfig.controller.name), `no controller name in\n${r.stdout.slice(0, 500)}`)
})
check('npx sekisho notice --lang ja without --config says what is missing, exit 2', () => {
  const r = sekisho('notice', '--lang', 'ja')
  expect(r.code === 2 && r.stderr.includes('--config'), show(r))
})
check('npx sekisho bundle writes the head with the config baked in, its chunks and matching SRI hashes', () => {
  const r = sekisho('bundle', '--config', 'site.json', '--out', 'public/sekisho')
  expect(r.code === 0, show(r))
  const out = join(app, 'public/sekisho')
  const sri = JSON.parse(readFileSync(join(out, 'sri.json'), 'utf8'))
  for (const f of ['sekisho.js', 'sekisho-banner.js', 'sekisho-receipts.js']) {
    const hash = `sha384-${createHash('sha384')
      .update(readFileSync(join(out, f)))
      .digest('base64')}`
    expect(sri[f] === hash, `${f}: sri.json says ${sri[f]}, the file hashes to ${hash}`)
  }
  expect(readFileSync(join(out, 'sekisho.js'), 'utf8').includes(exampleConfig.revision), 'config not baked in')
  expect(r.stdout.includes(`integrity="${sri['sekisho.js']}"`), `no <script integrity> to paste:\n${r.stdout}`)
})
check('commands needing an optional peer name the package to install, exit 2', () => {
  for (const [args, peer] of [
    [['serve'], '@sekisho/collector'],
    [['verify', '--db', 'x.sqlite'], '@sekisho/collector'],
    [['scan', 'http://127.0.0.1:9/'], 'playwright-core'],
  ]) {
    const r = sekisho(...args)
    expect(r.code === 2 && r.stderr.includes(`needs ${peer}, which is not installed`), `${args[0]}: ${show(r)}`)
  }
})
check(
  'import { createSekisho } from "sekisho" on a server runs nothing; the script-tag files and the config schema resolve',
  () => {
    const files = ['sekisho.js', 'sekisho-banner.js', 'sekisho-receipts.js', 'sekisho-notice.js', 'sri.json']
    const code = `import { accessSync } from 'node:fs'
      const m = await import('sekisho')
      if (typeof m.createSekisho !== 'function') throw new Error('no createSekisho')
      for (const f of ${JSON.stringify(files)}) accessSync(new URL(import.meta.resolve('sekisho/dist/' + f)))
      accessSync(new URL(import.meta.resolve('sekisho/config.schema.json')))`
    const r = sh(app, process.execPath, ['--input-type=module', '-e', code])
    expect(r.code === 0, show(r))
  },
)

// 4. The optional peers and every other package: each export loads through import() and, where the
// package declares one, through require(). --ignore-scripts: better-sqlite3 compiles from source
// when no prebuilt binary downloads (a minute or more); loading the collector does not open a database.
// react-dom: the server renderer, for @sekisho/react's check (react itself comes as its peer; vue,
// with its server renderer, and svelte come as the peers of @sekisho/vue and @sekisho/svelte).
const reactDom = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies['react-dom']
writePackage({ ...Object.fromEntries(Object.keys(specs).map((name) => [name, specs[name]])), 'react-dom': reactDom })
t = performance.now()
const full = sh(app, 'npm', ['install', '--ignore-scripts', ...npmFlags])
const fullSeconds = (performance.now() - t) / 1000
check('npm install of every package (optional peers included)', () => expect(full.code === 0, show(full)))
if (full.code === 0) {
  console.log(
    `install: every package: ${mb(bytesUnder(join(app, 'node_modules')))} (${fullSeconds.toFixed(1)} s more, scripts skipped)`,
  )
  const entries = { import: [], require: [] }
  // Optional peers this install leaves out (a framework: next): an export that needs one may fail
  // to load, but only by naming it.
  const absent = {}
  for (const name of Object.keys(specs)) {
    const { exports, peerDependenciesMeta = {} } = JSON.parse(
      readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8'),
    )
    absent[name] = Object.keys(peerDependenciesMeta).filter(
      (peer) => peerDependenciesMeta[peer].optional && !existsSync(join(app, 'node_modules', peer)),
    )
    for (const [sub, target] of Object.entries(exports)) {
      if (typeof target !== 'object' || sub.includes('*') || sub.endsWith('.json')) continue
      const specifier = sub === '.' ? name : `${name}/${sub.slice(2)}`
      if (target.import) entries.import.push([specifier, absent[name]])
      if (target.require) entries.require.push([specifier, absent[name]])
    }
  }
  // One Node process per way of loading, each reporting the specifiers that failed and why.
  const probe = (mode, list) => {
    const load = mode === 'require' ? 'require(s)' : 'await import(s)'
    const code = `const failed = []; for (const [s, absent] of ${JSON.stringify(list)}) {
      try { const m = ${load}; if (!Object.keys(m).length) failed.push(s + ': no exports') }
      catch (e) { const why = String(e.message).split('\\n')[0]
        if (!absent.some((peer) => why.includes("'" + peer + "'"))) failed.push(s + ': ' + why)
        else console.log(s + ': needs its optional peer (' + why + ')') } }
      if (failed.length) { console.error(failed.join('\\n')); process.exit(1) }`
    const args = mode === 'require' ? ['-e', code] : ['--input-type=module', '-e', code]
    return sh(app, process.execPath, args)
  }
  check(`import() of every export (${entries.import.length})`, () => {
    const r = probe('import', entries.import)
    expect(r.code === 0, r.stderr)
  })
  check(
    `require() of every export that declares a require entry (${entries.require.map(([s]) => s).join(', ')})`,
    () => {
      const r = probe('require', entries.require)
      expect(r.code === 0, r.stderr)
    },
  )
  check('@sekisho/react renders on a server (no document): the <Gate> placeholder, not its children', () => {
    const code = `import { createElement as h } from 'react'
      import { renderToString } from 'react-dom/server'
      import { Gate, SekishoProvider } from '@sekisho/react'
      const config = { revision: 'r1', controller: { name: 'x' }, purposes: [{ id: 'functional' }], services: ['youtube'] }
      const html = renderToString(h(SekishoProvider, { config }, h(Gate, { service: 'youtube' }, h('iframe'))))
      if (!html.includes('data-sekisho-gate="youtube"') || html.includes('<iframe')) throw new Error(html)`
    const r = sh(app, process.execPath, ['--input-type=module', '-e', code])
    expect(r.code === 0, show(r))
  })
  check('@sekisho/vue renders on a server (no document): the <SekishoGate> placeholder, not its slot', () => {
    const code = `import { createSSRApp, h } from 'vue'
      import { renderToString } from 'vue/server-renderer'
      import { SekishoGate, sekisho } from '@sekisho/vue'
      const config = { revision: 'r1', controller: { name: 'x' }, purposes: [{ id: 'functional' }], services: ['youtube'] }
      const app = createSSRApp(() => h(SekishoGate, { service: 'youtube' }, () => h('iframe'))).use(sekisho, { config })
      const html = await renderToString(app)
      if (!html.includes('data-sekisho-gate="youtube"') || html.includes('<iframe')) throw new Error(html)`
    const r = sh(app, process.execPath, ['--input-type=module', '-e', code])
    expect(r.code === 0, show(r))
  })
  check("@sekisho/svelte's stores on a server (no document): Svelte reads the ids the server granted", () => {
    const code = `import { get } from 'svelte/store'
      import { consent, initSekisho } from '@sekisho/svelte'
      if (initSekisho({ revision: 'r1', controller: { name: 'x' }, purposes: [], services: [] }) !== undefined) throw new Error('wired on a server')
      if (get(consent('youtube', ['youtube'])) !== true || get(consent('analytics')) !== false) throw new Error('wrong answers')`
    const r = sh(app, process.execPath, ['--input-type=module', '-e', code])
    expect(r.code === 0, show(r))
  })
  check(
    "@sekisho/astro's hooks as Astro runs them: its generated middleware puts the gate first; the build gets the files",
    () => {
      // Astro itself is not installed: the hooks get what Astro passes them (the project's root, base and
      // codegen folder, inside this project so that the generated file resolves the installed package).
      const code = `import { readdirSync } from 'node:fs'
      import { pathToFileURL } from 'node:url'
      import { sekisho } from '@sekisho/astro'
      const root = pathToFileURL(process.cwd() + '/')
      const integration = sekisho({ config: { revision: 'r1', controller: { name: 'x' }, purposes: [], services: [] } })
      let middleware
      integration.hooks['astro:config:setup']({ config: { root, base: '/' }, addMiddleware: (m) => (middleware = m),
        addWatchFile() {}, createCodegenDir: () => new URL('astro-codegen-', root) })
      const { onRequest } = await import(middleware.entrypoint.href)
      const page = await onRequest({}, async () => new Response('<html><head><title>t</title>', { headers: { 'content-type': 'text/html' } }))
      const html = await page.text()
      if (!html.startsWith('<html><head><script type="application/json" id="sekisho-config">{"revision":"r1"') ||
        !html.endsWith('<script src="/sekisho/sekisho.js"></script><title>t</title>')) throw new Error(html)
      integration.hooks['astro:build:done']({ dir: new URL('astro-out/', root) })
      if (!readdirSync('astro-out/sekisho').includes('sekisho-banner.js')) throw new Error('no chunks copied')`
      const r = sh(app, process.execPath, ['--input-type=module', '-e', code])
      expect(r.code === 0, show(r))
    },
  )
  check(
    "@sekisho/nuxt as Nuxt runs it: its generated Nitro plugin puts the gate first; the build gets the files; Vue's auto-imports",
    () => {
      // Nuxt itself is not installed: the module gets what Nuxt gives it (options, hooks), and the Nitro
      // plugin it generates is written into this project, so that it resolves the installed package.
      const code = `import { readdirSync, writeFileSync } from 'node:fs'
      import { join } from 'node:path'
      import { pathToFileURL } from 'node:url'
      import sekisho from '@sekisho/nuxt'
      const hooks = {}
      const options = { rootDir: process.cwd(), buildDir: join(process.cwd(), 'nuxt-build'), app: { baseURL: '/' },
        watch: [], plugins: [], build: { templates: [] } }
      sekisho({ config: { revision: 'r1', controller: { name: 'x' }, purposes: [], services: [] } }, { options, hook: (n, f) => (hooks[n] = f) })
      const nitro = {}
      hooks['nitro:config'](nitro)
      writeFileSync('nitro-plugin.mjs', nitro.virtual[nitro.plugins[0]])
      const { default: plugin } = await import(pathToFileURL('nitro-plugin.mjs').href)
      let render
      plugin({ hooks: { hook: (name, run) => (render = run) } })
      const page = { head: ['<meta charset="utf-8"><title>t</title>'] }
      render(page)
      if (!page.head[0].startsWith('<meta charset="utf-8"><script type="application/json" id="sekisho-config">{"revision":"r1"') ||
        !page.head[0].endsWith('<script src="/sekisho/sekisho.js"></script><title>t</title>')) throw new Error(page.head[0])
      hooks['build:before']()
      if (!readdirSync('nuxt-build/sekisho').includes('sekisho-banner.js')) throw new Error('no chunks copied')
      const imports = []
      hooks['imports:extend'](imports)
      for (const { name, from } of imports) if (typeof (await import(from))[name] !== 'function') throw new Error(from + ' has no ' + name)`
      const r = sh(app, process.execPath, ['--input-type=module', '-e', code])
      expect(r.code === 0, show(r))
    },
  )
  check('npx sekisho help serve shows its usage once the collector is installed', () => {
    const r = sekisho('help', 'serve')
    expect(r.code === 0 && r.stdout.startsWith('Usage: sekisho serve'), show(r))
  })
}
finish()
