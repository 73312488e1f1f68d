// Maps `sekisho-receipt/1` to a Kantara Initiative Consent Receipt v1.1 (mapping in the README).
import type { Receipt } from '@sekisho/receipts/schema'

/** Who is accountable for the processing: the site operator. */
export interface ControllerInfo {
  name: string
  contact?: string
  address?: string
  email?: string
  phone?: string
  url?: string
}

/** DPV purpose categories for the usual purpose ids; others export without a category. */
export const PURPOSE_CATEGORIES: Readonly<Record<string, string>> = {
  necessary: 'dpv:ServiceProvision',
  functional: 'dpv:ServiceProvision',
  analytics: 'dpv:ServiceOptimisation',
  advertising: 'dpv:Marketing',
  affiliate: 'dpv:Marketing',
  personalization: 'dpv:Personalisation',
}

export interface KantaraOptions {
  /** Per site origin, or one for all; default: the site origin as the controller's name and URL. */
  controller?: ControllerInfo | ((site: string) => ControllerInfo | undefined)
  /** Purpose id -> DPV term, merged over PURPOSE_CATEGORIES. */
  purposeCategories?: Record<string, string>
}

const COLLECTION_METHOD: Record<Receipt['method'], string> = {
  'accept-all': 'web consent banner: accept all',
  'reject-all': 'web consent banner: reject all',
  custom: 'web consent banner: per-purpose choices',
  withdraw: 'web consent settings: withdrawal',
  gpc: 'Global Privacy Control signal',
  api: 'site API call',
}

/** One Kantara v1.1 receipt; only granted purposes appear, as consent receipts record consent given. */
export function toKantara(receipt: Receipt, options: KantaraOptions = {}) {
  const c = (typeof options.controller === 'function' ? options.controller(receipt.site) : options.controller) ?? {
    name: receipt.site,
    url: receipt.site,
  }
  const categories = { ...PURPOSE_CATEGORIES, ...options.purposeCategories }
  const granted = receipt.purposes.filter((p) => p.granted)
  const recipients = receipt.services.filter((s) => s.granted).map((s) => s.id)
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
        contact: c.contact ?? '',
        address: c.address ?? '',
        email: c.email ?? '',
        phone: c.phone ?? '',
        piiControllerUrl: c.url ?? receipt.site,
      },
    ],
    policyUrl: receipt.policy.url ?? receipt.site,
    services: [
      {
        service: receipt.site,
        purposes: granted.map((p) => ({
          purpose: p.id,
          purposeCategory: categories[p.id] ? [categories[p.id]!] : [],
          consentType: 'EXPLICIT',
          piiCategory: [],
          primaryPurpose: p.id === 'necessary',
          termination: 'until withdrawn in the site consent settings or the consent expires',
          thirdPartyDisclosure: recipients.length > 0,
          ...(recipients.length ? { thirdPartyName: recipients.join(', ') } : {}),
        })),
      },
    ],
    sensitive: false,
    spiCat: [],
  }
}
