// @sekisho/astro: the Astro integration that puts Sekisho's head gate (its config and the classic
// `sekisho.js`) first in every page's <head>, and serves the script-tag files from the `sekisho`
// package. Astro's injectScript('head-inline') would not do: Astro puts those scripts after the
// page's own head content, so a tag written first in a layout would run before the gate.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SekishoConfig } from 'sekisho'
import { headTags } from 'sekisho/head-tags'

export type { SekishoConfig } from 'sekisho'
export { headTags, putFirstInHead } from 'sekisho/head-tags'

/** `sekisho(options)`'s options. */
export interface SekishoAstroOptions {
  /** The site's config, or the path of its JSON file relative to the project root (`'sekisho.json'`). */
  config: SekishoConfig | string
}

/** What Astro passes to the hooks used here (a subset of Astro's own types, so this package needs none). */
interface ConfigSetup {
  config: { root: URL; base: string }
  addMiddleware(middleware: { order: 'pre' | 'post'; entrypoint: string | URL }): void
  addWatchFile(path: URL | string): void
  createCodegenDir(): URL
}
type Connect = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** An Astro integration (`integrations: [sekisho({ config })]` in astro.config.mjs). */
export interface SekishoAstroIntegration {
  name: '@sekisho/astro'
  hooks: {
    'astro:config:setup': (setup: ConfigSetup) => void
    'astro:server:setup': (setup: { server: { middlewares: { use(path: string, handler: Connect): void } } }) => void
    'astro:build:done': (done: { dir: URL }) => void
  }
}

/** The folder of the `sekisho` package's script-tag files (the head and the chunks it loads). */
function scriptTagFiles() {
  const dir = dirname(createRequire(import.meta.url).resolve('sekisho/dist/sekisho.js'))
  return { dir, files: readdirSync(dir).filter((f) => /^sekisho.*\.js$/.test(f)) }
}

/**
 * The integration: every page (prerendered or rendered on demand, and in `astro dev`) gets the
 * config and `<script src="{base}sekisho/sekisho.js">` first in its <head>, through a middleware
 * that runs before the site's own; `astro dev` serves the script-tag files and `astro build` copies
 * them into the output at `{base}sekisho/`.
 */
export function sekisho(options: SekishoAstroOptions): SekishoAstroIntegration {
  const given = options?.config
  if (typeof given != 'object' && typeof given != 'string')
    throw new Error('sekisho({ config }): config (the site config or the path of its JSON file) is required')
  let prefix = '/sekisho/'
  return {
    name: '@sekisho/astro',
    hooks: {
      'astro:config:setup'({ config, addMiddleware, addWatchFile, createCodegenDir }) {
        prefix = `${config.base.replace(/\/?$/, '/')}sekisho/`
        let site = given as SekishoConfig
        if (typeof given == 'string') {
          const file = new URL(given, config.root)
          site = JSON.parse(readFileSync(file, 'utf8'))
          addWatchFile(file)
        }
        // The site's middleware, generated with its tags: the middleware module itself takes them as
        // an argument, so it imports nothing Astro-specific and loads anywhere.
        const entrypoint = new URL('middleware.mjs', createCodegenDir())
        const tags = JSON.stringify(headTags(site, `${prefix}sekisho.js`))
        writeFileSync(
          entrypoint,
          `import { headFirst } from '@sekisho/astro/middleware'\nexport const onRequest = headFirst(${tags})\n`,
        )
        // 'pre': before the site's middleware, so that the tags land first whatever it adds.
        addMiddleware({ order: 'pre', entrypoint })
      },
      'astro:server:setup'({ server }) {
        const { dir, files } = scriptTagFiles()
        server.middlewares.use(prefix, (req, res, next) => {
          const file = req.url?.slice(1).split('?')[0] ?? ''
          if (!files.includes(file)) return next()
          res.setHeader('content-type', 'text/javascript; charset=utf-8')
          res.end(readFileSync(join(dir, file)))
        })
      },
      'astro:build:done'({ dir: out }) {
        const { dir, files } = scriptTagFiles()
        // The output's root is served at `base`, so the files go to its sekisho/ folder.
        const target = fileURLToPath(new URL('sekisho/', out))
        mkdirSync(target, { recursive: true })
        for (const file of files) copyFileSync(join(dir, file), join(target, file))
      },
    },
  }
}

export default sekisho
