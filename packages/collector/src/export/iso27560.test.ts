// The ISO/IEC TS 27560 export field by field: every field the TS marks mandatory carries a real value
// resolved from the receipt and its revision's declaration, a refusal is a refusal, a withdrawal a
// withdrawal; on both stores, and in the shape its JSON Schema describes.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { collectorOn } from '../testing/collector.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'
import { NOT_DECLARED, type SiteDeclaration } from './site.ts'

/**
 * The fields ISO/IEC TS 27560:2023 marks mandatory in a consent record, by section, as listed in the
 * W3C DPVCG guide "Consent Records and Receipts as per ISO/IEC TS 27560:2023 using DPV"
 * (https://w3id.org/dpv/guides/consent-27560, table "ISO 27560:2023, EU GDPR, and DPV", column
 * "required?" = Mandatory). `receipt id` is mandatory in a consent *receipt*, not in the records
 * exported here. The export names each field by its term with `_` for spaces.
 */
const MANDATORY = {
  record: ['schema version', 'record id', 'pii principal id'],
  processing: [
    'privacy notice',
    'language',
    'purpose',
    'pii information',
    'pii controllers',
    'storage locations',
    'retention period',
    'jurisdiction',
    'recipient third parties',
    'withdrawal method',
  ],
  pii: ['pii type'],
  party: ['party id', 'party address', 'party name', 'party contact', 'party type'],
  event: ['event time', 'validity duration', 'entity id', 'event type', 'event state'],
}
const key = (term: string) => term.replaceAll(' ', '_')

const SITE = 'https://www.example.jp'
const ADMIN = 'admin-token-for-iso27560-tests'
const EXPORT = 'export-token-for-iso27560-tests'
const declaration = (ga: string): SiteDeclaration => ({
  controller: {
    name: '株式会社サンプル',
    address: '東京都千代田区丸の内1-1-1',
    contact: 'privacy@example.jp',
    email: 'privacy@example.jp',
    url: SITE,
  },
  requiredPurposes: ['necessary'],
  consentMaxAgeDays: 180,
  services: {
    'google-analytics': {
      recipient: ga,
      recipientAddress: '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      data: ['cookie id', 'page URL'],
      country: 'US',
      purposes: ['analytics'],
      retention: '14 months',
      privacyPolicyUrl: 'https://policies.google.com/privacy',
    },
    a8net: {
      recipient: '株式会社ファンコミュニケーションズ',
      recipientAddress: '東京都渋谷区渋谷1-1-8',
      data: ['click id', 'conversion'],
      country: 'JP',
      purposes: ['advertising'],
      retention: '90 days',
      privacyPolicyUrl: 'https://www.fancs.com/privacy',
    },
    'google-tag-manager': {
      recipient: 'Google LLC',
      recipientAddress: '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      data: ['page URL'],
      country: 'US',
      purposes: ['necessary'],
      retention: 'not stored',
      privacyPolicyUrl: 'https://policies.google.com/privacy',
    },
  },
})
const NEW = declaration('Google LLC')
const OLD = declaration('Google LLC (declared for 2026-10-01)')

// sampleReceipt: n % 4 gives the method (0 accept-all, 1 reject-all, 3 withdraw), n % 3 == 0 revision 2026-10-01.
const GTM = { id: 'google-tag-manager', granted: true }
const ACCEPTED = sampleReceipt(4)
const REJECTED = sampleReceipt(1, { services: [...sampleReceipt(1).services, GTM] })
const WITHDRAWN = sampleReceipt(7)
const OLDER = sampleReceipt(0)

