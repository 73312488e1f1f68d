// What the site declared (from `--site-config`, resolved against the catalog by the CLI): the
// recipients, items and purposes of its services and the controller's identity. Plain data, so the
// collector needs neither the config validator nor the catalog.
import type { ControllerInfo } from './kantara.ts'

/** One declared service, as the APPI and Kantara exports read it. */
export interface DeclaredService {
  /** The third party's legal name (e.g. `Google LLC`). */
  recipient?: string
  /** Its legal address (APPI Enforcement Rules Art. 28(1)). */
  recipientAddress?: string
  /** Its representative, for a legal person (APPI Enforcement Rules Art. 28(1)). */
  recipientRepresentative?: string
  /** Items of (personal-related) information the service receives. */
  data?: string[]
  /** ISO 3166-1 alpha-2 country of the recipient. */
  country?: string
  /** Purposes the service serves. */
  purposes?: string[]
  /** How long the recipient keeps what it receives (ISO/IEC TS 27560 retention period). */
  retention?: string
  /** The recipient's privacy policy: its contact point for the visitor (ISO/IEC TS 27560 party contact). */
  privacyPolicyUrl?: string
}

export interface SiteDeclaration {
  controller?: ControllerInfo
  /** Purposes that need no consent (`required`); default `['necessary']`. */
  requiredPurposes?: string[]
  services?: Readonly<Record<string, DeclaredService>>
  /** Days a decision stays valid before the visitor is asked again (ISO/IEC TS 27560 validity duration). */
  consentMaxAgeDays?: number
}

/** Marks a cell the site did not declare (never filled with a guess such as the service id). */
export const NOT_DECLARED = '未登録 not declared'

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Date and time of `iso` in `timeZone`: `['2026-12-04', '09:00:00']`, both in the same zone.
 * Throws a RangeError when `timeZone` is not an IANA zone. */
export function zoned(iso: string, timeZone: string): [string, string] {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, format)
  }
  const p: Record<string, string> = {}
  for (const { type, value } of format.formatToParts(new Date(iso))) p[type] = value
  return [`${p.year}-${p.month}-${p.day}`, `${p.hour}:${p.minute}:${p.second}`]
}

/**
 * The granted services of `receipt` that were provided on the strength of consent: a service of a
 * required purpose is not (it runs without consent). An undeclared service counts only when the
 * receipt granted some non-required purpose, so a refusal never yields one.
 */
export function consentedServices(
  receipt: { purposes: Array<{ id: string; granted: boolean }>; services: Array<{ id: string; granted: boolean }> },
  site: SiteDeclaration,
): string[] {
  const required = new Set(site.requiredPurposes ?? ['necessary'])
  const anyConsent = receipt.purposes.some((p) => p.granted && !required.has(p.id))
  return receipt.services
    .filter((s) => {
      if (!s.granted) return false
      const purposes = site.services?.[s.id]?.purposes
      return purposes ? !purposes.some((p) => required.has(p)) && purposes.length > 0 : anyConsent
    })
    .map((s) => s.id)
}
