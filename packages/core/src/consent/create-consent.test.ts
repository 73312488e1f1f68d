import { expect } from 'chai'
import { createConsent, decodeDecision, encodeDecision, validateConfig } from '../index.ts'
import type { Decision, ResolvedConfig, SekishoConfig } from '../index.ts'
import { baseConfig, catalog } from '../../test/fixtures.ts'

const DAY = 864e5
const T0 = Date.UTC(2026, 10, 1)

function resolve(extra: Partial<SekishoConfig> = {}): ResolvedConfig {
  const result = validateConfig({ ...baseConfig(), ...extra }, catalog)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.config
}

/** A cookie jar like document.cookie: reads give `name=value` pairs, writes carry attributes. */
function jar(initial = '') {
  const writes: string[] = []
  let header = initial
  return {
    writes,
    read: () => header,
    write(cookie: string) {
      writes.push(cookie)
      header = cookie.split(';')[0]!
    },
  }
}

function page(config = resolve(), options: { cookie?: string; now?: number; gpc?: boolean; secure?: boolean } = {}) {
  const cookies = jar(options.cookie)
  const clock = { now: options.now ?? T0 }
  let ids = 0
  const consent = createConsent(config, {
    cookies,
    now: () => clock.now,
    gpc: options.gpc ?? false,
    randomId: () => `subject-${++ids}`,
    secure: options.secure ?? false,
  })
  return { consent, cookies, clock }
}

const stored = (d: Partial<Decision>) =>
  'other=1; sekisho=' +
  encodeDecision({
    revision: '2026-11-01',
    time: T0,
    purposes: { necessary: true, analytics: true, advertising: true, affiliate: true },
    services: {},
    subject: 'stored-subject',
    method: 'accept-all',
    ...d,
  })

