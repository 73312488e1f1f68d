// size.mjs --why: a bundle's bytes are attributed to the source modules its source map names.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { root } from './run.mjs'
import { test } from 'node:test'
import { build } from 'esbuild'
import { breakdown, cutSources } from './size-why.mjs'

/** An esbuild bundle (minified, with its source map) of `files` (name → code), entry `entry.js`. */
async function bundle(dir, files) {
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code)
  const out = join(dir, 'out.js')
  await build({
    entryPoints: [join(dir, 'entry.js')],
    bundle: true,
    minify: true,
    sourcemap: true,
    outfile: out,
    format: 'iife',
  })
  return out
}

test('attributes every byte of a minified bundle to its modules, the bigger module the bigger share', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'size-why-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  const words = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 10007}`)
  const out = await bundle(dir, {
    'big.js': `export const big = ${JSON.stringify(words)}`,
    'small.js': `export const small = () => 'a small module'`,
    'entry.js': `import { big } from './big.js'\nimport { small } from './small.js'\nconsole.log(big, small())`,
  })

  const b = breakdown(out)
  const row = (name) => b.modules.find((r) => r.module.endsWith(name))
  assert.ok(row('big.js') && row('small.js') && row('entry.js'), JSON.stringify(b.modules))
  assert.equal(
    b.modules.reduce((sum, r) => sum + r.raw, 0),
    b.raw,
  )
  assert.ok(row('big.js').raw > 2000 && row('small.js').raw < 100, JSON.stringify(b.modules))
  assert.ok(row('big.js').gz > 10 * row('small.js').gz && row('small.js').gz > 0, JSON.stringify(b.modules))
  assert.equal(b.packages.length >= 1, true)
})

test('cuts out the bytes of the modules under a folder, and only those', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'size-why-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(join(dir, 'app'))
  const out = await bundle(dir, {
    'app/config.js': `export const config = { name: 'a site of its own with a long name' }`,
    'lib.js': `export const wire = (c) => console.log('the library wires', c)`,
    'entry.js': `import { config } from './app/config.js'\nimport { wire } from './lib.js'\nwire(config)`,
  })
  const rel = (p) => relative(root, p)
  const cut = cutSources(out, `${rel(dir)}/app/`)
  const whole = readFileSync(out, 'utf8')
  assert.ok(whole.includes('a site of its own') && !cut.includes('a site of its own'), cut)
  assert.ok(cut.includes('the library wires'), cut)
  assert.equal(cutSources(out, `${rel(dir)}/nothing/`), whole)
})
