// @sekisho/nuxt: the Nuxt module that puts Sekisho's head gate (its config and the classic
// `sekisho.js`) first in every page's <head>, serves the script-tag files from the `sekisho` package,
// and gives the app @sekisho/vue's plugin, composables and <SekishoGate>. Nuxt's `app.head` and
// useHead() would not do: unhead orders the head by tag weight, so a page's own script can still
// come first; the module puts the tags in the rendered HTML instead (a Nitro `render:html` plugin).
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { headTags } from 'sekisho/head-tags'
import type { SekishoConfig } from 'sekisho'

export type { SekishoConfig } from 'sekisho'

/** The module's options: `sekisho: { config }` in nuxt.config, or `['@sekisho/nuxt', { config }]` in `modules`. */
export interface SekishoNuxtOptions {
  /** The site's config, or the path of its JSON file relative to the project root (`'sekisho.json'`). */
  config: SekishoConfig | string
}

/** What Nitro's config gets from the module (a subset of Nitro's own types, so this package needs none). */
interface NitroConfig {
  virtual?: Record<string, string>
  plugins?: string[]
  publicAssets?: Array<{ dir: string; baseURL?: string; maxAge?: number }>
}
/** An auto-imported component, as Nuxt's `components:extend` hook lists them. */
interface Component {
  pascalName: string
  kebabName: string
  export: string
  filePath: string
  shortPath: string
  chunkName: string
  prefetch: boolean
  preload: boolean
  global: boolean
  mode: 'all'
}

/** The Nuxt instance a module gets (the part used here, written out so that the package needs no Nuxt types). */
export interface NuxtLike {
  options: {
    rootDir: string
    buildDir: string
    app: { baseURL: string }
    watch: Array<string | RegExp>
    plugins: Array<string | { src: string; mode?: 'all' | 'client' | 'server' }>
    build: { templates: Array<{ filename: string; dst: string; getContents: () => string }> }
    sekisho?: Partial<SekishoNuxtOptions>
  }
  hook(name: 'nitro:config', run: (config: NitroConfig) => void): unknown
  hook(name: 'build:before', run: () => void): unknown
  hook(name: 'imports:extend', run: (imports: Array<{ name: string; from: string }>) => void): unknown
  hook(name: 'components:extend', run: (components: Component[]) => void): unknown
}

/** A Nuxt module: a function of its options and Nuxt, with its name and config key. */
export interface SekishoNuxtModule {
  (inline: Partial<SekishoNuxtOptions> | undefined, nuxt: NuxtLike): void
  getMeta(): Promise<{ name: '@sekisho/nuxt'; configKey: 'sekisho'; compatibility: { nuxt: string } }>
}

/** The folder of the `sekisho` package's script-tag files (the head and the chunks it loads). */
function scriptTagFiles() {
  const dir = dirname(createRequire(import.meta.url).resolve('sekisho/dist/sekisho.js'))
  return { dir, files: readdirSync(dir).filter((f) => /^sekisho.*\.js$/.test(f)) }
}

/** The app's Nuxt plugin, generated with the config: @sekisho/vue's plugin, which takes the
 * instance the head published (`window.sekisho`) in the browser and touches no `document` on the server. */
const vuePlugin = (config: SekishoConfig) =>
  [
    "import { defineNuxtPlugin } from '#app/nuxt'",
    "import { sekisho } from '@sekisho/vue'",
    `const config = ${JSON.stringify(config)}`,
    "export default defineNuxtPlugin({ name: '@sekisho/nuxt', setup: (nuxtApp) => { nuxtApp.vueApp.use(sekisho, { config }) } })",
  ].join('\n')

/**
 * The module: every page Nuxt renders (on the server, prerendered by `nuxt generate`, and in
 * `nuxt dev`) gets the config and `<script src="{baseURL}sekisho/sekisho.js">` first in its <head>;
 * the script-tag files are served at `{baseURL}sekisho/` (and copied into the output); the app gets
 * @sekisho/vue's plugin, `useConsent`, `useSekisho` and `<SekishoGate>` auto-imported.
 */
export const sekisho: SekishoNuxtModule = Object.assign(
  (inline: Partial<SekishoNuxtOptions> | undefined, nuxt: NuxtLike) => {
    const given = inline?.config ?? nuxt.options.sekisho?.config
    if (typeof given != 'object' && typeof given != 'string')
      throw new Error('@sekisho/nuxt: config (the site config or the path of its JSON file) is required')
    let site = given as SekishoConfig
    if (typeof given == 'string') {
      const file = resolve(nuxt.options.rootDir, given)
      site = JSON.parse(readFileSync(file, 'utf8'))
      // `nuxt dev` restarts when the config changes.
      nuxt.options.watch.push(file)
    }
    const prefix = `${nuxt.options.app.baseURL.replace(/\/?$/, '/')}sekisho/`
    const tags = JSON.stringify(headTags(site, `${prefix}sekisho.js`))
    // The build's copy of the script-tag files, served at {baseURL}sekisho/ (Nitro's public assets
    // are relative to the app's base) and copied into the output by `nuxt build` and `generate`.
    const files = join(nuxt.options.buildDir, 'sekisho')
    // The site's Nitro plugin, generated with its tags (a virtual module; Nitro wants its path
    // absolute): the plugin module itself takes them as an argument, so it imports nothing
    // Nuxt-specific and runs on any Nitro preset.
    const nitroPlugin = join(nuxt.options.buildDir, 'sekisho-head-first.mjs')
    nuxt.hook('nitro:config', (config) => {
      config.virtual = {
        ...config.virtual,
        [nitroPlugin]: `import { headFirst } from '@sekisho/nuxt/nitro'\nexport default headFirst(${tags})\n`,
      }
      config.plugins = [...(config.plugins ?? []), nitroPlugin]
      config.publicAssets = [...(config.publicAssets ?? []), { dir: files, baseURL: 'sekisho' }]
    })
    // After `nuxt build` has emptied the build folder, before Nitro serves or copies the files.
    nuxt.hook('build:before', () => {
      const { dir, files: names } = scriptTagFiles()
      mkdirSync(files, { recursive: true })
      for (const name of names) copyFileSync(join(dir, name), join(files, name))
    })
    const dst = join(nuxt.options.buildDir, 'sekisho-plugin.mjs')
    nuxt.options.build.templates.push({ filename: 'sekisho-plugin.mjs', dst, getContents: () => vuePlugin(site) })
    nuxt.options.plugins.push({ src: dst, mode: 'all' })
    nuxt.hook('imports:extend', (imports) => {
      imports.push({ name: 'useConsent', from: '@sekisho/vue' }, { name: 'useSekisho', from: '@sekisho/vue' })
    })
    nuxt.hook('components:extend', (components) => {
      components.push({
        pascalName: 'SekishoGate',
        kebabName: 'sekisho-gate',
        export: 'SekishoGate',
        filePath: '@sekisho/vue',
        shortPath: '@sekisho/vue',
        chunkName: 'components/sekisho-gate',
        prefetch: false,
        preload: false,
        global: false,
        mode: 'all',
      })
    })
  },
  {
    getMeta: () =>
      Promise.resolve({
        name: '@sekisho/nuxt' as const,
        configKey: 'sekisho' as const,
        compatibility: { nuxt: '>=3.16' },
      }),
  },
)

export default sekisho
