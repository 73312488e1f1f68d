// The module as Nuxt runs it: what it gives Nitro (the generated head plugin, the script-tag files'
// folder), the files it copies before the build, the app's Vue plugin and auto-imports.
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import * as nuxt from './index.ts'

const { sekisho } = nuxt
type Nuxt = Parameters<typeof sekisho>[1]

test('the public exports; the module names itself and its config key', async () => {
  assert.deepEqual(Object.keys(nuxt).sort(), ['default', 'sekisho'])
  assert.equal(nuxt.default, sekisho)
  assert.deepEqual(await sekisho.getMeta(), {
    name: '@sekisho/nuxt',
    configKey: 'sekisho',
    compatibility: { nuxt: '>=3.16' },
  })
})

/** Runs the module in a temporary project; returns Nuxt's options and the hooks it registered. */
function setup(inline: Parameters<typeof sekisho>[0], options: { baseURL?: string; sekisho?: object } = {}) {
  const rootDir = mkdtempSync(join(tmpdir(), 'sekisho-nuxt-'))
  writeFileSync(join(rootDir, 'sekisho.json'), JSON.stringify({ revision: 'from-file', controller: { name: 'x' } }))
  const hooks = new Map<string, Function>()
  const instance = {
    options: {
      rootDir,
      buildDir: join(rootDir, '.nuxt'),
      app: { baseURL: options.baseURL ?? '/' },
      watch: [],
      plugins: [],
      build: { templates: [] },
      sekisho: options.sekisho,
    },
    hook: (name: string, run: Function) => hooks.set(name, run),
  } as unknown as Nuxt
  sekisho(inline, instance)
  return { rootDir, options: instance.options, hooks }
}

test('a config is required, inline or under `sekisho` in nuxt.config', () => {
  assert.throws(() => setup({}), /config \(the site config or the path of its JSON file\) is required/)
  assert.doesNotThrow(() => setup(undefined, { sekisho: { config: { revision: 'r' } } }))
})

test("Nitro gets the site's head plugin, carrying the tags with the base path, and the files' folder", () => {
  const { options, hooks } = setup({ config: { revision: 'inline' } as never }, { baseURL: '/shop' })
  const config: { virtual?: Record<string, string>; plugins?: string[]; publicAssets?: object[] } = {
    plugins: ['/site/server/plugins/own.ts'],
  }
  hooks.get('nitro:config')!(config)
  const plugin = join(options.buildDir, 'sekisho-head-first.mjs')
  // Its own last: the tags go in after the site's plugins added theirs.
  assert.deepEqual(config.plugins, ['/site/server/plugins/own.ts', plugin])
  const code = config.virtual![plugin]!
  assert.match(code, /^import \{ headFirst \} from '@sekisho\/nuxt\/nitro'\n/)
  assert.match(code, /"revision\\":\\"inline\\"/)
  assert.match(code, /<script src=\\"\/shop\/sekisho\/sekisho\.js\\"><\/script>/)
  // Nitro's public assets are relative to the app's base URL.
  assert.deepEqual(config.publicAssets, [{ dir: join(options.buildDir, 'sekisho'), baseURL: 'sekisho' }])
})

test('a path: the config is read from the project’s JSON file, which `nuxt dev` watches', () => {
  const { rootDir, options, hooks } = setup(undefined, { sekisho: { config: 'sekisho.json' } })
  const config: { virtual?: Record<string, string> } = {}
  hooks.get('nitro:config')!(config)
  assert.match(Object.values(config.virtual!)[0]!, /from-file/)
  assert.deepEqual(options.watch, [join(rootDir, 'sekisho.json')])
})

test('before the build, the head and its chunks are copied to the folder Nitro serves and outputs', () => {
  const { options, hooks } = setup({ config: { revision: 'r' } as never })
  hooks.get('build:before')!()
  const copied = readdirSync(join(options.buildDir, 'sekisho'))
  assert.ok(copied.includes('sekisho.js') && copied.includes('sekisho-banner.js'), String(copied))
  assert.ok(copied.every((f) => /^sekisho.*\.js$/.test(f)))
})

test("the app: @sekisho/vue's plugin with the config, useConsent, useSekisho and <SekishoGate> auto-imported", () => {
  const { options, hooks } = setup({ config: { revision: 'for-vue' } as never })
  const [template] = options.build.templates
  assert.deepEqual(options.plugins, [{ src: template!.dst, mode: 'all' }])
  const code = template!.getContents()
  assert.match(code, /import \{ sekisho \} from '@sekisho\/vue'/)
  assert.match(code, /const config = \{"revision":"for-vue"\}/)
  assert.match(code, /nuxtApp\.vueApp\.use\(sekisho, \{ config \}\)/)
  const imports: Array<{ name: string; from: string }> = []
  hooks.get('imports:extend')!(imports)
  assert.deepEqual(imports, [
    { name: 'useConsent', from: '@sekisho/vue' },
    { name: 'useSekisho', from: '@sekisho/vue' },
  ])
  const components: Array<{ pascalName: string; export: string; filePath: string }> = []
  hooks.get('components:extend')!(components)
  assert.deepEqual(
    components.map((c) => [c.pascalName, c.export, c.filePath]),
    [['SekishoGate', 'SekishoGate', '@sekisho/vue']],
  )
})
