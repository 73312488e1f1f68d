// Orejime and c15t, installed from npm and set up as the bench sets them up (bench/managers.mjs):
// the audit recognises each, makes every decision through it, and reads back what it recorded.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { AuditReport } from '../src/index.ts'
import { auditSite as auditAll, buildC15t, serveFixture, withRule } from './helpers.ts'

const auditSite = (origin: string) => auditAll(origin, { maxPages: 1 })

const phase = (report: AuditReport, name: string) => report.pages[0]!.phases.find((p) => p.phase === name)!
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST123'
const GTAG_INLINE =
  "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)} gtag('js', new Date()); gtag('config', 'G-TEST123')"

describe('peer consent managers', { timeout: 120_000 }, () => {
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
describe('the tracker zoo behind peer consent managers', { timeout: 120_000 }, () => {
  const keys = (report: AuditReport) =>
    report.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => f.key)
      .sort()
  const evidence = (report: AuditReport, key: string) => report.findings.find((f) => f.key === key)!.evidence

  test('vanilla-cookieconsent: the unheld LINE Tag and ValueCommerce pixel leak before consent and after reject; the held tags do not', async () => {
    const site = await serveFixture('zoo-cookieconsent')
    try {
      const report = await auditSite(site.origin)
      assert.equal(report.pages[0]!.cmp, 'vanilla-cookieconsent')
      assert.deepEqual(keys(report), [
        'consent-before-storage|/|first|line-tag',
        'consent-before-storage|/|first|valuecommerce',
        'reject-not-honoured|/|reject|line-tag',
        'reject-not-honoured|/|reject|valuecommerce',
        'withdraw-not-honoured|/|withdraw|line-tag',
        'withdraw-not-honoured|/|withdraw|valuecommerce',
      ])
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
      const report = await auditSite(site.origin)
      assert.equal(report.pages[0]!.cmp, 'klaro')
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
