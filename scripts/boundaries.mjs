// Package boundaries: no import may reach into another package's files; only `@sekisho/<name>`
// (and its declared subpath exports) cross packages. Prints offenders; exit 1 when any.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = findViolations()
  for (const v of violations) console.error(v)
  console.log(violations.length ? `${violations.length} boundary violation(s)` : 'package boundaries ok')
  process.exit(violations.length ? 1 : 0)
}
