// Test helpers: a static server on 127.0.0.1 (port 0) and tracker hosts answered by the
// repository's stand-ins (e2e/zoo/stand-ins), routed as e2e/stand-ins.ts routes them.
import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext } from 'playwright-core'

export const repo = fileURLToPath(new URL('../../../', import.meta.url))
export const sites = join(repo, 'packages/audit/test-sites')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.txt': 'text/plain',
}

/** Serves `mounts` (URL prefix -> folder or file, longest prefix first); resolves to the origin and a close function. */
export async function serve(mounts: Record<string, string>) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length)
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const prefix = prefixes.find((p) => path.startsWith(p))
    try {
      if (!prefix) throw new Error('no mount')
      const base = mounts[prefix]!
      let file = normalize(join(base, path.slice(prefix.length)))
      if (!file.startsWith(base)) throw new Error('outside')
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      res.end(await readFile(file))
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A fixture site of test-sites/, with the shared home-made banner at /banner.js and the npm consent managers under /cm/. */
export const serveFixture = (name: string) =>
  serve({
    '/banner.js': join(sites, 'banner.js'),
    // The consent managers as installed from npm (root devDependencies).
    '/cm/cookieconsent/': join(repo, 'node_modules/vanilla-cookieconsent/dist'),
    '/cm/klaro/': join(repo, 'node_modules/klaro/dist'),
    '/': join(sites, name),
  })

const standIn = (file: string) => readFileSync(join(repo, 'e2e/zoo/stand-ins', file))
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const ROUTES: Array<[RegExp, { status?: number; contentType?: string; body?: Buffer }]> = [
  [/^https:\/\/www\.googletagmanager\.com\/gtag\/js\?/, { contentType: 'text/javascript', body: standIn('gtag.js') }],
  [/^https:\/\/[\w.]*google-analytics\.com\/g\/collect/, { status: 204 }],
  [
    /^https:\/\/connect\.facebook\.net\/[\w_]+\/fbevents\.js$/,
    { contentType: 'text/javascript', body: standIn('fbevents.js') },
  ],
  [/^https:\/\/www\.facebook\.com\/tr\//, { contentType: 'image/gif', body: GIF }],
  [/^https:\/\/(px|www\d*)\.a8\.net\//, { contentType: 'image/gif', body: GIF }],
  [
    /^https:\/\/statics\.a8\.net\/a8sales\/a8sales\.js$/,
    { contentType: 'text/javascript', body: standIn('a8sales.js') },
  ],
  [/^https:\/\/www\.youtube(-nocookie)?\.com\/embed\//, { contentType: 'text/html', body: standIn('youtube.html') }],
]

/** `prepareContext` for audit(): local origins pass, tracker hosts get stand-ins, the rest is blocked. */
export const standIns = (localOrigins: string[]) => async (context: BrowserContext) => {
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (localOrigins.some((origin) => url.startsWith(`${origin}/`))) return route.fallback()
    const answer = ROUTES.find(([pattern]) => pattern.test(url))
    if (!answer) return route.abort('blockedbyclient')
    await route.fulfill(answer[1])
  })
}

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium'
