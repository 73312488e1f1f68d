// Orejime and c15t, installed from npm and set up as the bench sets them up (bench/managers.mjs):
// the audit recognises each, makes every decision through it, and reads back what it recorded.
import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import { type AuditReport, toJUnit } from '../src/index.ts'
import { auditSite as auditAll, buildC15t, closeBrowser, serveFixture, withRule } from './helpers.ts'

after(closeBrowser)

const auditSite = (origin: string) => auditAll(origin, { maxPages: 1 })

const phase = (report: AuditReport, name: string) => report.pages[0]!.phases.find((p) => p.phase === name)!
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST123'
const GTAG_INLINE =
  "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)} gtag('js', new Date()); gtag('config', 'G-TEST123')"

// Each suite's budget is for a loaded machine: the audit's waits stretch with the CPU instead of
// ending before a released tag's request, so a starved run is slow, not wrong.
describe('peer consent managers', { timeout: 300_000 }, () => {
  test('Orejime (npm): found by its API, its banner buttons accept and decline, its record read back; clean', async () => {
    const site = await serveFixture('orejime')
    try {
      const report = await auditSite(site.origin)
      assert.equal(report.pages[0]!.cmp, 'orejime')
      assert.deepEqual(
        report.findings.filter((f) => f.severity !== 'info').map((f) => f.key),
        [],
      )
      // The first layer's reject button was found in Orejime's banner.
      assert.equal(phase(report, 'first').inspection.reject, 'Decline')
      assert.deepEqual(phase(report, 'accept').consent, { analytics: true })
      assert.ok(phase(report, 'accept').cookies.some((c) => c.name === '_ga'))
      assert.deepEqual(phase(report, 'reject').consent, { analytics: false })
      assert.ok(!phase(report, 'reject').requests.some((r) => r.url.startsWith(GTAG)))
      assert.deepEqual(phase(report, 'withdraw').consent, { analytics: false })
      assert.ok(!phase(report, 'withdraw').cookies.some((c) => c.name === '_ga'))
    } finally {
      await site.close()
    }
  })

  test('c15t (npm, headless with a plain-DOM banner): driven through its store; its record read back', async () => {
    const bundle = await buildC15t([
      { id: 'gtag', src: GTAG, category: 'measurement' },
      { id: 'gtag-config', textContent: GTAG_INLINE, category: 'measurement' },
    ])
    const site = await serveFixture('c15t', { '/cm/c15t/': bundle })
    try {
      const report = await auditSite(site.origin)
      assert.equal(report.pages[0]!.cmp, 'c15t')
      assert.deepEqual(withRule(report, 'cmp-not-driven'), [])
      assert.deepEqual(withRule(report, 'consent-before-storage'), [])
      assert.deepEqual(withRule(report, 'reject-not-honoured'), [])
      assert.deepEqual(withRule(report, 'reject-not-on-first-layer'), [])
      assert.deepEqual(phase(report, 'accept').consent, { measurement: true, marketing: true })
      assert.ok(phase(report, 'accept').requests.some((r) => r.url.startsWith(GTAG)))
      assert.deepEqual(phase(report, 'reject').consent, { measurement: false, marketing: false })
      // c15t's script loader stops the tag on revocation (it reloads the page) but deletes no cookie.
      const [withdrawn, ...more] = withRule(report, 'withdraw-not-honoured')
      assert.equal(more.length, 0)
      assert.deepEqual(withdrawn!.evidence, ['cookie _ga (127.0.0.1)', 'cookie _ga_TEST123 (127.0.0.1)'])
    } finally {
      await site.close()
    }
  })
})

