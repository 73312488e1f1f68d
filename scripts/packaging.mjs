// Packaging lint for every package in packages.mjs, as npm would publish it: publint (exports,
// files, fields) and @arethetypeswrong/cli (types per resolution mode). Run after the build.
// Packages without a `cjs` build are browser ESM: `require()` reaches them only through Node's
// require(esm) (Node >= 20.19, the engines floor), so attw's cjs-resolves-to-esm rule is off for them.
// The node16 profile leaves out node10 resolution (no `exports` support), which no supported Node uses.
// Files exported as plain assets (the console's and the script tag's classic scripts) have no types.
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { PACKAGES } from '../packages.mjs'
import { root } from './run.mjs'

const bin = (name) => join(root, 'node_modules/.bin', name)

/** Runs a command with its output captured, so that packages checked at once print in blocks. */
function capture(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (err) => resolve({ code: 127, output: `${cmd}: ${err.message}` }))
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

async function check(p) {
  const dir = join(root, 'packages', p.dir)
  const attwArgs = ['--pack', dir, '--format', 'table-flipped', '--profile', 'node16']
  const assets = { console: ['./console.js'] }[p.dir]
  if (assets) attwArgs.push('--exclude-entrypoints', ...assets)
  if (!p.cjs) attwArgs.push('--ignore-rules', 'cjs-resolves-to-esm')
  const [lint, types] = await Promise.all([capture(bin('publint'), ['--strict', dir]), capture(bin('attw'), attwArgs)])
  const ok = lint.code === 0 && types.code === 0
  console.log(`packaging: ${p.dir} ${ok ? 'clean' : `failed (publint ${lint.code}, attw ${types.code})`}`)
  if (!ok) console.error(lint.output + types.output)
  return ok
}

// Most of each check's time is npm pack and process start-up, not CPU: a few at once more than halves it.
const queue = [...PACKAGES]
let failed = 0
await Promise.all(
  Array.from({ length: Math.min(4, availableParallelism() * 2) }, async () => {
    while (queue.length) if (!(await check(queue.shift()))) failed++
  }),
)
console.log(`packaging: ${PACKAGES.length - failed} of ${PACKAGES.length} packages clean`)
process.exit(failed ? 1 : 0)
