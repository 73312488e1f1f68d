// Builds the example: the sekisho head and its chunks copied into public/sekisho/ (served as
// /sekisho/sekisho.js), then `next build` (Turbopack) with Next's telemetry off.
// `node build.mjs` or, from a test, `buildSite()`.
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const here = new URL('.', import.meta.url).pathname
const require = createRequire(import.meta.url)

/** @param {{ quiet?: boolean }} [options] quiet: Next's output only when it fails. */
export async function buildSite({ quiet = false } = {}) {
  const dist = join(dirname(require.resolve('sekisho/package.json')), 'dist')
  const target = join(here, 'public/sekisho')
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  for (const file of readdirSync(dist)) if (/^sekisho.*\.js$/.test(file)) cpSync(join(dist, file), join(target, file))

  const next = require.resolve('next/dist/bin/next')
  const child = spawn(process.execPath, [next, 'build'], {
    cwd: here,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const code = await new Promise((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`next build failed (exit ${code})\n${output}`)
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSite()