const schema = JSON.parse(readFileSync(new URL('./iso27560.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv({ allErrors: true }).compile(schema)

/** Every mandatory field of `record` that is missing or holds no real value, named by its path. */
function missing(record: any): string[] {
  const empty = (v: unknown): boolean =>
    v === undefined ||
    v === null ||
    v === '' ||
    v === NOT_DECLARED ||
    (Array.isArray(v) && (v.length === 0 || v.some(empty))) ||
    (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).some(empty))
  const at = (object: any, terms: string[], path: string) =>
    terms.filter((t) => empty(object?.[key(t)])).map((t) => `${path}.${key(t)}`)
  return [
    ...at(record, MANDATORY.record, 'record'),
    ...(record.processing.length ? [] : ['record.processing']),
    ...record.processing.flatMap((p: any, i: number) => [
      ...at(p, MANDATORY.processing, `processing[${i}]`),
      ...(p.pii_information ?? []).flatMap((d: any, j: number) =>
        at(d, MANDATORY.pii, `processing[${i}].pii_information[${j}]`),
      ),
    ]),
    ...record.parties.flatMap((p: any, i: number) => at(p, MANDATORY.party, `parties[${i}]`)),
    ...record.events.flatMap((e: any, i: number) => at(e, MANDATORY.event, `events[${i}]`)),
  ]
}

for (const kind of await storeKinds()) {
  describe(`ISO/IEC TS 27560 export on ${kind.name}`, { skip: kind.skip }, () => {
    const running = collectorOn(kind, {
      tokens: [
        { token: ADMIN, scope: 'admin' },
        { token: EXPORT, scope: 'export' },
      ],
      sites: { [SITE]: { origins: [SITE] } },
      site: NEW,
      siteRevision: '2026-11-01',
    })

    it('carries every mandatory field with a value from the receipt and its revision’s declaration', async () => {
      const declared = await fetch(`${running.base}/v1/admin/declarations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ site: SITE, revision: '2026-10-01', declaration: OLD }),
      })
      assert.equal(declared.status, 201, await declared.text())
      const posted = await fetch(`${running.base}/v1/receipts`, {
        method: 'POST',
        headers: { origin: SITE },
        body: JSON.stringify([ACCEPTED, REJECTED, WITHDRAWN, OLDER]),
      })
      assert.equal(posted.status, 202)
      const response = await fetch(`${running.base}/v1/export?format=iso27560`, {
        headers: { authorization: `Bearer ${EXPORT}` },
      })
      assert.equal(response.status, 200)
      assert.match(response.headers.get('content-type')!, /^application\/json/)
      assert.match(response.headers.get('content-disposition')!, /-iso27560\.json"$/)
      const records = (await response.json()) as any[]
      assert.ok(validate(records), JSON.stringify(validate.errors, null, 2))
      assert.equal(records.length, 4)
      const byId = new Map(records.map((r) => [r.record_id, r]))
      for (const r of records) assert.deepEqual(missing(r), [], r.record_id)

      const accepted = byId.get(ACCEPTED.id)
      assert.equal(accepted.schema_version, 'ISO/IEC TS 27560:2023; sekisho-27560/1')
      assert.equal(accepted.pii_principal_id, ACCEPTED.subject)
      assert.deepEqual(accepted.events[0], {
        event_time: ACCEPTED.timestamp,
        validity_duration: 'P180D',
        entity_id: ACCEPTED.subject,
        event_type: 'https://w3id.org/dpv#ExpressedConsent',
        event_state: 'given',
        event_state_dpv: 'https://w3id.org/dpv#ConsentGiven',
        collection_method: 'web consent banner: accept all',
      })
      // Per purpose, only the services serving it: their items, countries, retention and recipients.
      const purpose = (r: any, id: string) => r.processing.find((p: any) => p.purpose === id)
      const analytics = purpose(accepted, 'analytics')
      assert.deepEqual(
        analytics.pii_information.map((d: any) => d.pii_type),
        ['cookie id', 'page URL'],
      )
      assert.deepEqual(analytics.storage_locations, ['US'])
      assert.deepEqual(analytics.retention_period, [{ service: 'google-analytics', period: '14 months' }])
      assert.deepEqual(analytics.recipient_third_parties, ['recipient:Google LLC'])
      assert.equal(analytics.consent_state, 'given')
      assert.deepEqual(analytics.privacy_notice, {
        policy_url: 'https://www.example.jp/privacy',
        policy_revision: '2026-11-01',
        text_hash: 'a'.repeat(64),
        wording: { url: `/v1/texts/${'a'.repeat(64)}`, stored: false },
      })
      assert.equal(analytics.language, ACCEPTED.policy.language)
      assert.equal(analytics.jurisdiction, 'JP')
      assert.deepEqual(purpose(accepted, 'advertising').recipient_third_parties, [
        'recipient:株式会社ファンコミュニケーションズ',
      ])
      assert.deepEqual(purpose(accepted, 'advertising').storage_locations, ['JP'])
      const controller = accepted.parties.find((p: any) => p.party_id === 'controller')
      assert.deepEqual(
        [controller.party_name, controller.party_address, controller.party_contact],
        ['株式会社サンプル', '東京都千代田区丸の内1-1-1', 'privacy@example.jp'],
      )
      const google = accepted.parties.find((p: any) => p.party_id === 'recipient:Google LLC')
      assert.equal(google.party_contact, 'https://policies.google.com/privacy')

      // A reject-all is a refusal of each purpose asked, never consent to `necessary` (not asked).
      const rejected = byId.get(REJECTED.id)
      assert.equal(rejected.events[0].event_state, 'refused')
      assert.equal(rejected.events[0].event_state_dpv, 'https://w3id.org/dpv#ConsentRefused')
      assert.deepEqual(
        rejected.processing.map((p: any) => [p.purpose, p.consent_state]),
        [
          ['analytics', 'refused'],
          ['advertising', 'refused'],
        ],
      )
      assert.ok(
        !JSON.stringify(rejected.processing).includes('google-tag-manager'),
        "!JSON.stringify(rejected.processing).includes('google-tag-manager')",
      )

      const withdrawn = byId.get(WITHDRAWN.id)
      assert.equal(withdrawn.events[0].event_state, 'withdrawn')
      assert.deepEqual(
        withdrawn.processing.map((p: any) => p.consent_state),
        ['withdrawn', 'withdrawn'],
      )
      assert.equal(withdrawn.events[0].collection_method, 'web consent settings: withdrawal')

      // The older revision's receipt reads the older declaration, not what the site declares now.
      const older = byId.get(OLDER.id)
      assert.equal(purpose(older, 'analytics').privacy_notice.policy_revision, '2026-10-01')
      assert.deepEqual(purpose(older, 'analytics').recipient_third_parties, [
        'recipient:Google LLC (declared for 2026-10-01)',
      ])
      assert.ok(
        !JSON.stringify(accepted).includes('declared for 2026-10-01'),
        "!JSON.stringify(accepted).includes('declared for 2026-10-01')",
      )

      // Logged like every export.
      const events = (await (
        await fetch(`${running.base}/v1/admin/events`, { headers: { authorization: `Bearer ${ADMIN}` } })
      ).json()) as any[]
      assert.ok(
        events.some((e) => e.kind === 'access' && e.detail.what === 'export' && e.detail.format === 'iso27560'),
        "events.some((e) => e.kind === 'access' && e.detail.what === 'export' && e.detail.format === 'iso27560')",
      )

      // An erased receipt keeps its place and hash, nothing of its content.
      const erased = await fetch(`${running.base}/v1/admin/erase`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}` },
        body: JSON.stringify({ subject: ACCEPTED.subject, reason: 'request from the visitor' }),
      })
      assert.equal(erased.status, 200, await erased.text())
      const after = (await (
        await fetch(`${running.base}/v1/export?format=iso27560`, { headers: { authorization: `Bearer ${EXPORT}` } })
      ).json()) as any[]
      assert.ok(validate(after), JSON.stringify(validate.errors))
      const gone = after.find((r) => r.record_id === ACCEPTED.id)
      assert.deepEqual(Object.keys(gone).sort(), ['erased', 'hash', 'record_id'])
      assert.ok(!JSON.stringify(after).includes(ACCEPTED.subject), '!JSON.stringify(after).includes(ACCEPTED.subject)')
    })
  })
}
