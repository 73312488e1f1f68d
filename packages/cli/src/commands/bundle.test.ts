import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { catalog, catalogGate, catalogGateText } from '@sekisho/catalog'
import { localize, resolveConfig, type SekishoConfig } from '@sekisho/core'
import { chromium, type BrowserContext, type Browser } from 'playwright-core'
import { main } from '../main.ts'
import { serveStatic, type StaticServer } from '../testing/static-server.ts'
import { runBundle } from './bundle.ts'
import { findBrowser } from './scan-page.ts'
import { BAKED_HEAD, bakeConfig, findScriptBuild, SCRIPT_FILES, scriptJson } from './script-build.ts'
import type { ScanReport } from './scan-report.ts'
import { capture, fixtureDir, INVALID, VALID } from './fixtures.ts'

/** The page's globals these tests read. */
type Page = Window & { sekisho?: { config?: { revision: string } }; tagRan?: number }

const fixtures = fixtureDir()
after(() => rmSync(fixtures.dir, { recursive: true, force: true }))

// A config whose text could end a <script> element or break an old parser if not escaped.
const CONFIG = { ...VALID, controller: { ...VALID.controller, name: 'Sample </script><b>K.K.\u2028' } }
/** The config resolved against the full catalog: what the visitor must be told about each service. */
const RESOLVED = resolveConfig(CONFIG as SekishoConfig, catalog)
/** Google Analytics' loader, a catalog host the page asks for (answered by the test, not Google). */
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST'
/** Serves GTAG in `context` and counts the requests that reached it. */
async function fakeGtag(context: BrowserContext): Promise<{ requests: number }> {
  const seen = { requests: 0 }
  await context.route('https://www.googletagmanager.com/**', (route) => {
    seen.requests++
    return route.fulfill({ contentType: 'text/javascript', body: 'window.gtagRan = (window.gtagRan || 0) + 1' })
  })
  return seen
}

