// Packaging lint for every package in packages.mjs, as npm would publish it: publint (exports,
// files, fields) and @arethetypeswrong/cli (types per resolution mode). Run after the build.
// Packages without a `cjs` build are browser ESM: `require()` reaches them only through Node's
// require(esm) (Node >= 20.19, the engines floor), so attw's cjs-resolves-to-esm rule is off for them.
// The node16 profile leaves out node10 resolution (no `exports` support), which no supported Node uses.
// Files exported as plain assets (the console's and the script tag's classic scripts) have no types.
import { PACKAGES } from '../packages.mjs'
import { root, run } from './run.mjs'
import { join } from 'node:path'

const bin = (name) => join(root, 'node_modules/.bin', name)
let failed = 0
for (const p of PACKAGES) {
  const dir = join(root, 'packages', p.dir)
  const lint = await run(bin('publint'), ['--strict', dir])
  const attwArgs = ['--pack', dir, '--format', 'table-flipped', '--profile', 'node16']
  const assets = { console: ['./console.js'] }[p.dir]
  if (assets) attwArgs.push('--exclude-entrypoints', ...assets)
  if (!p.cjs) attwArgs.push('--ignore-rules', 'cjs-resolves-to-esm')
  const types = await run(bin('attw'), attwArgs)
  if (lint !== 0 || types !== 0) {
    failed++
    console.error(`packaging: ${p.dir} failed (publint ${lint}, attw ${types})`)
  }
}
console.log(`packaging: ${PACKAGES.length - failed} of ${PACKAGES.length} packages clean`)
process.exit(failed ? 1 : 0)
