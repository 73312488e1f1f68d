// Package boundaries: no import may reach into another package's files; only `@sekisho/<name>`
// (and its declared subpath exports) cross packages; the synchronous head scripts reach no UI code
// (Preact, banner, notice, console) through any chain of imports. Prints offenders; exit 1 when any.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { build } from 'esbuild'
import { join, relative, resolve, sep } from 'node:path'
import { PACKAGES } from '../packages.mjs'
import { root } from './run.mjs'

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

export function findViolations() {
  const violations = []
  for (const p of PACKAGES) {
    const dir = join(root, 'packages', p.dir)
    for (const sub of ['src', 'test']) {
      if (!existsSync(join(dir, sub))) continue
      for (const f of readdirSync(join(dir, sub), { recursive: true })) {
        if (!/\.(ts|tsx|mjs|js)$/.test(String(f))) continue
        const file = join(dir, sub, String(f))
        const text = readFileSync(file, 'utf8')
        for (const m of text.matchAll(IMPORT)) {
          const spec = m[1] ?? m[2]
          if (spec.startsWith('.')) {
            const target = resolve(join(file, '..'), spec)
            if (!target.startsWith(dir + sep))
              violations.push(`${relative(root, file)}: "${spec}" leaves package ${p.dir}`)
          } else if (/^@sekisho\/[^/]+\/src(\/|$)/.test(spec) || /^sekisho\/src/.test(spec)) {
            violations.push(`${relative(root, file)}: "${spec}" reaches into another package's src`)
          }
        }
      }
    }
  }
  return violations
}

/** What each script-tag output must not reach. The synchronous head: no UI code (every visitor pays
 * for what it imports). The banner chunk: no framework and no dialog, so a visitor who only accepts
 * or rejects never downloads them (the dialog chunk carries Preact). */
const UI = /node_modules\/preact\/|packages\/(banner|notice|console)\//
const FORBIDDEN = {
  sekisho: [UI, 'head', 'UI code'],
  'sekisho-baked': [UI, 'head', 'UI code'],
  'sekisho-banner': [
    /node_modules\/preact\/|packages\/banner\/src\/(dialog|preferences)\/|packages\/(notice|console)\//,
    'banner chunk',
    'the dialog or its framework',
  ],
}

/** Follows every import of each guarded entry (as the bundler resolves them) and names modules it must not reach. */
export async function findHeadViolations() {
  const violations = []
  for (const p of PACKAGES) {
    for (const [src, out] of Object.entries(p.iife ?? {})) {
      if (!Object.hasOwn(FORBIDDEN, out)) continue
      const [pattern, what, forbidden] = FORBIDDEN[out]
      const result = await build({
        entryPoints: [join(root, 'packages', p.dir, src)],
        bundle: true,
        write: false,
        outdir: 'out',
        metafile: true,
        platform: 'browser',
        conditions: ['source', 'browser', 'import'],
        logLevel: 'silent',
      })
      // What the output carries (modules parsed but tree-shaken away add no byte and do not count).
      const carried = Object.values(result.metafile.outputs).flatMap((o) =>
        Object.entries(o.inputs)
          .filter(([, i]) => i.bytesInOutput > 0)
          .map(([input]) => input),
      )
      for (const input of carried) {
        if (pattern.test(input))
          violations.push(`packages/${p.dir}/${src} (${what} ${out}.js) imports ${forbidden}: ${input}`)
      }
    }
  }
  return violations
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = [...findViolations(), ...(await findHeadViolations())]
  for (const v of violations) console.error(v)
  console.log(violations.length ? `${violations.length} boundary violation(s)` : 'package boundaries ok')
  process.exit(violations.length ? 1 : 0)
}
