// Test helpers: a static server on 127.0.0.1 (port 0) and tracker hosts answered by the
// repository's stand-ins (e2e/zoo/stand-ins), routed as e2e/stand-ins.ts routes them.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext } from 'playwright-core'
import { type AuditOptions, type AuditReport, audit, launchBrowser } from '../src/index.ts'

export const repo = fileURLToPath(new URL('../../../', import.meta.url))
export const sites = join(repo, 'packages/audit/test-sites')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
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
export const serveFixture = (name: string, mounts: Record<string, string> = {}) =>
  serve({
    '/banner.js': join(sites, 'banner.js'),
    // The consent managers as installed from npm (root devDependencies).
    '/cm/cookieconsent/': join(repo, 'node_modules/vanilla-cookieconsent/dist'),
    '/cm/klaro/': join(repo, 'node_modules/klaro/dist'),
    '/cm/orejime/': join(repo, 'node_modules/orejime/dist'),
    '/zoo/': join(sites, 'zoo-tags'),
    ...mounts,
    '/': join(sites, name),
  })

/**
 * Bundles the bench's c15t site code (bench/peers/c15t-site.js: the headless `c15t` package from npm,
 * its script loader holding `scripts`, a plain-DOM banner) as the bench does; resolves to the folder.
 */
export async function buildC15t(scripts: Array<Record<string, string>>) {
  const { build } = await import('esbuild')
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-audit-c15t-'))
  await build({
    entryPoints: [join(repo, 'bench/peers/c15t-site.js')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    define: { __BENCH_SCRIPTS__: JSON.stringify(scripts), __BENCH_TEXT__: JSON.stringify('We use analytics.') },
    outfile: join(dir, 'consent.js'),
    logLevel: 'error',
  })
  return dir
}

const standIn = (file: string) => readFileSync(join(repo, 'e2e/zoo/stand-ins', file))
// Paid consent managers, answered by this package's stand-ins of their documented DOM and globals.
const cmpStandIn = (file: string) => readFileSync(join(sites, 'stand-ins', file))
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
    /^https?:\/\/d\.line-s?cdn\.net\/n\/line_tag\/public\/release\/v1\/lt\.js$/,
    { contentType: 'text/javascript', body: standIn('lt.js') },
  ],
  [/^https:\/\/tr\.line\.me\/tag\.gif/, { contentType: 'image/gif', body: GIF }],
  [/^https:\/\/ad\.jp\.ap\.valuecommerce\.com\//, { contentType: 'image/gif', body: GIF }],
  [
    /^https:\/\/statics\.a8\.net\/a8sales\/a8sales\.js$/,
    { contentType: 'text/javascript', body: standIn('a8sales.js') },
  ],
  [/^https:\/\/www\.youtube(-nocookie)?\.com\/embed\//, { contentType: 'text/html', body: standIn('youtube.html') }],
  [
    /^https:\/\/consent\.cookiebot\.com\/uc\.js/,
    { contentType: 'text/javascript', body: cmpStandIn('cookiebot-uc.js') },
  ],
  [
    /^https:\/\/cdn\.cookielaw\.org\/scripttemplates\/otSDKStub\.js$/,
    { contentType: 'text/javascript', body: cmpStandIn('onetrust-stub.js') },
  ],
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

// One Chromium per test file, shared by its audits (each audit still opens a fresh context per phase):
// launching one per audit cost more than the audits' own pages.
// Launched as audit() launches its own: third-party frames may store, as in a visitor's Chrome.
let launched: ReturnType<typeof launchBrowser> | undefined
export const sharedBrowser = async (): Promise<Browser> => {
  launched ??= launchBrowser(CHROMIUM)
  return (await launched).browser
}
export async function closeBrowser() {
  const browser = launched
  launched = undefined
  if (browser !== undefined) await (await browser).close()
}

/** Audits a local site in the test file's Chromium, tracker hosts answered by the stand-ins. */
export const auditSite = async (origin: string, options: Partial<AuditOptions> = {}) =>
  audit({
    start: `${origin}/`,
    executablePath: CHROMIUM,
    browser: await sharedBrowser(),
    timeout: 15000,
    delay: 0,
    maxTime: 120_000,
    prepareContext: standIns([origin]),
    ...options,
  })

export const withRule = (report: AuditReport, rule: string) => report.findings.filter((f) => f.rule === rule)

/** Opens an HTML report file in the test file's Chromium: its console errors and its decoded images' alt texts. */
export async function openReport(file: string) {
  const page = await (await sharedBrowser()).newPage()
  try {
    const problems: string[] = []
    page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())))
    page.on('pageerror', (e) => void problems.push(e.message))
    await page.goto(`file://${file}`)
    const images = await page.$$eval('img', (list) =>
      list.filter((img) => img.complete && img.naturalWidth > 0).map((img) => img.alt),
    )
    return { problems, images }
  } finally {
    await page.close()
  }
}

/**
 * Decodes a picture (a data URL) in the test file's Chromium: its size, and how many dark pixels
 * (text, borders) its bottom 80 px hold, where the home-made banner sits.
 */
export async function decodePicture(dataUrl: string) {
  const page = await (await sharedBrowser()).newPage()
  try {
    return (await page.evaluate(`new Promise((resolve, reject) => {
      const img = new Image()
      img.onerror = () => reject(new Error('not a picture'))
      img.onload = () => {
        const canvas = document.createElement('canvas')
        canvas.width = img.naturalWidth
        canvas.height = img.naturalHeight
        const g = canvas.getContext('2d')
        g.drawImage(img, 0, 0)
        const strip = g.getImageData(0, img.naturalHeight - 80, img.naturalWidth, 80).data
        let dark = 0
        for (let i = 0; i < strip.length; i += 4) if (strip[i] + strip[i + 1] + strip[i + 2] < 300) dark++
        resolve({ width: img.naturalWidth, height: img.naturalHeight, darkAtBottom: dark })
      }
      img.src = ${JSON.stringify(dataUrl)}
    })`)) as { width: number; height: number; darkAtBottom: number }
  } finally {
    await page.close()
  }
}
