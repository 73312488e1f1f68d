// One Kantara v1.1 receipt on its own: the decision it says in words, which purposes it lists as
// consent, the recipients of each, and what it marks as not declared.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleReceipt } from '../testing/sample.ts'
import { toKantara } from './kantara.ts'
import { NOT_DECLARED } from './site.ts'

const purposes = (analytics: boolean, ads: boolean) => [
  { id: 'necessary', granted: true },
  { id: 'analytics', granted: analytics },
  { id: 'ads', granted: ads },
]

describe('toKantara', () => {
  it('says given, partial, refused or withdrawn, and lists only the purposes consented to', () => {
    const of = (method: 'custom' | 'withdraw', analytics: boolean, ads: boolean) => {
      const k = toKantara(sampleReceipt(2, { method, purposes: purposes(analytics, ads) }))['x-sekisho']
      return [k.decision, k.refusedPurposes]
    }
    assert.deepEqual(of('custom', true, true), ['given', []])
    assert.deepEqual(of('custom', true, false), ['partial', ['ads']])
    assert.deepEqual(of('custom', false, false), ['refused', ['analytics', 'ads']])
    assert.deepEqual(of('withdraw', true, false), ['withdrawn', ['ads']])
  })

  it('with nothing declared: the site as controller, every other field marked, no third party', () => {
    const receipt = sampleReceipt(2, {
      method: 'custom',
      timestamp: '2026-11-01T00:00:01.999Z',
      purposes: purposes(true, false),
      services: [{ id: 'ga', granted: true }],
      policy: { revision: 'R', language: 'ja' },
      ui: { noText: 'unknown' },
    })
    const k = toKantara(receipt)
    assert.equal(k.consentTimestamp, Date.UTC(2026, 10, 1, 0, 0, 1) / 1000, 'whole seconds')
    assert.equal(k.policyUrl, receipt.site)
    assert.deepEqual(k.piiControllers, [
      {
        piiController: receipt.site,
        onBehalf: false,
        contact: NOT_DECLARED,
        address: NOT_DECLARED,
        email: NOT_DECLARED,
        phone: NOT_DECLARED,
        piiControllerUrl: receipt.site,
      },
    ])
    const [analytics] = k.services[0]!.purposes
    assert.deepEqual(
      { ...analytics, purposeCategory: [] },
      {
        purpose: 'analytics',
        purposeCategory: [],
        consentType: 'EXPLICIT',
        piiCategory: [],
        primaryPurpose: false,
        termination: 'until withdrawn in the site consent settings or the consent expires',
        thirdPartyDisclosure: false,
      },
    )
    assert.deepEqual(k['x-sekisho'], {
      decision: 'partial',
      refusedPurposes: ['ads'],
      policyRevision: 'R',
      noText: 'unknown',
    })
  })

  it('names the recipients of a purpose once (a service without one by its id), and the declared controller', () => {
    const site = {
      requiredPurposes: ['necessary', 'analytics'],
      controller: { name: '株式会社例', contact: 'privacy desk', url: 'https://example.jp' },
      services: {
        ga: { recipient: 'Google LLC', purposes: ['ads'], data: ['cookie id'] },
        gtm: { recipient: 'Google LLC', purposes: ['ads'], data: ['cookie id', 'page URL'] },
        pixel: { purposes: ['ads'] },
        off: { recipient: 'Not granted Inc.', purposes: ['ads'] },
      },
    }
    const receipt = sampleReceipt(2, {
      method: 'custom',
      purposes: purposes(false, true),
      services: ['ga', 'gtm', 'pixel'].map((id) => ({ id, granted: true })).concat({ id: 'off', granted: false }),
    })
    const k = toKantara(receipt, { site, purposeCategories: { ads: 'dpv:Advertising' } })
    assert.deepEqual(k.services[0]!.purposes, [
      {
        purpose: 'ads',
        purposeCategory: ['dpv:Advertising'],
        consentType: 'EXPLICIT',
        piiCategory: ['cookie id', 'page URL'],
        primaryPurpose: false,
        termination: 'until withdrawn in the site consent settings or the consent expires',
        thirdPartyDisclosure: true,
        thirdPartyName: 'Google LLC, pixel',
      },
    ])
    assert.deepEqual(k['x-sekisho'].decision, 'given', 'a required purpose is no refusal')
    assert.deepEqual(
      [k.piiControllers[0]!.piiController, k.piiControllers[0]!.contact, k.piiControllers[0]!.piiControllerUrl],
      ['株式会社例', 'privacy desk', 'https://example.jp'],
    )
    const given = toKantara(receipt, { site, controller: { name: 'given', email: 'dpo@example.jp' } })
      .piiControllers[0]!
    assert.deepEqual([given.piiController, given.email, given.contact], ['given', 'dpo@example.jp', NOT_DECLARED])
  })

  it('takes the controller per site from a function, falling back to the declared one where it has none', () => {
    const site = { controller: { name: '株式会社例' } }
    const receipt = sampleReceipt(2)
    const controller = (origin: string) => (origin === receipt.site ? { name: 'その店舗' } : undefined)
    assert.equal(toKantara(receipt, { site, controller }).piiControllers[0]!.piiController, 'その店舗')
    const other = sampleReceipt(3, { site: 'https://other.example.jp' })
    assert.equal(toKantara(other, { site, controller }).piiControllers[0]!.piiController, '株式会社例')
  })

  it('says how each decision was collected, in words, and gives a purpose outside DPV no category', () => {
    const words = (method: 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'gpc' | 'api') =>
      toKantara(sampleReceipt(2, { method })).collectionMethod
    assert.deepEqual((['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'] as const).map(words), [
      'web consent banner: accept all',
      'web consent banner: reject all',
      'web consent banner: per-purpose choices',
      'web consent settings: withdrawal',
      'Global Privacy Control signal',
      'site API call',
    ])
    const own = sampleReceipt(2, { method: 'custom', purposes: [{ id: 'survey', granted: true }] })
    assert.deepEqual(
      toKantara(own).services[0]!.purposes.map((p) => [p.purpose, p.purposeCategory]),
      [['survey', []]],
    )
  })
})
