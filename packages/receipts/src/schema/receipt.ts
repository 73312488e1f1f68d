// The `sekisho-receipt/1` wire contract: one record per consent decision.
// Aligned with ISO/IEC TS 27560 (consent record) and exportable as Kantara Consent Receipt v1.1.
import type { ConsentModeType, DecisionMethod } from '@sekisho/core'

export const RECEIPT_SCHEMA = 'sekisho-receipt/1'

// The methods are core's (cookies and receipts must agree); offered here with the rest of the contract.
export { DECISION_METHODS } from '@sekisho/core'

export const CONSENT_MODE_TYPES: readonly ConsentModeType[] = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]

/** Why a receipt carries no wording hash: `none-shown` — the decision was made without a wording
 * (an API call, a GPC signal); `unknown` — a wording was shown but the page that recorded the
 * receipt no longer had it (storage blocked, or a decision stored by an older version). */
export const NO_TEXT = ['none-shown', 'unknown'] as const

export interface Receipt {
  /** Unique id; the collector's idempotency key. 8–128 of `[A-Za-z0-9_-]`. */
  id: string
  schema: typeof RECEIPT_SCHEMA
  /** When the decision was made: ISO 8601 in UTC with milliseconds (`2024-05-01T09:30:00.000Z`). */
  timestamp: string
  /** The site the decision was made on: its origin (`https://www.example.jp`). */
  site: string
  /** Random pseudonymous subject id from the consent cookie; never personal data. */
  subject: string
  /** The notice the visitor saw: policy revision, policy URL, language shown. */
  policy: { revision: string; url?: string; language: string }
  /** Rules applied: `JP`, `EU`, `US-CA`, … */
  jurisdiction: string
  method: DecisionMethod
  purposes: Array<{ id: string; granted: boolean }>
  services: Array<{ id: string; granted: boolean }>
  /** `gpc`: Global Privacy Control was seen, wherever (recorded even where it is not applied);
   * `gpcWithheld`: the purposes GPC kept off in this decision, present only when it changed what was granted. */
  signals: {
    gpc: boolean
    gpcWithheld?: string[]
    consentMode?: Partial<Record<ConsentModeType, 'granted' | 'denied'>>
  }
  /** `textHash`: SHA-256 (lowercase hex) of the exact wording shown to the visitor; or, exactly when
   * that wording is not known, `noText` saying why (never the hash of an empty or missing wording). */
  ui: { textHash: string; noText?: undefined } | { textHash?: undefined; noText: (typeof NO_TEXT)[number] }
  /** The subject's previous receipt id, chaining the events of one consent. */
  previous?: string | null
  /** Optional browser context, only when the operator opts in (`buildReceipt({ userAgent: true })`).
   * Absent by default: receipts carry no IP address and no user agent. */
  context?: { userAgent?: string }
}
