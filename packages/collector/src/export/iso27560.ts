// Maps `sekisho-receipt/1` to an ISO/IEC TS 27560:2023 consent record, resolved against what the site
// declared for the receipt's revision. The field names are the TS's terms in snake_case; which are
// mandatory is taken from the W3C DPVCG guide "Consent Records and Receipts as per ISO/IEC TS
// 27560:2023 using DPV" (w3id.org/dpv/guides/consent-27560, table "ISO 27560:2023, EU GDPR, and DPV").
import type { Receipt } from '@sekisho/receipts/schema'
import { COLLECTION_METHOD, type KantaraOptions, PURPOSE_CATEGORIES } from './kantara.ts'
import { NOT_DECLARED } from './site.ts'

/** The `schema_version` of every record: the TS, and this profile of it (its shape: iso27560.schema.json). */
export const ISO27560_SCHEMA = 'ISO/IEC TS 27560:2023; sekisho-27560/1'

/** The state a decision leaves consent in, with its DPV consent status (`dpv:ConsentGiven`, …). */
const STATE = {
  given: 'https://w3id.org/dpv#ConsentGiven',
  refused: 'https://w3id.org/dpv#ConsentRefused',
  withdrawn: 'https://w3id.org/dpv#ConsentWithdrawn',
} as const
type State = keyof typeof STATE

/** A party's id in the record: the controller's is fixed, a recipient's is its name (several services may share one). */
const CONTROLLER_ID = 'controller'
const recipientId = (name: string) => `recipient:${name}`

/**
 * One consent record. `processing` holds one entry per purpose that needs consent, with the services
 * of the receipt that serve it (their items, countries, retention and recipients), each with its own
 * state: a refused purpose is `refused`, never consent. `events` holds this decision.
 */
export function toIso27560(
  receipt: Receipt,
  options: KantaraOptions = {},
  /** What the collector knows beyond the receipt: where its wording is kept, what to beware of. */
  stored: { wording?: { url: string; stored: boolean }; warning?: { code: string; message: string } } = {},
) {
  const site = options.site ?? {}
  const c = (typeof options.controller === 'function' ? options.controller(receipt.site) : options.controller) ??
    site.controller ?? { name: receipt.site, url: receipt.site }
  const categories = { ...PURPOSE_CATEGORIES, ...options.purposeCategories }
  const required = new Set(site.requiredPurposes ?? ['necessary'])
  const unique = (list: string[]) => [...new Set(list)]
  const or = (list: string[]) => (list.length ? list : [NOT_DECLARED])
  const asked = receipt.purposes.filter((p) => !required.has(p.id))
  const stateOf = (granted: boolean): State =>
    granted ? 'given' : receipt.method === 'withdraw' ? 'withdrawn' : 'refused'
  const granted = asked.filter((p) => p.granted)
  const state: State = receipt.method === 'withdraw' ? 'withdrawn' : granted.length ? 'given' : 'refused'
  // Recipients named by the services the receipt decided on, as parties.
  const recipients = new Map<string, { address?: string; contact?: string }>()
  const processing = asked.map((p) => {
    const serving = receipt.services
      .map((s) => ({ id: s.id, ...site.services?.[s.id] }))
      .filter((s) => s.purposes?.includes(p.id))
    for (const s of serving)
      if (s.recipient && !recipients.has(s.recipient))
        recipients.set(s.recipient, { address: s.recipientAddress, contact: s.privacyPolicyUrl })
    return {
      purpose: p.id,
      ...(categories[p.id] && { purpose_type: categories[p.id] }),
      consent_state: stateOf(p.granted),
      privacy_notice: {
        policy_url: receipt.policy.url ?? receipt.site,
        policy_revision: receipt.policy.revision,
        // The exact wording shown, by its SHA-256 (kept by the collector at `wording.url`), or why there is none.
        ...(receipt.ui.textHash ? { text_hash: receipt.ui.textHash } : { no_text: receipt.ui.noText }),
        ...(stored.wording && { wording: stored.wording }),
      },
      language: receipt.policy.language,
      pii_information: or(unique(serving.flatMap((s) => s.data ?? []))).map((item) => ({ pii_type: item })),
      pii_controllers: [CONTROLLER_ID],
      storage_locations: or(unique(serving.flatMap((s) => (s.country ? [s.country] : [])))),
      retention_period: serving.length
        ? serving.map((s) => ({ service: s.id, period: s.retention || NOT_DECLARED }))
        : [{ service: NOT_DECLARED, period: NOT_DECLARED }],
      jurisdiction: receipt.jurisdiction,
      recipient_third_parties: or(unique(serving.flatMap((s) => (s.recipient ? [recipientId(s.recipient)] : [])))),
      withdrawal_method: `the consent settings of ${receipt.site} (the button on every page reopens them), as easily as consent was given`,
      service: serving.map((s) => s.id),
    }
  })
  const parties = [
    {
      party_id: CONTROLLER_ID,
      party_name: c.name,
      party_address: c.address || NOT_DECLARED,
      party_contact: c.contact || c.email || c.phone || NOT_DECLARED,
      party_type: 'PII controller',
      party_role: 'https://w3id.org/dpv#DataController',
      ...(c.email && { party_email: c.email }),
      ...(c.phone && { party_phone: c.phone }),
      party_url: c.url || receipt.site,
    },
    ...[...recipients].map(([name, r]) => ({
      party_id: recipientId(name),
      party_name: name,
      party_address: r.address || NOT_DECLARED,
      party_contact: r.contact || NOT_DECLARED,
      party_type: 'third party recipient',
      party_role: 'https://w3id.org/dpv#ThirdParty',
    })),
  ]
  return {
    schema_version: ISO27560_SCHEMA,
    record_id: receipt.id,
    pii_principal_id: receipt.subject,
    processing,
    parties,
    events: [
      {
        event_time: new Date(receipt.timestamp).toISOString(),
        // Until the visitor is asked again; a withdrawal or refusal holds until changed.
        validity_duration: site.consentMaxAgeDays ? `P${site.consentMaxAgeDays}D` : NOT_DECLARED,
        entity_id: receipt.subject,
        event_type: 'https://w3id.org/dpv#ExpressedConsent',
        event_state: state,
        event_state_dpv: STATE[state],
        collection_method: COLLECTION_METHOD[receipt.method],
      },
    ],
    x_sekisho: {
      site: receipt.site,
      method: receipt.method,
      previous: receipt.previous ?? null,
      gpc: receipt.signals.gpc,
      ...(stored.warning && { warning: stored.warning }),
    },
  }
}
