// The script-tag build (the `sekisho` package's dist/): where it is, and a head script with a config baked in.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { gateEntry } from '@sekisho/catalog'
import type { ResolvedConfig, SekishoConfig } from '@sekisho/core'

/** The files a page loads (a test checks that these and BAKED_HEAD are the build's whole list), as named in the `sekisho` package's dist/ (the head loads the chunks by these names). */
export const SCRIPT_FILES = [
  'sekisho.js',
  'sekisho-banner.js',
  'sekisho-dialog.js',
  'sekisho-receipts.js',
  'sekisho-notice.js',
] as const
/** The head without the catalog, for a config whose services carry their gating fields (`bakedConfig`): `sekisho bundle` writes it as `sekisho.js`. */
export const BAKED_HEAD = 'sekisho-baked.js'
/** Every file `sekisho bundle` reads from the build. */
const BUILD_FILES = [...SCRIPT_FILES, BAKED_HEAD]

/**
 * The `sekisho` package's dist/ folder, or undefined when the package or its build is missing.
 * Node's own lookup list is walked by hand: the package's `exports` does not expose
 * `./package.json`, so `require.resolve('sekisho/package.json')` refuses.
 */
export function findScriptBuild(from: string = import.meta.url): string | undefined {
  const paths = createRequire(from).resolve.paths('sekisho') ?? []
  for (const modules of paths) {
    const dist = join(modules, 'sekisho', 'dist')
    if (existsSync(join(modules, 'sekisho', 'package.json'))) return hasScriptBuild(dist) ? dist : undefined
  }
  return undefined
}

/** Whether `dist` holds every file of the script-tag build that `sekisho bundle` needs. */
export const hasScriptBuild = (dist: string) => BUILD_FILES.every((f) => existsSync(join(dist, f)))

/**
 * The config for the baked head: as written, each service with the gating fields (purposes, hosts,
 * cookies, storage) it resolved to against the full catalog, since that head carries no catalog.
 * Catalog prose stays out: the notice chunk resolves it by id from its own full catalog, under the
 * fields baked here; a service the site wrote as an object keeps its own text.
 */
export function bakedConfig(input: SekishoConfig, resolved: ResolvedConfig): SekishoConfig {
  // `$schema` is for the operator's editor; visitors need not download it.
  const { $schema: _editorOnly, ...config } = input
  return {
    ...config,
    services: input.services.map((s, i) => ({
      ...(typeof s == 'string' ? { id: s } : s),
      ...gateEntry(resolved.services[i]!),
    })),
  }
}

/**
 * JSON that is also safe inside an inline `<script>`: `<` is escaped so no `</script>` or `<!--`
 * can end or confuse the element, and U+2028/U+2029 so pre-ES2019 parsers read it as a string.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
}

/** V8's compile hint, the first line of each script-tag file (the build's, rollup.config.mjs): it
 * stays the file's first line, as its explainer places it. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * The head script with `config` baked in, and the SRI hashes of the chunks it loads by chunk name
 * (`banner` for sekisho-banner.js), as the seam in packages/sekisho/src/start-head.ts reads them.
 * The prefix is a line of its own, so the source map stays right after one `;` (an empty line).
 */
export function bakeConfig(head: string, config: unknown, chunks?: Record<string, string>): string {
  const prefix = `window.__sekishoConfig=${scriptJson(config)};${chunks ? `window.__sekishoSri=${scriptJson(chunks)};` : ''}\n`
  const hint = head.startsWith(COMPILE_HINT) ? COMPILE_HINT : ''
  return hint + prefix + head.slice(hint.length)
}

/** A source map for `bakeConfig`'s output, written as `sekisho.js`: every mapping moves one line down. */
export function bakeSourceMap(map: string): string {
  const parsed = JSON.parse(map) as { mappings: string }
  return JSON.stringify({ ...parsed, file: 'sekisho.js', mappings: ';' + parsed.mappings })
}

/** The `integrity` value for a file's bytes (sha384, as the build's sri.json). */
export function sri(bytes: string | Uint8Array): string {
  return 'sha384-' + createHash('sha384').update(bytes).digest('base64')
}
