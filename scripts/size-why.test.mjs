// size.mjs --why: a bundle's bytes are attributed to the source modules its source map names.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { build } from 'esbuild'
import { breakdown } from './size-why.mjs'

test('attributes every byte of a minified bundle to its modules, the bigger module the bigger share', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'size-why-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  const words = Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 10007}`)
  writeFileSync(join(dir, 'big.js'), `export const big = ${JSON.stringify(words)}`)
  writeFileSync(join(dir, 'small.js'), `export const small = () => 'a small module'`)
  writeFileSync(
    join(dir, 'entry.js'),
    `import { big } from './big.js'\nimport { small } from './small.js'\nconsole.log(big, small())`,
  )
  const out = join(dir, 'out.js')
  await build({
    entryPoints: [join(dir, 'entry.js')],
    bundle: true,
    minify: true,
    sourcemap: true,
    outfile: out,
    format: 'iife',
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
