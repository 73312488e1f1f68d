// The APPI confirmation record and the Kantara v1.1 receipt, read row by row and field by field
// against SPECS.md (Enforcement Rules Art. 28(1); Kantara CR v1.1's mandatory fields).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Receipt } from '@sekisho/receipts/schema'
import type { ReceiptStore } from '../store/store.ts'
import { sampleReceipt } from '../testing/sample.ts'
import { exportReceipts, type ExportOptions } from './export.ts'
import type { ExportFormat } from './query.ts'
import type { SiteDeclaration } from './site.ts'

const SITE: SiteDeclaration = {
  controller: {
    name: '株式会社サンプル',
    contact: '個人情報保護管理者',
    address: '東京都千代田区1-1',
    email: 'privacy@example.jp',
    phone: '03-0000-0000',
    url: 'https://www.example.jp/company',
  },
  requiredPurposes: ['necessary'],
  services: {
    gtm: { recipient: 'Google LLC', data: ['IP address'], country: 'US', purposes: ['necessary'] },
    'google-analytics': {
      recipient: 'Google LLC',
      recipientAddress: '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      recipientRepresentative: 'Sundar Pichai',
      data: ['cookie id', 'page URL'],
      country: 'US',
      purposes: ['analytics'],
    },
    a8net: {
      recipient: '株式会社ファンコミュニケーションズ',
      data: ['click id'],
      country: 'JP',
      purposes: ['advertising'],
    },
  },
}

const receipt = (method: Receipt['method'], granted: string[], n = 1): Receipt =>
  sampleReceipt(n, {
    method,
    timestamp: '2026-11-30T15:30:00.000Z', // 2026-12-01 00:30 in Tokyo: the date and time must agree
    purposes: ['necessary', 'analytics', 'advertising'].map((id) => ({
      id,
      granted: id === 'necessary' || granted.includes(id),
    })),
    services: [
      { id: 'gtm', granted: true },
      { id: 'google-analytics', granted: granted.includes('analytics') },
      { id: 'a8net', granted: granted.includes('advertising') },
    ],
  })

const storeOf = (receipts: Receipt[]) =>
  ({
    async *rowPages() {
      yield receipts.map((r) => ({ body: JSON.stringify(r), receivedAt: r.timestamp, hash: 'h', prevHash: 'p' }))
    },
    purposeIds: async () => ['necessary', 'analytics', 'advertising'],
    knownTexts: async () => new Set(),
    declarations: async () => [],
  }) as unknown as ReceiptStore

async function run(format: ExportFormat, receipts: Receipt[], options: ExportOptions = { site: SITE }) {
  let out = ''
  for await (const chunk of exportReceipts(storeOf(receipts), { format, filter: {}, bom: false }, options)) out += chunk
  return out
}

const appiRows = async (receipts: Receipt[], options?: ExportOptions) => {
  const text = await run('appi', receipts, options)
  assert.ok(text.startsWith('\uFEFF'), 'the APPI CSV starts with a BOM even when not asked for')
  return text
    .slice(1)
    .trim()
    .split('\r\n')
    .map((l) => l.split(','))
}

describe('APPI confirmation record (format=appi)', () => {
  it('has one row per service provided with consent, with every item of Enforcement Rules Art. 28(1)', async () => {
    const [head, ...rows] = await appiRows([receipt('accept-all', ['analytics', 'advertising'])])
    assert.deepEqual(head!.slice(0, 2), ['提供年月日 date of provision (Asia/Tokyo)', '時刻 time (Asia/Tokyo)'])
    assert.equal(rows.length, 2, 'gtm serves a required purpose: sent without consent, so no record')
    const [ga, a8] = rows
    // (ii) date, (iii) name, address, representative, (iv) items, the person, (i) consent + Art. 28
    assert.deepEqual(ga!.slice(0, 10), [
      '2026-12-01',
      '00:30:00',
      'Google LLC',
      '"1600 Amphitheatre Parkway',
      ' Mountain View',
      ' CA 94043',
      ' USA"',
      'Sundar Pichai',
      'google-analytics',
      'cookie id / page URL',
    ])
    assert.equal(ga![10], sampleReceipt(1).subject)
    assert.match(ga![11]!, /consent confirmed/)
    assert.match(ga![12]!, /^US: .*country system and recipient measures provided/)
    assert.deepEqual(a8!.slice(2, 5), [
      '株式会社ファンコミュニケーションズ',
      '未登録 not declared',
      '未登録 not declared',
    ])
    assert.match(a8![6]!, /^click id$/)
    assert.match(a8![9]!, /not applicable \(JP\)/)
  })

  it('never writes a row for a refusal or a withdrawal, even for the necessary service that ran', async () => {
    // A withdrawal of one purpose, the other still granted, provides nothing either: it is no consent.
    const rows = await appiRows([
      receipt('reject-all', [], 1),
      receipt('withdraw', [], 2),
      receipt('gpc', [], 3),
      receipt('withdraw', ['analytics'], 4),
    ])
    assert.equal(rows.length, 1, rows.join('\n'))
    const undeclared = await appiRows([receipt('reject-all', [], 1)], {})
    assert.equal(undeclared.length, 1, 'without a site config a refusal still yields no row')
  })

  it('marks what the site did not declare instead of guessing, and uses the configured zone for date and time', async () => {
    const [head, ...rows] = await appiRows([receipt('custom', ['analytics'])], { timeZone: 'UTC' })
    const row = rows.find((r) => r[5] === 'google-analytics')
    assert.match(head![0]!, /\(UTC\)$/)
    assert.deepEqual(row!.slice(0, 7), [
      '2026-11-30',
      '15:30:00',
      '未登録 not declared',
      '未登録 not declared',
      '未登録 not declared',
      'google-analytics',
      '未登録 not declared',
    ])
    // Art. 28's column too: no country declared is said so, never taken for a country.
    assert.equal(row![9], '未登録 not declared')
  })
})