// The repository's tracker zoo (its tags in test-sites/zoo-tags, answered by e2e/zoo/stand-ins)
// behind each consent manager set up as its docs say, with one or two tags pasted unheld: the audit
// must name exactly those, in the phases where they leak, and leave the held ones alone.
describe('the tracker zoo behind peer consent managers', { timeout: 300_000 }, () => {
  const keys = (report: AuditReport, severities = ['error', 'warning']) =>
    report.findings
      .filter((f) => severities.includes(f.severity))
      .map((f) => f.key)
      .sort()
  const evidence = (report: AuditReport, key: string) => report.findings.find((f) => f.key === key)!.evidence

  test('vanilla-cookieconsent: the unheld LINE Tag and ValueCommerce pixel leak in every phase; the held tags only where their category is granted', async () => {
    const site = await serveFixture('zoo-cookieconsent')
    try {
      const report = await auditAll(site.origin, {
        maxPages: 1,
        phases: ['first', 'reject', 'accept', 'withdraw', 'custom', 'revision', 'gpc'],
      })
      assert.equal(report.pages[0]!.cmp, 'vanilla-cookieconsent')
      assert.deepEqual(keys(report), [
        'consent-before-storage|/|first|line-tag',
        'consent-before-storage|/|first|valuecommerce',
        // Each category alone (acceptCategory([category])): the unheld tags run under the others' too.
        'custom-not-honoured|/|custom|advertising/valuecommerce',
        'custom-not-honoured|/|custom|affiliate/line-tag',
        'custom-not-honoured|/|custom|analytics/line-tag',
        'custom-not-honoured|/|custom|analytics/valuecommerce',
        // Under GPC, "accept all" still runs the advertising tags (cookieconsent has no GPC support).
        'gpc-not-honoured|/|gpc|line-tag',
        'gpc-not-honoured|/|gpc|meta-pixel',
        'reject-not-honoured|/|reject|line-tag',
        'reject-not-honoured|/|reject|valuecommerce',
        // The site sets `revision`: its stored decision made older, the banner asks again, the held tags wait.
        'revision-not-asked|/|revision|line-tag',
        'revision-not-asked|/|revision|valuecommerce',
        // Analytics has no autoClear: withdrawal stops GA but leaves its cookies.
        'withdraw-not-honoured|/|withdraw|google-analytics',
        'withdraw-not-honoured|/|withdraw|line-tag',
        'withdraw-not-honoured|/|withdraw|valuecommerce',
      ])
      assert.ok(
        evidence(report, 'withdraw-not-honoured|/|withdraw|google-analytics').some((e) => e.startsWith('cookie _ga ')),
      )
      assert.equal(phase(report, 'revision').askedAgain, true)
      // Its settings dialog (CookieConsent.showPreferences()) is pictured beside the banner.
      assert.ok(phase(report, 'first').dialogScreenshot?.startsWith('data:image/jpeg;base64,'))
      const analyticsOnly = report.pages[0]!.phases.find((p) => p.phase === 'custom' && p.purpose === 'analytics')!
      assert.deepEqual(analyticsOnly.consent, { analytics: true, advertising: false, affiliate: false })
      assert.ok(analyticsOnly.cookies.some((c) => c.name === '_ga'))
      assert.ok(!analyticsOnly.requests.some((r) => r.url.startsWith('https://connect.facebook.net/')))
      // After "reject all" autoClear deleted __lt__cid; the reload's unheld loader set it again.
      const rejected = evidence(report, 'reject-not-honoured|/|reject|line-tag')
      assert.ok(rejected.includes('http://d.line-cdn.net/n/line_tag/public/release/v1/lt.js'), rejected.join('\n'))
      assert.ok(rejected.includes('cookie __lt__cid (127.0.0.1)'), rejected.join('\n'))
      // The held tags ran only once accepted, so the audit did see them.
      const accepted = phase(report, 'accept')
      assert.ok(accepted.requests.some((r) => r.after && r.url.startsWith('https://connect.facebook.net/')))
      assert.ok(accepted.cookies.some((c) => c.name === '_ga'))
      assert.deepEqual(accepted.consent, { analytics: true, advertising: true, affiliate: true })
    } finally {
      await site.close()
    }
  })

  test('Klaro: the unheld Meta Pixel leaks in every phase; the held GA, LINE Tag and affiliate pixel do not', async () => {
    const site = await serveFixture('zoo-klaro')
    try {
      const report = await auditAll(site.origin, {
        maxPages: 1,
        phases: ['first', 'reject', 'accept', 'withdraw', 'revision'],
      })
      assert.equal(report.pages[0]!.cmp, 'klaro')
      // Klaro has no policy revision: the phase says so, with the reason, instead of guessing.
      assert.match(phase(report, 'revision').notApplicable ?? '', /^Klaro has no policy revision/)
      assert.match(toJUnit(report, 'error'), /<skipped message="not applicable: Klaro has no policy revision/)
      assert.ok(phase(report, 'first').dialogScreenshot?.startsWith('data:image/jpeg;base64,'))
      assert.deepEqual(keys(report), [
        'consent-before-storage|/|first|meta-pixel',
        'reject-not-honoured|/|reject|meta-pixel',
        'withdraw-not-honoured|/|withdraw|meta-pixel',
      ])
      for (const key of keys(report))
        assert.ok(evidence(report, key).includes('https://connect.facebook.net/en_US/fbevents.js'), key)
      const accepted = phase(report, 'accept')
      for (const host of [
        'https://www.googletagmanager.com/',
        'https://tr.line.me/',
        'https://ad.jp.ap.valuecommerce.com/',
      ])
        assert.ok(
          accepted.requests.some((r) => r.after && r.url.startsWith(host)),
          host,
        )
      // Klaro deletes the cookies each service lists: accepting set _ga, withdrawing erased it.
      assert.ok(accepted.cookies.some((c) => c.name === '_ga'))
      assert.ok(!phase(report, 'withdraw').cookies.some((c) => c.name === '_ga'))
      assert.deepEqual(phase(report, 'reject').consent, {
        'google-analytics': false,
        'line-tag': false,
        valuecommerce: false,
        'meta-pixel': false,
      })
    } finally {
      await site.close()
    }
  })
})

// Cookiebot and OneTrust are paid services whose scripts cannot be installed here: these run against
// stand-ins (test-sites/stand-ins) that follow their documented DOM and globals, not the live services.
// The stand-ins delete no cookie on withdrawal, so withdraw findings below show the audit withdrew and
// looked, not how the real services behave.
describe('Cookiebot and OneTrust (stand-ins of their documented DOM and API)', { timeout: 300_000 }, () => {
  const errors = (report: AuditReport) =>
    report.findings
      .filter((f) => f.severity === 'error')
      .map((f) => f.key)
      .sort()
  const phases = ['first', 'reject', 'accept', 'withdraw', 'custom'] as const

  test('Cookiebot: its dialog buttons and submitCustomConsent drive every phase; the unheld LINE Tag is found in each', async () => {
    const site = await serveFixture('zoo-cookiebot')
    try {
      const report = await auditAll(site.origin, { maxPages: 1, phases: [...phases] })
      assert.equal(report.pages[0]!.cmp, 'cookiebot')
      assert.equal(phase(report, 'first').inspection.accept, 'Allow all')
      assert.equal(phase(report, 'first').inspection.reject, 'Deny')
      assert.deepEqual(phase(report, 'reject').consent, { preferences: false, statistics: false, marketing: false })
      assert.deepEqual(phase(report, 'accept').consent, { preferences: true, statistics: true, marketing: true })
      assert.deepEqual(withRule(report, 'cmp-not-driven'), [])
      assert.deepEqual(errors(report), [
        'consent-before-storage|/|first|line-tag',
        // LINE Tag is advertising: allowed under marketing alone, not under preferences or statistics.
        'custom-not-honoured|/|custom|preferences/line-tag',
        'custom-not-honoured|/|custom|statistics/line-tag',
        'reject-not-honoured|/|reject|line-tag',
        'withdraw-not-honoured|/|withdraw|google-analytics',
        'withdraw-not-honoured|/|withdraw|line-tag',
        'withdraw-not-honoured|/|withdraw|meta-pixel',
      ])
      const statistics = report.pages[0]!.phases.find((p) => p.purpose === 'statistics')!
      assert.ok(statistics.requests.some((r) => r.after && r.url.startsWith('https://www.googletagmanager.com/')))
      assert.ok(!statistics.requests.some((r) => r.url.startsWith('https://connect.facebook.net/')))
    } finally {
      await site.close()
    }
  })

  test('OneTrust: its banner buttons and UpdateConsent drive every phase; the unheld Meta Pixel is found in each', async () => {
    const site = await serveFixture('zoo-onetrust')
    try {
      const report = await auditAll(site.origin, { maxPages: 1, phases: [...phases] })
      assert.equal(report.pages[0]!.cmp, 'onetrust')
      assert.equal(phase(report, 'first').inspection.reject, 'Reject All')
      assert.deepEqual(phase(report, 'reject').consent, { C0002: false, C0003: false, C0004: false })
      assert.deepEqual(phase(report, 'accept').consent, { C0002: true, C0003: true, C0004: true })
      assert.deepEqual(withRule(report, 'cmp-not-driven'), [])
      assert.deepEqual(errors(report), [
        'consent-before-storage|/|first|meta-pixel',
        // Meta Pixel is advertising: allowed under C0004 (targeting) alone, not under C0002 or C0003.
        'custom-not-honoured|/|custom|C0002/meta-pixel',
        'custom-not-honoured|/|custom|C0003/meta-pixel',
        'reject-not-honoured|/|reject|meta-pixel',
        'withdraw-not-honoured|/|withdraw|google-analytics',
        'withdraw-not-honoured|/|withdraw|line-tag',
        'withdraw-not-honoured|/|withdraw|meta-pixel',
      ])
      const targeting = report.pages[0]!.phases.find((p) => p.purpose === 'C0004')!
      assert.deepEqual(targeting.consent, { C0002: false, C0003: false, C0004: true })
      assert.ok(targeting.requests.some((r) => r.after && r.url.startsWith('https://tr.line.me/')))
    } finally {
      await site.close()
    }
  })
})