describe('scriptJson / bakeConfig', () => {
  it('escapes what could end or break a script, and evaluates back to the same value', () => {
    const json = scriptJson(CONFIG)
    assert.doesNotMatch(json, /<|\u2028|\u2029/)
    assert.deepEqual(new Function(`return ${json}`)(), CONFIG)
    const baked = bakeConfig('/* head */', CONFIG, { banner: 'sha384-x' })
    assert.deepEqual(new Function('window', `${baked}; return [window.__sekishoConfig, window.__sekishoSri]`)({}), [
      CONFIG,
      { banner: 'sha384-x' },
    ])
  })

  it("finds V8's compile hint atop each built script-tag file: each is fetched when it is about to run", () => {
    const dist = findScriptBuild()!
    for (const file of [...SCRIPT_FILES, BAKED_HEAD, 'sekisho-check.js'])
      assert.match(readFileSync(join(dist, file), 'utf8'), /^\/\/# allFunctionsCalledOnLoad\n!function\(\)/, file)
  })

  it("keeps V8's compile hint on the first line, with the config under it", () => {
    const head = '//# allFunctionsCalledOnLoad\n!function(){}()'
    const baked = bakeConfig(head, CONFIG).split('\n')
    assert.equal(baked[0], '//# allFunctionsCalledOnLoad')
    assert.match(baked[1]!, /^window\.__sekishoConfig=/)
    assert.equal(baked[2], '!function(){}()')
  })
})

describe('sekisho bundle', () => {
  const out = join(fixtures.dir, 'public', 'sekisho')
  let tag = ''
  let server: StaticServer
  let browser: Browser

  before(async () => {
    const io = capture()
    assert.equal(
      await main(['bundle', '--config', fixtures.write('site.json', CONFIG), '--out', out], io),
      0,
      io.stderr,
    )
    tag = io.stdout.trim()
    // The page carries no inline config: only the pasted tag, and one tag held for analytics.
    writeFileSync(
      join(fixtures.dir, 'public', 'index.html'),
      `<!doctype html><html lang="ja"><head><link rel="icon" href="data:,">${tag}\n` +
        '<script type="text/plain" data-sekisho="analytics" src="/js/tag.js"></script>' +
        // A loader inserting Google Analytics, as gtag.js and tag managers do (a parser-inserted src
        // would be fetched by the preload scanner before any script runs: such tags are marked up).
        `<script>document.head.appendChild(document.createElement('script')).src = '${GTAG}'</script></head><body><h1>Shop</h1></body></html>`,
    )
    writeFileSync(
      join(fixtures.dir, 'public', 'privacy.html'),
      `<!doctype html><html lang="ja"><head><link rel="icon" href="data:,">${tag}</head><body><h1>外部送信</h1><div data-sekisho-notice></div></body></html>`,
    )
    mkdirSync(join(fixtures.dir, 'public', 'js'))
    writeFileSync(join(fixtures.dir, 'public', 'js', 'tag.js'), 'window.tagRan = (window.tagRan || 0) + 1')
    server = await serveStatic({ '/': join(fixtures.dir, 'public') })
    // The CLI's own lookup (CHROME_PATH, then the system's Chromium), as scripts/chromium.mjs does:
    // a package's tests may not import files outside it (scripts/boundaries.mjs).
    const executablePath = findBrowser()
    assert.ok(executablePath, 'Chromium is needed: sudo apt-get install chromium, or set CHROME_PATH')
    browser = await chromium.launch({ executablePath })
  })
  after(async () => {
    await browser?.close()
    await server?.close()
  })

  it('writes every script of the build and sri.json whose hashes match the files', () => {
    const sri = JSON.parse(readFileSync(join(out, 'sri.json'), 'utf8')) as Record<string, string>
    // Every file the script-tag build makes (its own sri.json lists them): a new chunk must be bundled too.
    const built = JSON.parse(readFileSync(join(findScriptBuild()!, 'sri.json'), 'utf8')) as Record<string, string>
    // The baked head is written as sekisho.js, not under its own name.
    assert.deepEqual(
      Object.keys(sri).sort(),
      Object.keys(built)
        // The check chunk validates a config the page has not had checked; a bundled head's config
        // was checked by `sekisho bundle` itself, so it never loads it.
        .filter((f) => f != BAKED_HEAD && f != 'sekisho-check.js')
        .sort(),
    )
    for (const [file, hash] of Object.entries(sri)) {
      assert.equal(
        hash,
        'sha384-' +
          createHash('sha384')
            .update(readFileSync(join(out, file)))
            .digest('base64'),
        file,
      )
    }
    assert.equal(
      tag,
      `<script src="/sekisho/sekisho.js" integrity="${sri['sekisho.js']}" crossorigin="anonymous"></script>`,
    )
    // Under V8's compile hint, which stays the first line (the build's heads start with it).
    const prefix =
      /^\/\/# allFunctionsCalledOnLoad\nwindow\.__sekishoConfig=(\{.*\});window\.__sekishoSri=(\{.*\});\n/.exec(
        readFileSync(join(out, 'sekisho.js'), 'utf8'),
      )
    assert.ok(prefix, 'prefix')
    // The config as written, each service with its gating fields (catalog ids resolved here, at build time).
    assert.deepEqual(JSON.parse(prefix[1]!), {
      ...CONFIG,
      services: [
        { id: 'google-analytics', ...catalogGate['google-analytics'] },
        { id: 'a8net', ...catalogGate['a8net'] },
        CONFIG.services[2],
      ],
    })
    assert.deepEqual(JSON.parse(prefix[2]!), {
      banner: sri['sekisho-banner.js'],
      dialog: sri['sekisho-dialog.js'],
      receipts: sri['sekisho-receipts.js'],
      notice: sri['sekisho-notice.js'],
    })
    // Hint and prefix are a line each, over the baked head's own first (empty) mapping line.
    assert.match(JSON.parse(readFileSync(join(out, 'sekisho.js.map'), 'utf8')).mappings, /^;;/)
  })

  it('writes a head without the catalog: smaller than the generic head by the catalog data', () => {
    const gzip = (text: string) => gzipSync(text, { level: 9 }).length
    const bundled = readFileSync(join(out, 'sekisho.js'), 'utf8')
    const [, hint, prefix, rest] = /^(.*\n)(.*\n)([^]*)$/.exec(bundled)!
    const head = hint! + rest
    const dist = findScriptBuild()!
    const generic = readFileSync(join(dist, 'sekisho.js'), 'utf8')
    // The catalog as the generic head carries it: one text (the minifier joins its pieces).
    const data = catalogGateText
    assert.ok(generic.includes(data), 'generic.includes(data)')
    assert.equal(head, readFileSync(join(dist, BAKED_HEAD), 'utf8').replace(`${BAKED_HEAD}.map`, 'sekisho.js.map'))
    // Same baked config either way: every byte of the catalog is gone, and no unused service is left.
    assert.ok(generic.length - head!.length >= data.length, `${generic.length} - ${head!.length} < ${data.length}`)
    for (const [id, entry] of Object.entries(catalogGate))
      if (!bundled.includes(`"${id}"`)) for (const host of entry.hosts) assert.ok(!bundled.includes(host), host)
    // Against the generic head with the config as written (what a returning visitor got before):
    // the catalog gzips to ~1 KB alone; sharing strings with the head and giving back the site's
    // own gating fields in the config may cost a fifth of that, no more.
    const before = gzip(
      prefix!.replace(/^window\.__sekishoConfig=.*?;window/, `window.__sekishoConfig=${scriptJson(CONFIG)};window`) +
        generic,
    )
    assert.ok(before - gzip(bundled) >= 0.8 * gzip(data), `${before} - ${gzip(bundled)} < 0.8 × ${gzip(data)}`)
  })

  it('runs in Chromium: the baked config is live, the banner asks, the tag waits for consent', async () => {
    const context = await browser.newContext()
    try {
      const gtag = await fakeGtag(context)
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      await page.goto(`${server.url}/`)
      // The integrity attribute is enforced: a wrong hash would leave window.sekisho undefined.
      assert.equal(await page.evaluate(() => (window as Page).sekisho?.config?.revision), VALID.revision)
      const accept = page.locator('sekisho-banner').getByRole('button', { name: 'すべて同意' })
      await accept.waitFor({ state: 'visible', timeout: 10_000 })
      assert.equal(await page.evaluate(() => (window as Page).tagRan), undefined)
      // Google Analytics is held by the hosts baked in for its catalog id: not even requested.
      assert.equal(gtag.requests, 0)
      await accept.click()
      await page.waitForFunction(() => (window as Page).tagRan === 1, null, { timeout: 10_000 })
      await page.waitForFunction(() => (window as Page & { gtagRan?: number }).gtagRan === 1, null, { timeout: 10_000 })
      assert.equal(gtag.requests, 1)
      // Treated as checked: the per-browser validation fingerprint was never needed.
      assert.equal(await page.evaluate(() => localStorage.getItem('sekisho:config')), null)
      // The head pinned the chunk it loaded.
      const sri = JSON.parse(readFileSync(join(out, 'sri.json'), 'utf8')) as Record<string, string>
      assert.equal(
        await page.locator('script[src$="/sekisho-banner.js"]').getAttribute('integrity'),
        sri['sekisho-banner.js'],
      )
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })

  it('shows every service with its notice items, catalog prose included, in the dialog and the notice embed', async () => {
    const context = await browser.newContext()
    try {
      await fakeGtag(context)
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`${server.url}/privacy.html`)
      await page.evaluate(() => window.sekisho.show())
      const rows = page.locator('sekisho-banner summary')
      await rows.nth(RESOLVED.services.length - 1).waitFor({ timeout: 10_000 })
      // The whole text, the collapsed details included.
      const dialog = (await page.locator('sekisho-banner dialog').textContent())!
      const embed = await page.locator('[data-sekisho-notice]').evaluate((element) => element.shadowRoot!.textContent!)
      const t = (text: Parameters<typeof localize>[0]) => localize(text, 'ja')
      assert.deepEqual(
        (await rows.allInnerTexts()).sort(),
        RESOLVED.services.map((s) => `${t(s.name)} — ${t(s.recipient)}`).sort(),
      )
      for (const s of RESOLVED.services) {
        // Catalog prose for the catalog ids (A8.net's recipient is in no baked field); the site's own
        // service with its own text.
        for (const item of [t(s.recipient), ...s.data.map(t), t(s.recipientPurpose)]) {
          assert.ok(embed.includes(item), `embed: ${s.id}: ${item}`)
          assert.ok(dialog.includes(item), `dialog: ${s.id}: ${item}`)
        }
      }
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })

  it('sekisho scan reads the baked config from the page and finds nothing leaked', async () => {
    const io = capture()
    assert.equal(await main(['scan', `${server.url}/`, '--json', '--timeout', '10000'], io), 0, io.stderr)
    const report = JSON.parse(io.stdout) as ScanReport
    assert.deepEqual([report.config.source, report.config.revision, report.leaks], ['page', VALID.revision, []])
  })

  it('refuses a banner chunk changed on the server: no banner, the tag stays held', async () => {
    const tampered = await serveStatic({ '/': join(fixtures.dir, 'public') }, (path, body) =>
      path === '/sekisho/sekisho-banner.js' ? body + '\n;window.tampered = true' : body,
    )
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      const refused = page.waitForEvent('console', { predicate: (m) => /integrity/.test(m.text()), timeout: 10_000 })
      await page.goto(`${tampered.url}/`)
      await refused
      assert.equal(await page.evaluate(() => (window as Page & { tampered?: boolean }).tampered), undefined)
      assert.equal(await page.locator('sekisho-banner').count(), 0)
      assert.equal(await page.evaluate(() => (window as Page).tagRan), undefined)
    } finally {
      await context.close()
      await tampered.close()
    }
  })

  it('refuses an invalid config with its paths and exit 1, writing nothing', async () => {
    const io = capture()
    const target = join(fixtures.dir, 'bad-out')
    assert.equal(await main(['bundle', '--config', fixtures.write('bad.json', INVALID), '--out', target], io), 1)
    assert.match(io.stderr, /^revision: /m)
    assert.match(io.stderr, /^services\[1\][.:\s]/m)
    assert.equal(io.stdout, '')
    assert.throws(() => readFileSync(join(target, 'sekisho.js')))
  })

  it('says to run the build when the script-tag files are missing', async () => {
    const io = capture()
    const args = ['--config', fixtures.write('ok.json', VALID), '--out', join(fixtures.dir, 'x')]
    assert.equal(await runBundle(args, io, { dist: join(fixtures.dir, 'no-dist') }), 1)
    assert.match(io.stderr, /run npm run build/)
  })

  it('exits 2 on usage errors', async () => {
    const io = capture()
    assert.equal(await main(['bundle', '--out', 'x'], io), 2)
    assert.match(io.stderr, /--config is required/)
    assert.equal(await main(['bundle', '--config', 'a.json', '--bogus'], io), 2)
    const dist = join(fixtures.dir, 'public', 'sekisho')
    assert.equal(await runBundle(['--config', fixtures.write('ok.json', VALID), '--out', dist + '/'], io, { dist }), 2)
    assert.match(io.stderr, /--out must not be the build folder/)
  })
})
