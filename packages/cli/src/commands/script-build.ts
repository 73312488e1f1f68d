// The script-tag build (the `sekisho` package's dist/): where it is, and a head script with a config baked in.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The three files a page loads, as named in the `sekisho` package's dist/ (the head loads the chunks by these names). */
export const SCRIPT_FILES = ['sekisho.js', 'sekisho-banner.js', 'sekisho-notice.js'] as const

/**
 * The `sekisho` package's dist/ folder, or undefined when the package or its build is missing.
 * Node's own lookup list is walked by hand: the package's `exports` does not expose
 * `./package.json`, so `require.resolve('sekisho/package.json')` refuses.
 */
export function findScriptBuild(from: string = import.meta.url): string | undefined {
  const paths = createRequire(from).resolve.paths('sekisho') ?? []
  for (const modules of paths) {
    const dist = join(modules, 'sekisho', 'dist')
    if (existsSync(join(modules, 'sekisho', 'package.json'))) return SCRIPT_FILES.every((f) => existsSync(join(dist, f))) ? dist : undefined
  }
  return undefined
}

/**
 * JSON that is also safe inside an inline `<script>`: `<` is escaped so no `</script>` or `<!--`
 * can end or confuse the element, and U+2028/U+2029 so pre-ES2019 parsers read it as a string.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
}

/**
 * The head script with `config` baked in, and the SRI hashes of the chunks it loads by chunk name
 * (`banner` for sekisho-banner.js), as the seam in packages/sekisho/src/head.ts reads them.
 * The prefix is a line of its own, so the source map stays right after one `;` (an empty line).
 */
export function bakeConfig(head: string, config: unknown, chunks?: Record<string, string>): string {
  return `window.__sekishoConfig=${scriptJson(config)};${chunks ? `window.__sekishoSri=${scriptJson(chunks)};` : ''}\n${head}`
}

/** A source map for `bakeConfig`'s output: every mapping moves one line down. */
export function bakeSourceMap(map: string): string {
  const parsed = JSON.parse(map) as { mappings: string }
  return JSON.stringify({ ...parsed, mappings: ';' + parsed.mappings })
}

/** The `integrity` value for a file's bytes (sha384, as the build's sri.json). */
export function sri(bytes: string | Uint8Array): string {
  return 'sha384-' + createHash('sha384').update(bytes).digest('base64')
}
