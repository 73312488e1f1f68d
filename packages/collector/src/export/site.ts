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

/** The zone people read times in (CSV, the APPI record, the summary, dates in filters) unless told otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo'

/** Marks a cell the site did not declare (never filled with a guess such as the service id). */
export const NOT_DECLARED = '未登録 not declared'

/** A zone's formatter, and its UTC offset (ms) per UTC hour where it holds the whole hour (NaN: it changes within). */
interface ZoneClock {
  format: Intl.DateTimeFormat
  offsets: Map<number, number>
  /** UTC hour (`2026-11-01T00`) -> its local `2026-11-01 09` where the offset is whole hours all that hour
   * (`''` where not): a canonical ISO time of that hour then needs no parsing at all. */
  hours: Map<string, string>
}

const clocks = new Map<string, ZoneClock>()
const HOUR = 3_600_000
// Where the formatter and `toISOString` agree on the year's digits (the formatter writes year 1 as `1`,
// 10000 without a sign) and, in ICU builds that turn Julian before 1582, on the calendar.
const FAST_FROM = Date.UTC(1900, 0, 2)
const FAST_TO = Date.UTC(9999, 11, 30)
/** The rest of a canonical ISO time after its hour (`:MM:SS.sssZ`), matched from index 13. */
const CANONICAL_TAIL = /:[0-5]\d:[0-5]\d\.\d{3}Z$/y

/** The zone asked last (an export asks for one zone a million times: no map lookup then). */
let lastClock: ZoneClock | undefined
let lastZone = ''

/** A new formatter of `YYYY-MM-DD, HH:MM:SS` parts in `timeZone` (the reference zonedText caches). */
export const zoneFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })

function clockOf(timeZone: string): ZoneClock {
  if (timeZone === lastZone && lastClock) return lastClock
  let clock = clocks.get(timeZone)
  if (!clock) {
    clock = {
      format: zoneFormat(timeZone),
      offsets: new Map(),
      hours: new Map(),
    }
    clocks.set(timeZone, clock)
  }
  lastZone = timeZone
  lastClock = clock
  return clock
}

/** `t` as `YYYY-MM-DD HH:MM:SS` by the formatter (the reference; a few µs per call). */
export function formatted(t: number, format: Intl.DateTimeFormat): string {
  const p: Record<string, string> = {}
  for (const { type, value } of format.formatToParts(t)) p[type] = value
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`
}

/** How far the zone is ahead of UTC at the whole second `t` (ms), by the formatter. */
const offsetAt = (t: number, format: Intl.DateTimeFormat) =>
  Date.parse(`${formatted(t, format).replace(' ', 'T')}Z`) - t

/**
 * `iso` as `YYYY-MM-DD HH:MM:SS` in `timeZone`. Exports format two times per row: asking the formatter
 * each time was a fifth of a CSV export's CPU, so it is asked twice per UTC hour (its offset at the
 * hour's first and last second) and, where both agree (no switch within; zones switch at most once
 * an hour), the local time is UTC shifted by that offset.
 */
export function zonedText(iso: string, timeZone: string): string {
  const clock = clockOf(timeZone)
  // `toISOString`'s form (what stores hold): minutes and seconds carry over from UTC as they are.
  CANONICAL_TAIL.lastIndex = 13
  const canonical = iso.length === 24 && CANONICAL_TAIL.test(iso)
  if (canonical) {
    const local = clock.hours.get(iso.slice(0, 13))
    if (local) return `${local}${iso.slice(13, 19)}`
  }
  const ms = Date.parse(iso)
  // Whole seconds, rounded down (before 1970 too), as the formatter shows them.
  const t = ms - (((ms % 1000) + 1000) % 1000)
  if (!(t >= FAST_FROM && t < FAST_TO)) return formatted(ms, clock.format) // NaN throws a RangeError
  const hour = Math.floor(t / HOUR)
  let offset = clock.offsets.get(hour)
  if (offset === undefined) {
    if (clock.offsets.size >= 100_000) clock.offsets.clear()
    const first = offsetAt(hour * HOUR, clock.format)
    offset = offsetAt(hour * HOUR + HOUR - 1000, clock.format) === first ? first : Number.NaN
    clock.offsets.set(hour, offset)
  }
  if (Number.isNaN(offset)) return formatted(ms, clock.format)
  const local = new Date(t + offset).toISOString()
  // Only a key `toISOString` writes (not `T24`, which parses as the next day).
  if (canonical && new Date(t).toISOString().startsWith(iso.slice(0, 13))) {
    if (clock.hours.size >= 100_000) clock.hours.clear()
    clock.hours.set(iso.slice(0, 13), offset % HOUR === 0 ? `${local.slice(0, 10)} ${local.slice(11, 13)}` : '')
  }
  return `${local.slice(0, 10)} ${local.slice(11, 19)}`
}

/** Date and time of `iso` in `timeZone`: `['2026-12-04', '09:00:00']`, both in the same zone.
 * Throws a RangeError when `timeZone` is not an IANA zone. */
export function zoned(iso: string, timeZone: string): [string, string] {
  const text = zonedText(iso, timeZone)
  const space = text.indexOf(' ')
  return [text.slice(0, space), text.slice(space + 1)]
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
