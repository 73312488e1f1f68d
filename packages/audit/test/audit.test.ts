// The audit against small local sites, in real Chromium: each site has one known defect and the
// audit must name it with its page, phase and evidence; Sekisho's own example must come out clean.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { main } from '@sekisho/cli'
import type { BrowserContext } from 'playwright-core'
import { type AuditReport, PHASES, run, toHtml } from '../src/index.ts'
import {
  auditSite,
  CHROMIUM,
  closeBrowser,
  decodePicture,
  openReport,
  repo,
  serve,
  serveFixture,
  sites,
  standIns,
  withRule,
} from './helpers.ts'

after(closeBrowser)

describe('sekisho audit', { timeout: 300_000 }, () => {
  test('a tracker before consent is found on every crawled page, in the first visit; robots.txt is obeyed', async () => {
    const site = await serveFixture('leaky')
    try {
      const report = await auditSite(site.origin, { maxDepth: 1, phases: ['first'] })
      assert.deepEqual(
        report.pages.map((p) => p.url),
        [`${site.origin}/`, `${site.origin}/about.html`],
      )
      assert.deepEqual(report.skipped, [`${site.origin}/private.html`])
      const leaks = withRule(report, 'consent-before-storage')
      assert.deepEqual(
        leaks.map((f) => [f.page, f.phase, f.severity]),
        [
          [`${site.origin}/`, 'first', 'error'],
          [`${site.origin}/about.html`, 'first', 'error'],
        ],
      )
      assert.ok(leaks[0]!.evidence.some((e) => e.startsWith('https://www.googletagmanager.com/gtag/js?id=G-TEST123')))
      assert.ok(leaks[0]!.evidence.some((e) => e.startsWith('cookie _ga ')))
      assert.equal(report.pages[0]!.cmp, 'generic')
    } finally {
      await site.close()
    }
  })

  test("the repository's tracker zoo without a consent manager: every tag is found, on the page it runs on, in the first visit", async () => {
    const site = await serveFixture('zoo-none')
    try {
      const report = await auditSite(site.origin, { maxDepth: 1, phases: ['first'] })
      assert.deepEqual(
        withRule(report, 'consent-before-storage').map((f) => f.key),
        [
          'consent-before-storage|/|first|google-analytics',
          'consent-before-storage|/|first|meta-pixel',
          'consent-before-storage|/|first|line-tag',
          'consent-before-storage|/|first|valuecommerce',
          'consent-before-storage|/shop.html|first|google-analytics',
          'consent-before-storage|/shop.html|first|valuecommerce',
        ],
      )
      const evidence = (key: string) => report.findings.find((f) => f.key === key)!.evidence
      assert.ok(
        evidence('consent-before-storage|/|first|meta-pixel').includes(
          'https://connect.facebook.net/en_US/fbevents.js',
        ),
      )
      assert.ok(evidence('consent-before-storage|/|first|line-tag').includes('cookie __lt__cid (127.0.0.1)'))
      assert.ok(
        evidence('consent-before-storage|/shop.html|first|google-analytics').some((e) => e.startsWith('cookie _ga ')),
      )
      assert.deepEqual(
        report.pages.map((p) => p.cmp),
        ['none', 'none'],
      )
    } finally {
      await site.close()
    }
  })

  test('"reject all" that still loads Google Analytics leaves _ga: found in the reject phase only', async () => {
    const site = await serveFixture('reject-ga')
    try {
      const report = await auditSite(site.origin, { maxPages: 1, phases: ['first', 'reject'] })
      assert.deepEqual(withRule(report, 'consent-before-storage'), [])
      const [finding, ...more] = withRule(report, 'reject-not-honoured')
      assert.equal(more.length, 0)
      assert.equal(finding!.phase, 'reject')
      assert.equal(finding!.page, `${site.origin}/`)
      assert.ok(
        finding!.evidence.some((e) => e.startsWith('cookie _ga ')),
        finding!.evidence.join('\n'),
      )
      // Its evidence: the page as the reject phase left it, a PNG of the viewport (banner gone after
      // the choice), not the first visit's picture (banner shown). The clean first visit has none.
      assert.equal(finding!.screenshot, 'page-1-reject.png')
      assert.deepEqual(Object.keys(report.screenshots), ['page-1-reject.png'])
      const png = report.screenshots['page-1-reject.png']!
      assert.ok(
        Buffer.from(png.slice(png.indexOf(',') + 1), 'base64')
          .subarray(0, 8)
          .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
      )
      const banner = report.pages[0]!.phases.find((p) => p.phase === 'first')!.screenshot!
      const [rejected, shown] = [await decodePicture(png), await decodePicture(banner)]
      assert.deepEqual([rejected.width, rejected.height, rejected.darkAtBottom], [1000, 700, 0])
      assert.ok(shown.darkAtBottom > 100, `first visit: ${shown.darkAtBottom} dark pixels under the banner`)
      // The HTML report shows it beside the finding and opens without console errors.
      const file = join(mkdtempSync(join(tmpdir(), 'sekisho-audit-')), 'audit.html')
      writeFileSync(file, toHtml(report))
      assert.match(
        readFileSync(file, 'utf8'),
        /<\/td><td><img class="evidence" alt="page-1-reject\.png: reject of [^"]+" src="data:image\/png;base64,/,
      )
      assert.deepEqual(await openReport(file), {
        problems: [],
        images: [`first visit of ${site.origin}/`, `page-1-reject.png: reject of ${site.origin}/`],
      })
    } finally {
      await site.close()
    }
  })

  test("a third-party frame's localStorage and IndexedDB, written before consent and after reject, are found by the frame's origin", async () => {
    const site = await serveFixture('frame-storage')
    const widget = site.origin.replace('127.0.0.1', 'localhost')
    try {
      const report = await auditSite(site.origin, {
        maxPages: 1,
        phases: ['first', 'reject'],
        prepareContext: standIns([site.origin, widget]),
      })
      const stored = (rule: string) => withRule(report, rule).map((f) => [f.key, f.evidence])
      const evidence = [`localStorage widget_uid (${widget})`, `indexedDB widget-db (${widget})`]
      assert.deepEqual(stored('consent-before-storage'), [
        [`consent-before-storage|/|first|${new URL(widget).host}`, evidence],
      ])
      assert.deepEqual(stored('reject-not-honoured'), [
        [`reject-not-honoured|/|reject|${new URL(widget).host}`, evidence],
      ])
      assert.match(
        withRule(report, 'consent-before-storage')[0]!.reason,
        new RegExp(`a frame from ${widget}, which no service declares`),
      )
      // The page's own IndexedDB database is read too (with its origin), and judged by no rule.
      const first = report.pages[0]!.phases.find((p) => p.phase === 'first')!
      assert.ok(
        first.storage.some((k) => k.area === 'indexedDB' && k.name === 'site-cache' && k.origin === site.origin),
      )
      // The HTML report's per-phase table names the frame's keys with its origin.
      assert.ok(toHtml(report).includes(`site-cache, widget_uid (${widget}), widget-db (${widget})`))
    } finally {
      await site.close()
    }
  })

  test("Consent Mode's default pushed after gtag.js ran is out of order", async () => {
    const site = await serveFixture('cm-late')
    try {
      const report = await auditSite(site.origin, { maxPages: 1, phases: ['first'] })
      const [finding] = withRule(report, 'consent-mode-order')
      assert.equal(finding?.phase, 'first')
      assert.match(finding!.reason, /after a Google tag had already run/)
      assert.match(finding!.evidence[0]!, /"consent","default"/)
    } finally {
      await site.close()
    }
  })

  test('a banner that does not come back for a decision of an older policy revision is found in the revision phase', async () => {
    const site = await serveFixture('revision-ignored')
    try {
      const report = await auditSite(site.origin, { maxPages: 1, phases: ['first', 'revision'] })
      const revision = report.pages[0]!.phases.find((p) => p.phase === 'revision')!
      assert.equal(revision.askedAgain, false)
      const [finding, ...more] = withRule(report, 'revision-not-asked')
      assert.equal(more.length, 0)
      assert.deepEqual([finding!.key, finding!.severity], ['revision-not-asked|/|revision|banner', 'error'])
      assert.match(finding!.reason, /did not ask again/)
      // The held tag stays held: cookieconsent itself treats the old decision as void.
      assert.ok(!revision.requests.some((r) => r.after && r.url.startsWith('https://www.googletagmanager.com/')))
    } finally {
      await site.close()
    }
  })

  test('a pre-ticked purpose box in the banner is found; a ticked, disabled required box is not', async () => {
    const site = await serveFixture('preticked')
    try {
      const report = await auditSite(site.origin, { maxPages: 1, phases: ['first'] })
      const found = withRule(report, 'pre-ticked-box')
      assert.deepEqual(
        found.map((f) => [f.phase, f.evidence]),
        [['first', ['アクセス解析']]],
      )
      assert.deepEqual(withRule(report, 'reject-not-on-first-layer'), [])
    } finally {
      await site.close()
    }
  })

  test('a service that runs after "accept all" but is missing from the linked notice is found, the notice read as rendered', async () => {
    const site = await serveFixture('notice-gap')
    try {
      const report = await auditSite(site.origin, { maxPages: 1, phases: ['first', 'accept'] })
      const missing = withRule(report, 'notice-entry-missing')
      assert.deepEqual(
        missing.map((f) => [f.key, f.severity]),
        [['notice-entry-missing|/|accept|meta-pixel', 'error']],
      )
      assert.match(missing[0]!.reason, /Meta ピクセル.*notice at .*\/notice\.html does not name it.*27-12/)
      assert.ok(missing[0]!.evidence.includes('https://connect.facebook.net/en_US/fbevents.js'))
      assert.match(missing[0]!.fix, /sekisho notice/)
      // The notice page was read in the accept context, but its load is not counted as the page's traffic.
      const accept = report.pages[0]!.phases.find((p) => p.phase === 'accept')!
      assert.deepEqual(accept.notice, { url: `${site.origin}/notice.html` })
      assert.ok(!accept.requests.some((r) => r.url.endsWith('/notice.html')))
    } finally {
      await site.close()
    }
  })

  const sekishoExample = () =>
    serve({
      '/sekisho/': join(repo, 'packages/sekisho/dist'),
      '/': join(repo, 'examples/script-tag'),
    })
  const phase = (report: AuditReport, name: string, purpose?: string) =>
    report.pages[0]!.phases.find((p) => p.phase === name && p.purpose === purpose)!

  test("the repository's Sekisho example site has no finding in any phase, and every phase is driven", async () => {
    const site = await sekishoExample()
    try {
      const report = await auditSite(site.origin, { maxPages: 1, phases: [...PHASES] })
      assert.equal(report.pages[0]!.cmp, 'sekisho')
      assert.deepEqual(report.findings, [])
      // Accepting all did release the trackers, so the audit saw them (and so would see leaks).
      const accept = phase(report, 'accept')
      assert.ok(accept.requests.some((r) => r.url.startsWith('https://www.googletagmanager.com/gtag/js')))
      assert.ok(accept.cookies.some((c) => c.name === '_ga'))
      // Web Storage is read too: Sekisho's own first-party keys (its receipt queue) are there.
      assert.ok(accept.storage.some((k) => k.area === 'localStorage' && k.name.startsWith('sekisho:')))
      // The notice its link leads to (Sekisho's embed, rendered in a shadow root) names every service seen.
      assert.deepEqual(accept.notice, { url: `${site.origin}/privacy.html#external-transmission` })
      // Withdrawal: reloaded, then the next page of the site (the privacy page), and no _ga left.
      const withdraw = phase(report, 'withdraw')
      assert.equal(withdraw.next, `${site.origin}/privacy.html`)
      assert.ok(withdraw.requests.some((r) => r.after && r.url === `${site.origin}/privacy.html`))
      assert.ok(!withdraw.cookies.some((c) => c.name === '_ga'))
      // Each purpose alone, through sekisho.setConsent, read back; analytics alone released GA only.
      assert.deepEqual(
        report.pages[0]!.phases.filter((p) => p.phase === 'custom').map((p) => p.purpose),
        ['functional', 'analytics', 'advertising', 'affiliate'],
      )
      assert.deepEqual(phase(report, 'custom', 'analytics').consent, {
        functional: false,
        analytics: true,
        advertising: false,
        affiliate: false,
      })
      const analyticsOnly = phase(report, 'custom', 'analytics').requests.filter((r) => r.after)
      assert.ok(analyticsOnly.some((r) => r.url.startsWith('https://www.googletagmanager.com/gtag/js')))
      assert.ok(!analyticsOnly.some((r) => r.url.startsWith('https://connect.facebook.net/')))
      // A decision stored under an older revision brings the banner back and releases nothing.
      const revision = phase(report, 'revision')
      assert.equal(revision.askedAgain, true)
      assert.ok(!revision.requests.some((r) => r.after && r.url.startsWith('https://connect.facebook.net/')))
      // A Japanese site (its config: "jurisdiction": "JP", "gpc": "auto"): GPC binds nobody there, so the
      // GPC visit is shown with the reason and not judged (the GPC test below judges it as in California).
      assert.match(
        phase(report, 'gpc').notApplicable ?? '',
        /not a binding opt-out under JP, the jurisdiction the site's config declares/,
      )
      // The HTML report shows the banner and, opened through sekisho.showSettings(), the settings
      // dialog (a picture of its own, not the banner's again), and opens without console errors.
      const first = phase(report, 'first')
      assert.ok(first.dialogScreenshot?.startsWith('data:image/jpeg;base64,'))
      assert.notEqual(first.dialogScreenshot, first.screenshot)
      const file = join(mkdtempSync(join(tmpdir(), 'sekisho-audit-')), 'audit.html')
      writeFileSync(file, toHtml(report))
      assert.deepEqual(await openReport(file), {
        problems: [],
        images: [`first visit of ${site.origin}/`, `settings dialog of ${site.origin}/`],
      })
    } finally {
      await site.close()
    }
  })

  test('Global Privacy Control: sale/share purposes stay off where Sekisho applies it ("gpc": "always"), and run where it does not (JP, "auto"), judged as in California', async () => {
    const site = await sekishoExample()
    // The same example, its config told to honour GPC everywhere; the page loads' Sec-GPC headers kept.
    const gpcHeaders: Array<string | undefined> = []
    const honour = async (context: BrowserContext) => {
      await standIns([site.origin])(context)
      await context.route(`${site.origin}/`, async (route) => {
        gpcHeaders.push(route.request().headers()['sec-gpc'])
        const response = await route.fetch()
        const html = (await response.text()).replace('"jurisdiction": "JP",', '"jurisdiction": "JP", "gpc": "always",')
        await route.fulfill({ response, body: html })
      })
    }
    try {
      const [always, auto] = await Promise.all([
        auditSite(site.origin, { maxPages: 1, phases: ['first', 'gpc'], prepareContext: honour }),
        // As for a visitor in California: the example's JP config does not apply GPC there.
        auditSite(site.origin, { maxPages: 1, phases: ['first', 'gpc'], jurisdiction: 'US-CA' }),
      ])
      // (Info only: with GPC honoured the declared ad services are never seen.)
      assert.deepEqual(
        always.findings.filter((f) => f.severity !== 'info'),
        [],
      )
      // first: no signal; gpc: the header, and navigator.globalPrivacyControl that Sekisho read.
      assert.deepEqual(gpcHeaders.sort(), ['1', undefined])
      assert.deepEqual(phase(always, 'gpc').consent, {
        functional: true,
        analytics: true,
        advertising: false,
        affiliate: false,
      })
      assert.deepEqual(
        auto.findings.map((f) => [f.key, f.severity]),
        [
          ['gpc-not-honoured|/|gpc|meta-pixel', 'warning'],
          ['gpc-not-honoured|/|gpc|a8net', 'warning'],
        ],
      )
      assert.ok(
        auto.findings[0]!.evidence.includes('https://connect.facebook.net/en_US/fbevents.js'),
        auto.findings[0]!.evidence.join('\n'),
      )
    } finally {
      await site.close()
    }
  })

  describe('the command line', () => {
    let site: Awaited<ReturnType<typeof serveFixture>>
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-audit-'))
    const io = () => {
      const out: string[] = []
      return { out, io: { out: (t: string) => void out.push(t), err: () => {} } }
    }
    before(async () => {
      site = await serveFixture('leaky')
    })
    after(() => site.close())

    test('writes JSON, JUnit and HTML, exits 1 on an error, and 0 once the baseline accepts it', async () => {
      const args = [
        `${site.origin}/`,
        ...['--max-pages', '1', '--delay', '0', '--timeout', '15000', '--browser', CHROMIUM, '--phases', 'reject'],
      ]
      const first = io()
      const json = join(dir, 'audit.json')
      const code = await run(
        [...args, '--json', json, '--junit', join(dir, 'audit.xml'), '--html', join(dir, 'audit.html')],
        first.io,
      )
      assert.equal(code, 1, first.out.join(''))
      const report = JSON.parse(readFileSync(json, 'utf8'))
      assert.equal(report.format, 'sekisho-audit/1')
      assert.match(readFileSync(join(dir, 'audit.xml'), 'utf8'), /<failure type="consent-before-storage"/)
      const html = readFileSync(join(dir, 'audit.html'), 'utf8')
      assert.match(html, /<img alt="first visit of [^"]+" src="data:image\/jpeg;base64,/)
      assert.match(html, /<td>reject<\/td>/)
      // The report opens in Chromium without console errors; a home-made banner has no dialog to open.
      // Beside the findings, each phase's picture: the first visit's banner, the page after rejecting.
      const opened = await openReport(join(dir, 'audit.html'))
      assert.deepEqual(opened, {
        problems: [],
        images: [
          `first visit of ${site.origin}/`,
          `page-1-first.jpg: first of ${site.origin}/`,
          `page-1-reject.png: reject of ${site.origin}/`,
        ],
      })
      assert.match(readFileSync(join(dir, 'audit.xml'), 'utf8'), /<testcase [^>]*name="reject"/)
      // The JSON and JUnit reports name the pictures' files, written beside them.
      const pictures = Object.fromEntries(
        report.findings.map((f: { phase: string; screenshot: string }) => [f.phase, f.screenshot]),
      )
      assert.deepEqual(pictures, {
        first: 'sekisho-audit-evidence/page-1-first.jpg',
        reject: 'sekisho-audit-evidence/page-1-reject.png',
      })
      assert.equal(report.screenshots, undefined)
      assert.equal(readFileSync(join(dir, pictures.reject)).subarray(1, 4).toString(), 'PNG')
      assert.match(
        readFileSync(join(dir, 'audit.xml'), 'utf8'),
        /<failure type="reject-not-honoured"[^>]*>[^<]*screenshot: sekisho-audit-evidence\/page-1-reject\.png/,
      )

      // The baseline runs need only the first visit, where the accepted findings are. They go
      // through the CLI's entry (`sekisho audit`, the module it loads when the command runs).
      const firstOnly = [...args.slice(0, -1), 'first', '--baseline', json]
      // The baseline accepts the errors; one warning is left out of it, so it counts as new: it fails
      // (exit code, JUnit <failure>) only when --fail-on reaches down to it. (The first run shows a
      // new error failing under the default --fail-on.)
      const warning = report.findings.find((f: { severity: string }) => f.severity === 'warning').key
      writeFileSync(
        json,
        JSON.stringify({ ...report, findings: report.findings.filter((f: { key: string }) => f.key !== warning) }),
      )
      const junit = join(dir, 'new.xml')
      // --evidence puts the pictures elsewhere; the JUnit report names them from where it is.
      const evidence = join(dir, 'pictures', 'run-2')
      for (const [failOn, code] of [
        ['error', 0],
        ['warning', 1],
      ] as const) {
        const out = io()
        const options = ['--fail-on', failOn, '--junit', junit, '--evidence', evidence]
        assert.equal(await main(['audit', ...firstOnly, ...options], out.io), code, failOn)
        assert.match(out.out.join(''), /\(baseline\) error consent-before-storage/)
        assert.match(out.out.join(''), new RegExp(`, ${code} at or above ${failOn}\\b`))
        assert.equal(readFileSync(junit, 'utf8').includes(`<failure type="${warning.split('|')[0]}"`), code === 1)
      }
      assert.match(readFileSync(junit, 'utf8'), /screenshot: pictures\/run-2\/page-1-first\.jpg/)
      assert.ok(readFileSync(join(evidence, 'page-1-first.jpg')).length > 1000)
    })

    test("--timeout is each page wait's alone: a browser slower to start than it still audits the page", async () => {
      // A busy machine's browser, as the test can make one: Chromium started 1.5 s late.
      const slow = join(dir, 'slow-chromium')
      writeFileSync(slow, `#!/bin/sh\nsleep 1.5\nexec '${CHROMIUM}' "$@"\n`, { mode: 0o755 })
      const json = join(dir, 'slow.json')
      const args = ['--max-pages', '1', '--delay', '0', '--timeout', '1000', '--browser', slow, '--phases', 'first']
      // A port that was just free: the page fails at once, its error is the page's own.
      const closed = await serve({})
      await closed.close()
      await run([`${closed.origin}/`, ...args, '--json', json], io().io)
      const [page] = JSON.parse(readFileSync(json, 'utf8')).pages
      assert.match(page.error, /ERR_CONNECTION_REFUSED/)
    })

    test('--sitemap and --urls give the pages to audit; their links are not followed', async () => {
      const common = ['--delay', '0', '--timeout', '15000', '--browser', CHROMIUM, '--phases', 'first']
      // The served sitemap names its host as PORT: the test writes one with the real origin.
      const sitemap = readFileSync(join(sites, 'leaky/sitemap.xml'), 'utf8').replace(
        'http://127.0.0.1:PORT',
        site.origin,
      )
      const list = join(dir, 'urls.txt')
      writeFileSync(list, `# pages\n${site.origin}/about.html\n`)
      const fromSitemap = await serve({ '/sitemap.xml': join(dir, 'sitemap.xml') })
      writeFileSync(join(dir, 'sitemap.xml'), sitemap)
      try {
        for (const source of [
          ['--sitemap', `${fromSitemap.origin}/sitemap.xml`],
          ['--urls', list],
        ]) {
          const json = join(dir, 'list.json')
          await run([`${site.origin}/`, ...source, ...common, '--json', json], io().io)
          const pages = JSON.parse(readFileSync(json, 'utf8')).pages.map((p: { url: string }) => p.url)
          assert.deepEqual(pages, [`${site.origin}/about.html`], source[0])
        }
      } finally {
        await fromSitemap.close()
      }
    })

    test('bad options are named', async () => {
      const bad = { err: '', out: () => {} }
      const io = { out: () => {}, err: (t: string) => void (bad.err += t) }
      assert.equal(await run([`${site.origin}/`, '--fail-on', 'fatal'], io), 2)
      assert.match(bad.err, /--fail-on must be one of info, warning, error, not "fatal"/)
      assert.equal(await run([`${site.origin}/`, '--concurrency', '5'], io), 2)
      assert.match(bad.err, /--concurrency must be an integer from 1 to 2/)
      assert.equal(await run([`${site.origin}/`, '--phases', 'first,rejekt'], io), 2)
      assert.match(
        bad.err,
        /--phases takes "all" or a list of first, reject, accept, withdraw, custom, revision, gpc, not "rejekt"/,
      )
      assert.equal(await run([`${site.origin}/`, '--jurisdiction', 'California'], io), 2)
      assert.match(bad.err, /--jurisdiction must be JP, EU, UK, CH, KR, BR, CA, US or US-<state>, not "California"/)
    })
  })
})
