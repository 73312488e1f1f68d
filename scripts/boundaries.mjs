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

/** The script-tag outputs that run synchronously in <head>: every visitor pays for what they import. */
const HEAD_OUTPUTS = new Set(['sekisho', 'sekisho-baked'])
const UI = /node_modules\/preact\/|packages\/(banner|notice|console)\//

/** Follows every import of each head entry (as the bundler resolves them) and names UI modules reached. */
export async function findHeadViolations() {
  const violations = []
  for (const p of PACKAGES) {
    for (const [src, out] of Object.entries(p.iife ?? {})) {
      if (!HEAD_OUTPUTS.has(out)) continue
      const result = await build({
        entryPoints: [join(root, 'packages', p.dir, src)],
        bundle: true,
        write: false,
        metafile: true,
        platform: 'browser',
        conditions: ['source', 'browser', 'import'],
        logLevel: 'silent',
      })
      for (const input of Object.keys(result.metafile.inputs)) {
        if (UI.test(input)) violations.push(`packages/${p.dir}/${src} (head ${out}.js) imports UI code: ${input}`)
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
