// Maps `sekisho-receipt/1` to a Kantara Initiative Consent Receipt v1.1 (mapping in the README).
import { PURPOSE_TEXT } from '@sekisho/core'
import type { Receipt } from '@sekisho/receipts/schema'
import { NOT_DECLARED, type SiteDeclaration } from './site.ts'

/** Who is accountable for the processing: the site operator. */
export interface ControllerInfo {
  name: string
  contact?: string
  address?: string
  email?: string
  phone?: string
  url?: string
}

/** DPV purpose categories for the usual purpose ids (core's, as receipts carry them); others export without a category. */
export const PURPOSE_CATEGORIES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PURPOSE_TEXT).map(([id, text]) => [id, text.dpv]),
)

export interface KantaraOptions {
  /** What the site declared: controller, services' recipients, items and purposes. */
  site?: SiteDeclaration
  /** Per site origin, or one for all; default: `site.controller`, else the site origin as name and URL. */
  controller?: ControllerInfo | ((site: string) => ControllerInfo | undefined)
  /** Purpose id -> DPV term, merged over PURPOSE_CATEGORIES. */
  purposeCategories?: Record<string, string>
}

/** How each decision method collected consent, in words (Kantara's and ISO/IEC TS 27560's collection method). */
export const COLLECTION_METHOD: Record<Receipt['method'], string> = {
  'accept-all': 'web consent banner: accept all',
  'reject-all': 'web consent banner: reject all',
  custom: 'web consent banner: per-purpose choices',
  withdraw: 'web consent settings: withdrawal',
  gpc: 'Global Privacy Control signal',
  api: 'site API call',
}

/** How the decision reads when nothing else in Kantara v1.1 can say it (a refusal is not consent). */
function decision(receipt: Receipt, consented: Receipt['purposes'], refused: Receipt['purposes']) {
  if (receipt.method === 'withdraw') return 'withdrawn'
  if (!consented.length) return 'refused'
  return refused.length ? 'partial' : 'given'
}

/**
 * One Kantara v1.1 receipt. `purposes` lists the purposes consented to, each with the items and the
 * recipients of the services that serve that purpose; a required purpose is not consent-based and a
 * refused one was not consented to, so neither is listed there: `x-sekisho` says what was refused.
 */
export function toKantara(
  receipt: Receipt,
  options: KantaraOptions = {},
  /** What the collector knows beyond the receipt: where its wording is kept, what to beware of. */
  stored: {
    wording?: { url: string; stored: boolean }
    warning?: { code: string; message: string }
  } = {},
) {
  const site = options.site ?? {}
  const c = (typeof options.controller === 'function' ? options.controller(receipt.site) : options.controller) ??
    site.controller ?? { name: receipt.site, url: receipt.site }
  const categories = { ...PURPOSE_CATEGORIES, ...options.purposeCategories }
  const required = new Set(site.requiredPurposes ?? ['necessary'])
  const consented = receipt.purposes.filter((p) => p.granted && !required.has(p.id))
  const refused = receipt.purposes.filter((p) => !p.granted && !required.has(p.id))
  const granted = receipt.services.filter((s) => s.granted).map((s) => ({ id: s.id, ...site.services?.[s.id] }))
  const unique = (list: string[]) => [...new Set(list)]
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: receipt.jurisdiction,
    consentTimestamp: Math.floor(Date.parse(receipt.timestamp) / 1000),
    collectionMethod: COLLECTION_METHOD[receipt.method],
    consentReceiptID: receipt.id,
    language: receipt.policy.language,
    piiPrincipalId: receipt.subject,
    piiControllers: [
      {
        piiController: c.name,
        onBehalf: false,
        contact: c.contact || NOT_DECLARED,
        address: c.address || NOT_DECLARED,
        email: c.email || NOT_DECLARED,
        phone: c.phone || NOT_DECLARED,
        piiControllerUrl: c.url || receipt.site,
      },
    ],
    policyUrl: receipt.policy.url ?? receipt.site,
    services: [
      {
        service: receipt.site,
        purposes: consented.map((p) => {
          const serving = granted.filter((s) => s.purposes?.includes(p.id))
          const names = unique(serving.map((s) => s.recipient || s.id))
          return {
            purpose: p.id,
            purposeCategory: categories[p.id] ? [categories[p.id]!] : [],
            consentType: 'EXPLICIT',
            piiCategory: unique(serving.flatMap((s) => s.data ?? [])),
            primaryPurpose: false,
            termination: 'until withdrawn in the site consent settings or the consent expires',
            thirdPartyDisclosure: names.length > 0,
            ...(names.length ? { thirdPartyName: names.join(', ') } : {}),
          }
        }),
      },
    ],
    sensitive: false,
    spiCat: [],
    'x-sekisho': {
      decision: decision(receipt, consented, refused),
      refusedPurposes: refused.map((p) => p.id),
      policyRevision: receipt.policy.revision,
      ...(receipt.ui.textHash ? { textHash: receipt.ui.textHash } : { noText: receipt.ui.noText }),
      ...(stored.wording && { wording: stored.wording }),
      ...(stored.warning && { warning: stored.warning }),
    },
  }
}
