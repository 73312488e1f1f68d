// The audit against small local sites, in real Chromium: each site has one known defect and the
// audit must name it with its page, phase and evidence; Sekisho's own example must come out clean.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { CHROMIUM_ARGS, run } from '../src/index.ts'
import { auditSite, CHROMIUM, repo, serve, serveFixture, sites, withRule } from './helpers.ts'

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

  test("the repository's Sekisho example site has no finding of severity error, and every phase is driven", async () => {
    const site = await serve({
      '/sekisho/': join(repo, 'packages/sekisho/dist'),
      '/': join(repo, 'examples/script-tag'),
    })
    try {
      const report = await auditSite(site.origin, { maxPages: 2, maxDepth: 1 })
      assert.equal(report.pages.length, 2)
      assert.deepEqual(
        report.pages.map((p) => p.cmp),
        ['sekisho', 'sekisho'],
      )
      const errors = report.findings.filter((f) => f.severity === 'error')
      assert.deepEqual(errors, [])
      assert.deepEqual(withRule(report, 'cmp-not-driven'), [])
      // Accepting all did release the trackers, so the audit saw them (and so would see leaks).
      const accept = report.pages[0]!.phases.find((p) => p.phase === 'accept')!
      assert.ok(accept.requests.some((r) => r.url.startsWith('https://www.googletagmanager.com/gtag/js')))
      assert.ok(accept.cookies.some((c) => c.name === '_ga'))
      const withdraw = report.pages[0]!.phases.find((p) => p.phase === 'withdraw')!
      assert.ok(!withdraw.cookies.some((c) => c.name === '_ga'))
    } finally {
      await site.close()
    }
  })

  test('vanilla-cookieconsent (npm) is driven by its API: held before a decision and after reject; withdrawal without autoClear leaves _ga', async () => {
    const site = await serveFixture('cookieconsent')
    try {
      const report = await auditSite(site.origin, { maxPages: 1 })
      assert.equal(report.pages[0]!.cmp, 'vanilla-cookieconsent')
      assert.deepEqual(withRule(report, 'cmp-not-driven'), [])
      assert.deepEqual(withRule(report, 'consent-before-storage'), [])
      assert.deepEqual(withRule(report, 'reject-not-honoured'), [])
      assert.deepEqual(withRule(report, 'reject-not-on-first-layer'), [])
      const accept = report.pages[0]!.phases.find((p) => p.phase === 'accept')!
      assert.ok(accept.cookies.some((c) => c.name === '_ga'))
      const [withdrawn] = withRule(report, 'withdraw-not-honoured')
      assert.equal(withdrawn?.phase, 'withdraw')
      assert.ok(
        withdrawn!.evidence.some((e) => e.startsWith('cookie _ga ')),
        withdrawn!.evidence.join('\n'),
      )
    } finally {
      await site.close()
    }
  })

  test('Klaro (npm) is driven by its API; it deletes the cookies it lists, so withdrawal is clean', async () => {
    const site = await serveFixture('klaro')
    try {
      const report = await auditSite(site.origin, { maxPages: 1 })
      assert.equal(report.pages[0]!.cmp, 'klaro')
      assert.deepEqual(
        report.findings.filter((f) => f.severity !== 'info').map((f) => f.key),
        [],
      )
      const accept = report.pages[0]!.phases.find((p) => p.phase === 'accept')!
      assert.ok(accept.cookies.some((c) => c.name === '_ga'))
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
      const args = [`${site.origin}/`, '--max-pages', '1', '--delay', '0', '--timeout', '8000', '--browser', CHROMIUM]
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
      // The report opens in Chromium without console errors.
      const { chromium } = await import('playwright-core')
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
      try {
        const page = await browser.newPage()
        const problems: string[] = []
        page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())))
        page.on('pageerror', (e) => void problems.push(e.message))
        await page.goto(`file://${join(dir, 'audit.html')}`)
        assert.equal(await page.locator('img[src^="data:image/jpeg"]').count(), 1)
        assert.deepEqual(problems, [])
      } finally {
        await browser.close()
      }

      const again = io()
      assert.equal(await run([...args, '--baseline', json], again.io), 0, again.out.join(''))
      assert.match(again.out.join(''), /\(baseline\) error consent-before-storage/)

      // A new finding is not covered: drop one from the baseline and the run fails again.
      const dropped = report.findings.find((f: { severity: string }) => f.severity === 'error').key
      report.findings = report.findings.filter((f: { key: string }) => f.key !== dropped)
      writeFileSync(json, JSON.stringify(report))
      assert.equal(await run([...args, '--baseline', json], io().io), 1)
    })

    test('--sitemap and --urls give the pages to audit; their links are not followed', async () => {
      const common = ['--delay', '0', '--timeout', '8000', '--browser', CHROMIUM]
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
    })
  })
})