describe('createConsent', () => {
  it('starts with no decision, nothing granted but required purposes, and asks', () => {
    const { consent, cookies } = page()
    expect(consent.getConsent()).to.equal(undefined)
    expect(consent.$decision.get()).to.equal(undefined)
    expect(consent.needsDecision()).to.equal('none')
    expect(consent.isGranted('analytics')).to.equal(false)
    expect(consent.isGranted('stats')).to.equal(false)
    expect(consent.isGranted('necessary')).to.equal(true)
    expect(consent.isGranted({ ...catalog.stats!, id: 'login', purposes: ['necessary'] })).to.equal(true)
    expect(cookies.writes).to.deep.equal([])
  })

  it('accepts all, writes the cookie with its attributes and reads it back on the next page', () => {
    const { consent, cookies } = page(resolve({ cookie: { domain: '.example.jp' }, consentMaxAgeDays: 30 }), {
      secure: true,
    })
    const d = consent.acceptAll()
    expect(d).to.deep.equal({
      revision: '2026-11-01',
      time: T0,
      purposes: { necessary: true, analytics: true, advertising: true, affiliate: true },
      services: {},
      subject: 'subject-1',
      receipt: d.receipt,
      method: 'accept-all',
    })
    expect(cookies.writes).to.deep.equal([
      `sekisho=${encodeDecision(d)}; Path=/; SameSite=Lax; Max-Age=2592000; Domain=.example.jp; Secure`,
    ])
    expect(consent.needsDecision()).to.equal(undefined)
    expect(consent.isGranted('stats')).to.equal(true)
    const next = page(resolve(), { cookie: cookies.read() })
    expect(next.consent.getConsent()).to.deep.equal(d)
    expect(next.consent.needsDecision()).to.equal(undefined)
  })

  it('omits Secure on http and uses the configured cookie name', () => {
    const { consent, cookies } = page(resolve({ cookie: { name: 'cmp' } }))
    consent.rejectAll()
    expect(cookies.writes[0]).to.match(/^cmp=3\|.*; Path=\/; SameSite=Lax; Max-Age=15552000$/)
  })

  it('rejects all but required purposes', () => {
    const { consent } = page()
    const d = consent.rejectAll()
    expect(d.purposes).to.deep.equal({ necessary: true, analytics: false, advertising: false, affiliate: false })
    expect(d.method).to.equal('reject-all')
    expect(consent.isGranted('necessary')).to.equal(true)
    expect(consent.isGranted('my-pixel')).to.equal(false)
  })

  it('sets custom choices: required stays on, unknown ids are dropped, services override', () => {
    const { consent } = page()
    const d = consent.setConsent(
      { necessary: false, analytics: true, bogus: true },
      { services: { 'my-pixel': true, nope: true } },
    )
    expect(d.purposes).to.deep.equal({ necessary: true, analytics: true, advertising: false, affiliate: false })
    expect(d.services).to.deep.equal({ 'my-pixel': true })
    expect(d.method).to.equal('custom')
    expect(consent.isGranted('my-pixel')).to.equal(true)
    expect(consent.isGranted('advertising')).to.equal(false)
    expect(consent.setConsent({}, { method: 'api' }).method).to.equal('api')
    expect(
      consent.setConsent({ analytics: 'yes' as unknown as boolean, constructor: true } as Record<string, boolean>)
        .purposes.analytics,
    ).to.equal(false)
  })

  it('withdraws everything not required, keeping the subject', () => {
    const { consent } = page()
    consent.acceptAll()
    const d = consent.withdraw()
    expect(d).to.include({ method: 'withdraw', subject: 'subject-1' })
    expect(d.purposes).to.deep.equal({ necessary: true, analytics: false, advertising: false, affiliate: false })
    expect(consent.isGranted('stats')).to.equal(false)
  })

  it('fires onChange on every decision with the previous one, and stops after unsubscribe', () => {
    const { consent } = page()
    const calls: Array<[string | undefined, string | undefined]> = []
    const off = consent.onChange((d, previous) => calls.push([d?.method, previous?.method]))
    consent.acceptAll()
    consent.acceptAll()
    consent.noteReceipt('r-1') // not a decision
    consent.rejectAll()
    off()
    consent.withdraw()
    expect(calls).to.deep.equal([
      ['accept-all', undefined],
      ['accept-all', 'accept-all'],
      ['reject-all', 'accept-all'],
    ])
  })

  it('notifies $decision subscribers', () => {
    const { consent } = page()
    const seen: Array<string | undefined> = []
    const off = consent.$decision.subscribe((d) => seen.push(d?.method))
    consent.acceptAll()
    consent.withdraw()
    off()
    expect(seen).to.deep.equal([undefined, 'accept-all', 'withdraw'])
  })

  it('shows $decision subscribers the receipt id arriving on noteReceipt (onChange is not called)', () => {
    const { consent } = page()
    const accept = consent.acceptAll()
    const seen: Array<[string | undefined, boolean | undefined]> = []
    const changes: unknown[] = []
    consent.onChange((d) => changes.push(d))
    const off = consent.$decision.subscribe((d) => seen.push([d?.receipt, d?.recorded]))
    consent.noteReceipt(accept.receipt!)
    off()
    expect(seen).to.deep.equal([
      [accept.receipt, undefined],
      [accept.receipt, true],
    ])
    expect(changes).to.deep.equal([])
    // A decision stored without an id (a version 2 cookie) gets the one noted for it.
    const v2 = `sekisho=2|${resolve().revision}|${T0}|necessary.!analytics||stored-subject||w|r-0`
    const old = page(undefined, { cookie: v2 }).consent
    const ids: Array<string | undefined> = []
    old.$decision.subscribe((d) => ids.push(d?.receipt))
    old.noteReceipt('r-1')
    expect(ids).to.deep.equal([undefined, 'r-1'])
  })

  it('chooses the receipt id with the decision and stores it at once; noteReceipt marks it recorded', () => {
    const { consent, cookies } = page()
    const stored = () => decodeDecision(cookies.read().slice('sekisho='.length))!
    consent.noteReceipt('ignored') // no decision yet
    expect(cookies.writes).to.deep.equal([])
    const accept = consent.acceptAll()
    expect(accept.receipt).to.match(/^[0-9a-z]{37}$/)
    expect([stored().receipt, stored().recorded]).to.deep.equal([accept.receipt, undefined])
    consent.noteReceipt(accept.receipt!)
    expect([stored().receipt, stored().recorded]).to.deep.equal([accept.receipt, true])
    // A page reloaded before the withdrawal's receipt is recorded leaves its id in the cookie.
    const withdrawal = consent.withdraw()
    expect(withdrawal.receipt).to.not.equal(accept.receipt)
    expect(withdrawal.previous).to.equal(accept.receipt)
    expect([stored().receipt, stored().recorded, stored().previous]).to.deep.equal([
      withdrawal.receipt,
      undefined,
      accept.receipt,
    ])
    // A late note for an older decision changes nothing.
    consent.noteReceipt(accept.receipt!)
    expect(stored().recorded).to.equal(undefined)
    // Still owed, under its id: a further decision chains to it.
    expect(consent.acceptAll().previous).to.equal(withdrawal.receipt)
  })

  it('gives a decision read from a version 2 cookie without a receipt the id noted for it', () => {
    const v2 = `sekisho=2|${resolve().revision}|${T0}|necessary.!analytics||stored-subject||w|r-0`
    const { consent, cookies } = page(undefined, { cookie: v2 })
    consent.noteReceipt('r-1')
    expect(decodeDecision(cookies.read().slice('sekisho='.length))).to.include({ receipt: 'r-1', recorded: true })
  })

  it('refuses receipt ids the cookie cannot hold as they are', () => {
    const { consent, cookies } = page()
    consent.acceptAll()
    for (const id of ['', 'a|b', 'a b', 'a;b', 'é', 'x'.repeat(65)])
      expect(() => consent.noteReceipt(id), id).to.throw(TypeError)
    expect(cookies.writes).to.have.length(1)
    expect(consent.getConsent()!.recorded).to.equal(undefined)
  })

  describe('decision rules', () => {
    it('asks again when the revision changed, keeping the subject and chaining the next decision to the stored receipt', () => {
      const { consent } = page(resolve({ revision: '2027-01-01' }), { cookie: stored({ receipt: 'r-9' }) })
      expect(consent.needsDecision()).to.equal('revision')
      expect(consent.getConsent()).to.equal(undefined)
      expect(consent.isGranted('analytics')).to.equal(false)
      expect(consent.acceptAll()).to.include({ subject: 'stored-subject', previous: 'r-9', revision: '2027-01-01' })
    })

    it('expires after consentMaxAgeDays by the injected clock', () => {
      const config = resolve({ consentMaxAgeDays: 30 })
      expect(page(config, { cookie: stored({}), now: T0 + 30 * DAY }).consent.needsDecision()).to.equal(undefined)
      const late = page(config, { cookie: stored({}), now: T0 + 30 * DAY + 1 })
      expect(late.consent.needsDecision()).to.equal('expired')
      expect(late.consent.getConsent()).to.equal(undefined)
    })

    it('notices expiry while the page stays open', () => {
      const { consent, clock } = page(resolve({ consentMaxAgeDays: 1 }))
      consent.acceptAll()
      clock.now += DAY + 1
      expect(consent.needsDecision()).to.equal('expired')
    })

    it('treats a decision from the far future as none', () => {
      expect(page(resolve(), { cookie: stored({ time: T0 + 2 * DAY }) }).consent.needsDecision()).to.equal('none')
    })

    it('reads a corrupt cookie as no consent', () => {
      for (const cookie of ['sekisho=accept-all', 'sekisho=1|||||||', 'sekisho=%', 'sekisho']) {
        const { consent } = page(resolve(), { cookie })
        expect(consent.needsDecision()).to.equal('none')
        expect(consent.getConsent()).to.equal(undefined)
      }
    })

    it('takes the newest of several cookies with the same name', () => {
      const older = stored({ time: T0 - DAY, method: 'reject-all' }).replace('other=1; ', '')
      const newer = stored({ time: T0 - 1, method: 'custom' }).replace('other=1; ', '')
      expect(page(resolve(), { cookie: `${newer}; ${older}` }).consent.getConsent()!.method).to.equal('custom')
      expect(page(resolve(), { cookie: `${older}; ${newer}` }).consent.getConsent()!.method).to.equal('custom')
    })
  })

  describe('Consent Mode advanced', () => {
    it("lets an advanced service's tags load before a decision, its storage still held; a basic one neither", () => {
      const config = resolve({
        services: [
          'stats',
          { ...structuredClone(baseConfig().services[1] as object), consentMode: 'advanced' } as never,
        ],
      })
      const { consent } = page(config)
      expect(consent.isGranted('my-pixel', 'load')).to.equal(true)
      expect(consent.isGranted('my-pixel')).to.equal(false)
      expect(consent.isGranted(config.services[1]!, 'load')).to.equal(true)
      expect(consent.isGranted('stats', 'load')).to.equal(false)
      expect(consent.isGranted('advertising', 'load')).to.equal(false)
    })
  })

  describe('Global Privacy Control', () => {
    const us = resolve({ jurisdiction: 'US-CA' })

    it('applies under auto for the US as a whole and each US state, and nowhere else', () => {
      // A federal-level config (US) as well as a state's; Canada (CA) is not California.
      const auto = (jurisdiction: string) => page(resolve({ jurisdiction }), { gpc: true }).consent.gpcApplied
      const expected = { US: true, 'US-CA': true, 'US-CO': true, JP: false, EU: false, UK: false, CA: false }
      expect(Object.fromEntries(Object.keys(expected).map((j) => [j, auto(j)]))).to.deep.equal(expected)
    })

    it('applies under auto only in US jurisdictions, always under always, never under never', () => {
      expect(page(us, { gpc: true }).consent.gpcApplied).to.equal(true)
      expect(page(resolve(), { gpc: true }).consent.gpcApplied).to.equal(false)
      expect(page(resolve({ gpc: 'always' }), { gpc: true }).consent.gpcApplied).to.equal(true)
      expect(page(resolve({ jurisdiction: 'US-CA', gpc: 'never' }), { gpc: true }).consent.gpcApplied).to.equal(false)
      expect(page(us, { gpc: false }).consent.gpcApplied).to.equal(false)
    })

    it('keeps sale/share purposes off on accept-all', () => {
      const { consent } = page(us, { gpc: true })
      expect(consent.acceptAll().purposes).to.deep.equal({
        necessary: true,
        analytics: true,
        advertising: false,
        affiliate: false,
      })
      expect(consent.isGranted('my-pixel')).to.equal(false)
    })

    it('follows saleOrShare on purposes', () => {
      const config = resolve({
        jurisdiction: 'US-CO',
        purposes: [
          { id: 'necessary', required: true },
          { id: 'analytics', saleOrShare: true },
          { id: 'advertising', saleOrShare: false },
          { id: 'affiliate' },
        ],
      })
      expect(page(config, { gpc: true }).consent.acceptAll().purposes).to.deep.equal({
        necessary: true,
        analytics: false,
        advertising: true,
        affiliate: false,
      })
    })

    it('names the purposes it withholds (for the banner sentence and the receipt), and honours it on a JP site under always', () => {
      expect(page(us, { gpc: true }).consent.gpcWithheld).to.deep.equal(['advertising', 'affiliate'])
      expect(page(resolve(), { gpc: true }).consent.gpcWithheld).to.deep.equal([])
      const jp = page(resolve({ jurisdiction: 'JP', gpc: 'always' }), { gpc: true }).consent
      expect(jp.gpcWithheld).to.deep.equal(['advertising', 'affiliate'])
      expect(jp.acceptAll().purposes.advertising).to.equal(false)
    })

    it('says on each decision which asked-for purposes it kept off, whichever way the decision was made', () => {
      expect(page(us, { gpc: true }).consent.acceptAll().gpcWithheld).to.deep.equal(['advertising', 'affiliate'])
      // The API's "accept all" is the same act as the banner's, under another method.
      expect(page(us, { gpc: true }).consent.acceptAll('api').gpcWithheld).to.deep.equal(['advertising', 'affiliate'])
      const api = page(us, { gpc: true }).consent
      expect(api.setConsent({ analytics: true, advertising: true }, { method: 'api' }).gpcWithheld).to.deep.equal([
        'advertising',
      ])
      // Nothing asked for was kept off: no claim that GPC decided anything.
      expect(api.setConsent({ analytics: true }, { method: 'api' }).gpcWithheld).to.equal(undefined)
      expect(page(us, { gpc: true }).consent.rejectAll().gpcWithheld).to.equal(undefined)
      expect(page(us, { gpc: true }).consent.setConsent({ advertising: true }).gpcWithheld).to.equal(undefined)
      expect(page(us, { gpc: false }).consent.acceptAll('api').gpcWithheld).to.equal(undefined)
    })

    it('lets an explicit custom choice by the visitor win', () => {
      const { consent } = page(us, { gpc: true })
      consent.setConsent({ advertising: true })
      expect(consent.isGranted('advertising')).to.equal(true)
    })

    it('turns sale/share off in an earlier accept-all, but not in an earlier custom choice', () => {
      expect(page(us, { gpc: true, cookie: stored({}) }).consent.getConsent()!.purposes).to.include({
        analytics: true,
        advertising: false,
        affiliate: false,
      })
      expect(page(us, { gpc: true, cookie: stored({ method: 'custom' }) }).consent.getConsent()!.purposes).to.include({
        advertising: true,
      })
      expect(page(us, { gpc: false, cookie: stored({}) }).consent.getConsent()!.purposes).to.include({
        advertising: true,
      })
    })

    it('reads navigator.globalPrivacyControl by default', () => {
      const consent = createConsent(us, { cookies: jar() })
      expect(consent.gpcApplied).to.equal(
        (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
      )
    })
  })

  it('uses document.cookie and random 28-character subjects by default', () => {
    const config = resolve({ cookie: { name: `sekisho_test_${Date.now()}` } })
    const consent = createConsent(config)
    const d = consent.rejectAll()
    expect(d.subject).to.match(/^[0-9a-z]{28}$/)
    expect(createConsent(config).getConsent()).to.deep.equal(d)
    expect(createConsent(resolve({ cookie: { name: 'other' } })).rejectAll().subject).to.not.equal(d.subject)
    document.cookie = `${config.cookie.name}=; Path=/; Max-Age=0`
    document.cookie = `other=; Path=/; Max-Age=0`
  })

  describe('rules no earlier test stated', () => {
    it('under GPC keeps off by default only the purposes named advertising and affiliate, not ids that contain them', () => {
      const own = (id: string) => ({ id, label: id, description: id })
      const config = resolve({
        jurisdiction: 'US',
        purposes: [
          { id: 'necessary', required: true },
          own('advertising-eu'),
          own('partner-affiliate'),
          { id: 'analytics' },
          { id: 'advertising' },
        ],
      })
      expect(page(config, { gpc: true }).consent.acceptAll().purposes).to.deep.equal({
        necessary: true,
        'advertising-eu': true,
        'partner-affiliate': true,
        analytics: true,
        advertising: false,
      })
    })

    it('applies GPC when the browser sends it (navigator.globalPrivacyControl)', () => {
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
      try {
        expect(createConsent(resolve({ jurisdiction: 'US' }), { cookies: jar() }).gpcApplied).to.equal(true)
      } finally {
        delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
      }
    })

    it('takes a decision up to a day ahead of the clock (clock skew), and none further ahead', () => {
      expect(page(resolve(), { cookie: stored({ time: T0 + DAY }) }).consent.needsDecision()).to.equal(undefined)
      expect(page(resolve(), { cookie: stored({ time: T0 + DAY + 1 }) }).consent.needsDecision()).to.equal('none')
    })

    it('writes the cookie without Secure on an http page by default', () => {
      const cookies = jar()
      createConsent(resolve(), { cookies, now: () => T0 }).rejectAll()
      expect(location.protocol).to.equal('http:')
      expect(cookies.writes[0]).not.to.contain('Secure')
    })

    it('still notifies every listener when one unsubscribes itself, and unsubscribing twice removes no other', () => {
      const { consent } = page()
      const calls: string[] = []
      const offA = consent.onChange(() => (calls.push('a'), offA()))
      consent.onChange(() => calls.push('b'))
      const offC = consent.onChange(() => calls.push('c'))
      consent.acceptAll()
      offC()
      offC()
      consent.rejectAll()
      expect(calls).to.deep.equal(['a', 'b', 'c', 'b'])
    })

    it('names the receipt id it refuses', () => {
      expect(() => page().consent.noteReceipt('a b')).to.throw(TypeError, 'bad receipt id a b')
    })
  })
})
