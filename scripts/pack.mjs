// Packs every package in packages.mjs once, as npm would publish it, in one npm process. The packaging
// lint and the pack-and-install test share the tarballs: `--tarballs DIR` on both makes the second reuse
// what the first packed (npm test passes one DIR to both); without it each packs into a temp dir.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGES } from '../packages.mjs'
import { root } from './run.mjs'

/**
 * The packed tarballs in `dest` as `{ name, dir, file }` (file: absolute path), packing them there
 * unless an earlier call left them (its list in packed.json). Throws with npm's output when npm fails.
 */
export function packAll(dest, env = process.env) {
  const list = join(dest, 'packed.json')
  if (existsSync(list)) return JSON.parse(readFileSync(list, 'utf8'))
  mkdirSync(dest, { recursive: true })
  const args = [
    'pack',
    '--json',
    '--pack-destination',
    dest,
    ...PACKAGES.flatMap((p) => ['--workspace', `packages/${p.dir}`]),
  ]
  const result = spawnSync('npm', args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (result.status !== 0) throw new Error(`npm pack failed\n${result.stdout}${result.stderr}`)
  const byName = new Map(JSON.parse(result.stdout).map((t) => [t.name, join(dest, t.filename)]))
  const packed = PACKAGES.map((p) => {
    const { name } = JSON.parse(readFileSync(join(root, 'packages', p.dir, 'package.json'), 'utf8'))
    return { name, dir: p.dir, file: byName.get(name) }
  })
  writeFileSync(list, JSON.stringify(packed))
  return packed
}

/** The value after `flag` in argv, or undefined. */
export const argValue = (flag) => {
  const i = process.argv.indexOf(flag)
  return i > 0 ? process.argv[i + 1] : undefined
}
