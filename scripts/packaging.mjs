// Packaging lint for every package in packages.mjs, as npm would publish it: publint (exports,
// files, fields) and @arethetypeswrong/cli (types per resolution mode). Run after the build.
// Packages without a `cjs` build are browser ESM: `require()` reaches them only through Node's
// require(esm) (Node >= 20.19, the engines floor), so attw's cjs-resolves-to-esm rule is off for them.
// The node16 profile leaves out node10 resolution (no `exports` support), which no supported Node uses.
// Files exported as plain assets (the console's and the script tag's classic scripts) have no types.
// Both tools read the tarballs packed once by scripts/pack.mjs (`--tarballs DIR` keeps them for the
// pack-and-install test): packing per package per tool took most of this check's time.
// Usage: node scripts/packaging.mjs [--tarballs DIR]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { PACKAGES } from '../packages.mjs'
import { argValue, packAll } from './pack.mjs'
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

/** publint --strict on the tarball: warnings count as errors, suggestions are printed only. */
async function lintTarball(file) {
  const bytes = readFileSync(file)
  const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const { messages, pkg } = await publint({ pack: { tarball }, strict: true })
  const output = messages.map((m) => `publint ${m.type}: ${formatMessage(m, pkg)}\n`).join('')
  return { code: messages.some((m) => m.type === 'error') ? 1 : 0, output }
}

async function check(p, file) {
  const attwArgs = [file, '--format', 'table-flipped', '--profile', 'node16']
  const assets = { console: ['./console.js'] }[p.dir]
  if (assets) attwArgs.push('--exclude-entrypoints', ...assets)
  if (!p.cjs) attwArgs.push('--ignore-rules', 'cjs-resolves-to-esm')
  const [lint, types] = await Promise.all([lintTarball(file), capture(bin('attw'), attwArgs)])
  const ok = lint.code === 0 && types.code === 0
  console.log(`packaging: ${p.dir} ${ok ? 'clean' : `failed (publint ${lint.code}, attw ${types.code})`}`)
  if (!ok || lint.output) console.error(lint.output + (ok ? '' : types.output))
  return ok
}

const kept = argValue('--tarballs')
const dest = kept ?? mkdtempSync(join(tmpdir(), 'sekisho-packaging-'))
if (!kept) process.on('exit', () => rmSync(dest, { recursive: true, force: true }))
const files = new Map(packAll(dest).map((t) => [t.dir, t.file]))

// Most of attw's time is process start-up, not CPU: a few at once more than halves it.
const queue = [...PACKAGES]
let failed = 0
await Promise.all(
  Array.from({ length: Math.min(4, availableParallelism() * 2) }, async () => {
    while (queue.length) {
      const p = queue.shift()
      if (!(await check(p, files.get(p.dir)))) failed++
    }
  }),
)
console.log(`packaging: ${PACKAGES.length - failed} of ${PACKAGES.length} packages clean`)
process.exit(failed ? 1 : 0)
