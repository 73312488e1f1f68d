// The integration's hooks as Astro calls them: the generated middleware file, the config read from
// a JSON file, the script-tag files copied into the build's output.
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { pathToFileURL } from 'node:url'
import * as astro from './index.ts'

const { sekisho } = astro

test('the public exports', () => {
  assert.deepEqual(Object.keys(astro).sort(), ['default', 'headTags', 'putFirstInHead', 'sekisho'])
  assert.equal(astro.default, sekisho)
})

test('a config is required', () => {
  assert.throws(() => sekisho({} as never), /config \(the site config or the path of its JSON file\) is required/)
})

/** Runs astro:config:setup in a temporary project; returns what the hook registered. */
function setup(config: Parameters<typeof sekisho>[0]['config'], base = '/') {
  const root = mkdtempSync(join(tmpdir(), 'sekisho-astro-'))
  writeFileSync(join(root, 'sekisho.json'), JSON.stringify({ revision: 'from-file', controller: { name: 'x' } }))
  const registered: { middleware?: { order: string; entrypoint: string | URL }; watched: Array<URL | string> } = {
    watched: [],
  }
  const integration = sekisho({ config })
  integration.hooks['astro:config:setup']({
    config: { root: pathToFileURL(root + '/'), base },
    addMiddleware: (m) => (registered.middleware = m),
    addWatchFile: (f) => registered.watched.push(f),
    createCodegenDir: () => pathToFileURL(root + '/'),
  })
  return { root, integration, registered }
}

test("the site's middleware runs before the site's own and carries the tags, with the base path", () => {
  const { registered } = setup({ revision: 'inline' } as never, '/shop')
  assert.equal(registered.middleware!.order, 'pre')
  const file = readFileSync(registered.middleware!.entrypoint, 'utf8')
  assert.match(file, /^import \{ headFirst \} from '@sekisho\/astro\/middleware'\n/)
  assert.match(file, /"revision\\":\\"inline\\"/)
  assert.match(file, /<script src=\\"\/shop\/sekisho\/sekisho\.js\\"><\/script>/)
})

test("a path: the config is read from the project's JSON file, which Astro watches", () => {
  const { root, registered } = setup('sekisho.json')
  assert.match(readFileSync(registered.middleware!.entrypoint, 'utf8'), /from-file/)
  assert.deepEqual(registered.watched, [pathToFileURL(join(root, 'sekisho.json'))])
})

test("astro build: the head and its chunks are copied to the output's sekisho/ folder", () => {
  const { root, integration } = setup({ revision: 'r' } as never)
  integration.hooks['astro:build:done']({ dir: pathToFileURL(join(root, 'dist') + '/') })
  const copied = readdirSync(join(root, 'dist/sekisho'))
  assert.ok(copied.includes('sekisho.js') && copied.includes('sekisho-banner.js'), String(copied))
  assert.ok(copied.every((f) => /^sekisho.*\.js$/.test(f)))
  assert.ok(!existsSync(join(root, 'dist/sekisho/sri.json')))
})

test('astro dev: the head and its chunks are served under {base}sekisho/; other paths go on', () => {
  const { integration } = setup({ revision: 'r' } as never, '/shop/')
  let mounted: { path: string; handler: Function } | undefined
  integration.hooks['astro:server:setup']({
    server: { middlewares: { use: (path, handler) => (mounted = { path, handler }) } },
  })
  assert.equal(mounted!.path, '/shop/sekisho/')
  // Connect strips the mount path from req.url.
  const answer = (url: string) => {
    const sent: { type?: string; body?: Buffer; next?: boolean } = {}
    const res = { setHeader: (_: string, v: string) => (sent.type = v), end: (b: Buffer) => (sent.body = b) }
    mounted!.handler({ url }, res, () => (sent.next = true))
    return sent
  }
  const head = answer('/sekisho.js?v=1')
  assert.equal(head.type, 'text/javascript; charset=utf-8')
  assert.ok(head.body!.length > 1000)
  assert.deepEqual(answer('/../package.json'), { next: true })
  assert.deepEqual(answer('/sri.json'), { next: true })
})
