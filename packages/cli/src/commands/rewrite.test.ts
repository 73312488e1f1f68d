// `sekisho rewrite` over a static site folder: the fixes listed, the files marked up byte for byte.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { run } from './rewrite.ts'

const config = {
  revision: 'r1',
  controller: { name: 'Shop K.K.' },
  purposes: [{ id: 'necessary', required: true }, { id: 'affiliate' }],
  services: ['a8net'],
}

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  }
  return io
}

test('--check lists every unmarked tag with its fix; --out writes the marked-up site', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-rewrite-'))
  mkdirSync(join(dir, 'site/shop'), { recursive: true })
  writeFileSync(join(dir, 'site.json'), JSON.stringify(config))
  // Shift_JIS text around the tag must come out as the same bytes.
  const sjis = Buffer.concat([
    Buffer.from('<p>'),
    Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
    Buffer.from('</p><img src="https://px.a8.net/0.gif" alt="">'),
  ])
  writeFileSync(join(dir, 'site/shop/index.html'), sjis)
  writeFileSync(join(dir, 'site/about.html'), '<p>about</p>')

  const check = capture()
  assert.equal(await run([join(dir, 'site'), '--config', join(dir, 'site.json'), '--check'], check), 1)
  assert.match(
    check.stderr,
    /shop\/index\.html:1:\d+ a8net\n {2}- <img src="https:\/\/px\.a8\.net\/0\.gif" alt="">\n {2}\+ <img data-src=/,
  )
  assert.match(check.stderr, /1 tag to mark up in 2 files/)

  const write = capture()
  const out = join(dir, 'out')
  assert.equal(await run([join(dir, 'site'), '--config', join(dir, 'site.json'), '--out', out], write), 0)
  const written = readFileSync(join(out, 'shop/index.html'))
  assert.deepEqual(written.subarray(0, 7), sjis.subarray(0, 7))
  assert.match(
    written.toString('latin1'),
    /<img data-src="https:\/\/px\.a8\.net\/0\.gif" alt="" data-sekisho="a8net">$/,
  )
  assert.equal(readFileSync(join(out, 'about.html'), 'utf8'), '<p>about</p>')
})

test('usage errors: no config, a folder without --out', async () => {
  const io = capture()
  assert.equal(await run(['x.html'], io), 2)
  assert.match(io.stderr, /--config is required/)
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-rewrite-'))
  assert.equal(await run([dir, '--config', 'site.json'], io), 2)
  assert.match(io.stderr, /a folder needs --out/)
})