// Kantara Initiative Consent Receipt v1.1's mandatory fields, as listed in SPECS.md.
const MANDATORY = [
  'version',
  'jurisdiction',
  'consentTimestamp',
  'collectionMethod',
  'consentReceiptID',
  'language',
  'piiPrincipalId',
  'piiControllers',
  'policyUrl',
  'services',
  'sensitive',
  'spiCat',
]
const CONTROLLER = ['piiController', 'contact', 'address', 'email', 'phone', 'piiControllerUrl']
const PURPOSE = [
  'purpose',
  'purposeCategory',
  'consentType',
  'piiCategory',
  'primaryPurpose',
  'termination',
  'thirdPartyDisclosure',
  'thirdPartyName',
]

describe('Kantara Consent Receipt v1.1 (format=kantara)', () => {
  it('fills every mandatory field with real values from the receipt and the site config', async () => {
    const [k] = JSON.parse(await run('kantara', [receipt('accept-all', ['analytics', 'advertising'])]))
    for (const field of MANDATORY) assert.ok(field in k, field)
    assert.equal(k.version, 'KI-CR-v1.1.0')
    assert.equal(k.jurisdiction, 'JP')
    assert.equal(k.consentTimestamp, Date.parse('2026-11-30T15:30:00.000Z') / 1000)
    assert.equal(k.consentReceiptID, sampleReceipt(1).id)
    assert.equal(k.language, 'en')
    assert.equal(k.piiPrincipalId, sampleReceipt(1).subject)
    assert.equal(k.policyUrl, 'https://www.example.jp/privacy')
    const c = k.piiControllers[0]
    for (const field of CONTROLLER) assert.ok(c[field], `piiControllers[0].${field}`)
    assert.deepEqual(c, {
      piiController: '株式会社サンプル',
      onBehalf: false,
      contact: '個人情報保護管理者',
      address: '東京都千代田区1-1',
      email: 'privacy@example.jp',
      phone: '03-0000-0000',
      piiControllerUrl: 'https://www.example.jp/company',
    })
    const [analytics, advertising] = k.services[0].purposes
    for (const p of [analytics, advertising]) for (const field of PURPOSE) assert.ok(field in p, field)
    assert.deepEqual(
      [analytics.purpose, analytics.piiCategory, analytics.thirdPartyName, analytics.purposeCategory],
      ['analytics', ['cookie id', 'page URL'], 'Google LLC', ['dpv:ServiceOptimisation']],
    )
    assert.deepEqual(
      [advertising.purpose, advertising.piiCategory, advertising.thirdPartyName],
      ['advertising', ['click id'], '株式会社ファンコミュニケーションズ'],
    )
    assert.equal(k.services[0].purposes.length, 2, 'necessary is not consent-based: not listed as consent')
    assert.deepEqual(k['x-sekisho'].decision, 'given')
  })

  it('exports a refusal as a refusal, never as consent to necessary', async () => {
    const [k] = JSON.parse(await run('kantara', [receipt('reject-all', [])]))
    assert.deepEqual(k.services[0].purposes, [])
    assert.deepEqual(k['x-sekisho'].decision, 'refused')
    assert.deepEqual(k['x-sekisho'].refusedPurposes, ['analytics', 'advertising'])
    const [w] = JSON.parse(await run('kantara', [receipt('withdraw', [])]))
    assert.equal(w['x-sekisho'].decision, 'withdrawn')
  })
})
