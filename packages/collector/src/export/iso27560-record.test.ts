// One ISO/IEC TS 27560 record on its own: what it says when the site declared little or nothing, whose
// contact and controller it names, the state of each purpose after a withdrawal, and shared recipients.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sampleReceipt } from '../testing/sample.ts'
import { toIso27560 } from './iso27560.ts'
import { NOT_DECLARED } from './site.ts'

const receipt = sampleReceipt(3, {
  method: 'withdraw',
  policy: { revision: 'R', language: 'ja' },
  purposes: [
    { id: 'necessary', granted: true },
    { id: 'analytics', granted: false },
    { id: 'ads', granted: false },
  ],
  services: [
    { id: 'ga', granted: false },
    { id: 'gtm', granted: false },
    { id: 'unknown', granted: false },
  ],
  ui: { noText: 'unknown' },
})

describe('toIso27560', () => {
  it('with nothing declared: the site as controller, every undeclared field marked, withdrawn purposes', () => {
    const record = toIso27560(receipt)
    assert.deepEqual(record.parties, [
      {
        party_id: 'controller',
        party_name: receipt.site,
        party_address: NOT_DECLARED,
        party_contact: NOT_DECLARED,
        party_type: 'PII controller',
        party_role: 'https://w3id.org/dpv#DataController',
        party_url: receipt.site,
      },
    ])
    assert.deepEqual(record.processing[0], {
      purpose: 'analytics',
      purpose_type: record.processing[0]!.purpose_type,
      consent_state: 'withdrawn',
      privacy_notice: { policy_url: receipt.site, policy_revision: 'R', no_text: 'unknown' },
      language: 'ja',
      pii_information: [{ pii_type: NOT_DECLARED }],
      pii_controllers: ['controller'],
      storage_locations: [NOT_DECLARED],
      retention_period: [{ service: NOT_DECLARED, period: NOT_DECLARED }],
      jurisdiction: 'JP',
      recipient_third_parties: [NOT_DECLARED],
      withdrawal_method: `the consent settings of ${receipt.site} (the button on every page reopens them), as easily as consent was given`,
      service: [],
    })
    assert.equal(typeof record.processing[0]!.purpose_type, 'string')
    assert.deepEqual(
      record.processing.map((p) => [p.purpose, p.consent_state, 'purpose_type' in p]),
      [
        ['analytics', 'withdrawn', true],
        ['ads', 'withdrawn', false],
      ],
    )
    assert.deepEqual(record.events[0], {
      event_time: receipt.timestamp,
      validity_duration: NOT_DECLARED,
      entity_id: receipt.subject,
      event_type: 'https://w3id.org/dpv#ExpressedConsent',
      event_state: 'withdrawn',
      event_state_dpv: 'https://w3id.org/dpv#ConsentWithdrawn',
      collection_method: 'web consent settings: withdrawal',
    })
    assert.deepEqual(record.x_sekisho, {
      site: receipt.site,
      method: 'withdraw',
      previous: null,
      gpc: false,
    })
  })

  it('names shared recipients once, services without a retention as undeclared, and the declared controller', () => {
    const declared = {
      requiredPurposes: ['analytics'],
      consentMaxAgeDays: 180,
      controller: { name: '株式会社例', phone: '03-0000-0000', email: 'dpo@example.jp' },
      services: {
        ga: { recipient: 'Google LLC', purposes: ['ads'], data: ['cookie id'], country: 'US', retention: '14 months' },
        gtm: { recipient: 'Google LLC', purposes: ['ads'], data: ['cookie id', 'page URL'], country: 'US' },
      },
    }
    const given = { ...receipt, method: 'custom' as const, purposes: [{ id: 'ads', granted: true }] }
    const record = toIso27560(given, { site: declared, purposeCategories: { ads: 'dpv:Advertising' } })
    assert.deepEqual(
      record.processing.map((p) => [p.purpose, p.purpose_type, p.consent_state]),
      [['ads', 'dpv:Advertising', 'given']],
    )
    const [ads] = record.processing
    assert.deepEqual(
      [ads!.pii_information, ads!.storage_locations, ads!.retention_period, ads!.recipient_third_parties, ads!.service],
      [
        [{ pii_type: 'cookie id' }, { pii_type: 'page URL' }],
        ['US'],
        [
          { service: 'ga', period: '14 months' },
          { service: 'gtm', period: NOT_DECLARED },
        ],
        ['recipient:Google LLC'],
        ['ga', 'gtm'],
      ],
    )
    assert.deepEqual(record.parties, [
      {
        party_id: 'controller',
        party_name: '株式会社例',
        party_address: NOT_DECLARED,
        party_contact: 'dpo@example.jp',
        party_type: 'PII controller',
        party_role: 'https://w3id.org/dpv#DataController',
        party_email: 'dpo@example.jp',
        party_phone: '03-0000-0000',
        party_url: receipt.site,
      },
      {
        party_id: 'recipient:Google LLC',
        party_name: 'Google LLC',
        party_address: NOT_DECLARED,
        party_contact: NOT_DECLARED,
        party_type: 'third party recipient',
        party_role: 'https://w3id.org/dpv#ThirdParty',
      },
    ])
    assert.deepEqual([record.events[0]!.validity_duration, record.events[0]!.event_state], ['P180D', 'given'])
  })

  it('names a recipient as its first service declares it, no party for a service without one, and the receipt before', () => {
    const declared = {
      services: {
        ga: {
          recipient: 'Google LLC',
          purposes: ['ads'],
          recipientAddress: 'Mountain View',
          privacyPolicyUrl: 'https://g',
        },
        gtm: {
          recipient: 'Google LLC',
          purposes: ['ads'],
          recipientAddress: 'elsewhere',
          privacyPolicyUrl: 'https://x',
        },
        // Serves the purpose, declares nothing else: no item, place or party comes from it.
        unknown: { purposes: ['ads'] },
      },
    }
    const previous = sampleReceipt(1).id
    const given = { ...receipt, method: 'custom' as const, previous, purposes: [{ id: 'ads', granted: true }] }
    const record = toIso27560(given, { site: declared })
    assert.deepEqual(
      record.parties.slice(1).map((p) => [p.party_name, p.party_address, p.party_contact]),
      [['Google LLC', 'Mountain View', 'https://g']],
    )
    const [ads] = record.processing
    assert.deepEqual(
      [ads!.pii_information, ads!.storage_locations, ads!.recipient_third_parties, ads!.service],
      [[{ pii_type: NOT_DECLARED }], [NOT_DECLARED], ['recipient:Google LLC'], ['ga', 'gtm', 'unknown']],
    )
    assert.equal(record.x_sekisho.previous, previous)
  })

  it('takes the controller given per site over the declared one, and its phone when it has no other contact', () => {
    const options = {
      site: { controller: { name: 'declared' } },
      controller: (site: string) =>
        site === receipt.site ? { name: 'given', phone: '03-1', url: 'https://c.example' } : undefined,
    }
    const controller = toIso27560(receipt, options).parties[0] as Record<string, unknown>
    assert.deepEqual(
      [controller.party_name, controller.party_contact, controller.party_url, 'party_email' in controller],
      ['given', '03-1', 'https://c.example', false],
    )
    const other = toIso27560({ ...receipt, site: 'https://other.example' }, options).parties[0]
    assert.equal(other!.party_name, 'declared')
    const refused = toIso27560({ ...receipt, method: 'reject-all' }).events[0]!
    assert.deepEqual([refused.event_state, refused.event_state_dpv], ['refused', 'https://w3id.org/dpv#ConsentRefused'])
  })
})
