// `sekisho rewrite` over a static site folder: the fixes listed, the files marked up byte for byte.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
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
    // A page comes to stdout as its own bytes, kept apart from the text.
    bytes: Buffer.alloc(0),
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    outBytes: (b: Uint8Array) => void (io.bytes = Buffer.concat([io.bytes, b])),
  }
  return io
}

/** A folder with site.json and `name` holding `html` (a string is written as UTF-8). */
function site(name: string, html: string | Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-rewrite-'))
  writeFileSync(join(dir, 'site.json'), JSON.stringify(config))
  writeFileSync(join(dir, name), html)
  return { dir, page: join(dir, name), config: join(dir, 'site.json') }
}

// A Shift_JIS page: 日本 (93 FA 96 7B), 表示 (95 5C 8E A6: a trail byte that is ASCII `\`),
// a full-width space (81 40), half-width ｱ (B1); only the tracker tag between them may change.
const sjisPage = (img: string) =>
  Buffer.concat([
    Buffer.from('<html><head><meta charset="Shift_JIS"><title>'),
    Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
    Buffer.from('</title></head><body><p>'),
    Buffer.from([0x95, 0x5c, 0x8e, 0xa6, 0x81, 0x40, 0xb1]),
    Buffer.from(`</p>${img}<p>`),
    Buffer.from([0x93, 0xfa]),
    Buffer.from('</p></body></html>'),
  ])
const SJIS_IN = sjisPage('<img src="https://px.a8.net/0.gif" alt="">')
const SJIS_OUT = sjisPage('<img data-src="https://px.a8.net/0.gif" alt="" data-sekisho="a8net">')

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

test('one file to stdout: the Shift_JIS page byte for byte, only the tag marked up; --out writes the same', async () => {
  const { dir, page, config } = site('page.html', SJIS_IN)
  const io = capture()
  assert.equal(await run([page, '--config', config], io), 0)
  assert.deepEqual(io.bytes, SJIS_OUT)
  assert.equal(io.stdout, '')
  assert.match(io.stderr, /1 tag marked up in 1 file/)

  const out = join(dir, 'out')
  assert.equal(await run([page, '--config', config, '--out', out], capture()), 0)
  assert.deepEqual(readFileSync(join(out, 'page.html')), SJIS_OUT)
})

test('the real process writes the Shift_JIS page to stdout byte for byte', async () => {
  const { page, config } = site('page.html', SJIS_IN)
  const main = new URL('../main.ts', import.meta.url).href
  const script = `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(${JSON.stringify(['rewrite', page, '--config', config])})`
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', '--input-type=module', '-e', script],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const chunks: Buffer[] = []
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => chunks.push(c))
  child.stderr.on('data', (c: Buffer) => (stderr += c))
  const [code] = await once(child, 'close')
  assert.equal(code, 0, stderr)
  assert.deepEqual(Buffer.concat(chunks), SJIS_OUT)
})

test('--csp marks the sekisho script tag data-sekisho-csp; without it the tag is left as it is', async () => {
  const html = '<head><script src="/sekisho/sekisho.js"></script></head><body></body>'
  const { page, config } = site('page.html', html)
  const plain = capture()
  assert.equal(await run([page, '--config', config], plain), 0)
  assert.equal(plain.bytes.toString('utf8'), html)
  const csp = capture()
  assert.equal(await run([page, '--config', config, '--csp'], csp), 0)
  assert.equal(
    csp.bytes.toString('utf8'),
    '<head><script src="/sekisho/sekisho.js" data-sekisho-csp></script></head><body></body>',
  )
})

test('--placeholder is the button text over held frames (UTF-8 text stays UTF-8); without it, empty', async () => {
  const { page, config } = site('page.html', '<p>広告</p><iframe src="https://px.a8.net/banner"></iframe>')
  const frame = (placeholder: string) =>
    `<p>広告</p><iframe data-src="https://px.a8.net/banner" data-sekisho="a8net" data-sekisho-placeholder="${placeholder}"></iframe>`
  const plain = capture()
  assert.equal(await run([page, '--config', config], plain), 0)
  assert.equal(plain.bytes.toString('utf8'), frame(''))
  const text = capture()
  assert.equal(await run([page, '--config', config, '--placeholder', '広告を表示'], text), 0)
  assert.equal(text.bytes.toString('utf8'), frame('広告を表示'))
})

test('usage errors: no config, a folder without --out', async () => {
  const io = capture()
  assert.equal(await run(['x.html'], io), 2)
  assert.match(io.stderr, /--config is required/)
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-rewrite-'))
  assert.equal(await run([dir, '--config', 'site.json'], io), 2)
  assert.match(io.stderr, /a folder needs --out/)
})
