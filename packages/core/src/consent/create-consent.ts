// The consent state of one page: the stored decision, the decision rules and the ways to change it.
import { atom, type ReadableAtom } from 'nanostores'
import { consentCookie, isCookieText, readDecision } from '../storage/consent-cookie.ts'
import type { Decision, DecisionMethod, ResolvedConfig, ServiceDefinition } from '../types.ts'
import { isGranted } from './is-granted.ts'
import { randomId, receiptId } from './receipt-id.ts'

export interface ConsentOptions {
  /** The cookie jar. @default document.cookie */
  cookies?: { read(): string; write(cookie: string): void }
  /** The clock, ms since epoch. @default Date.now */
  now?: () => number
  /** The Global Privacy Control signal. @default navigator.globalPrivacyControl === true */
  gpc?: boolean
  /** A new pseudonymous subject id. @default 128 random bits from crypto.getRandomValues as 28 base-36 digits */
  randomId?: () => string
  /** The receipt id of a new decision, chosen when it is made. @default {@link receiptId} */
  newReceiptId?: (now: number) => string
  /** Mark the cookie `Secure`. @default location.protocol === 'https:' */
  secure?: boolean
}

export type NeedsDecision = 'none' | 'revision' | 'expired' | undefined

export interface Consent {
  /** The valid decision; undefined when there is none, or it is expired or of an older revision. */
  $decision: ReadableAtom<Decision | undefined>
  /** Why the visitor must be asked: 'none' | 'revision' | 'expired' | undefined (no need). */
  needsDecision(): NeedsDecision
  getConsent(): Decision | undefined
  acceptAll(method?: DecisionMethod): Decision
  rejectAll(method?: DecisionMethod): Decision
  /** Purposes (and optionally services) by id; required purposes are always true. */
  setConsent(
    choices: Record<string, boolean>,
    options?: { services?: Record<string, boolean>; method?: DecisionMethod },
  ): Decision
  /** Everything not required off, method 'withdraw'. */
  withdraw(): Decision
  /** Marks the current decision's receipt `id` as queued durably (`recorded` in the cookie). A
   * decision read from a version 2 cookie has no id yet: it takes `id` (up to 64 letters, digits,
   * `_ . : -`; throws a TypeError otherwise). The id of an older decision changes nothing. */
  noteReceipt(id: string): void
  /** Called after every decision (not after noteReceipt, so recording a receipt there cannot loop). */
  onChange(listener: (decision: Decision | undefined, previous: Decision | undefined) => void): () => void
  /** A purpose id, a service id, or a service definition. Required purposes are granted even before a
   * decision. `use` 'load' asks whether its tags may load and its requests go out: also true for a
   * service in Consent Mode `advanced` (its cookies and storage keys stay held until granted). */
  isGranted(target: string | ServiceDefinition, use?: 'load'): boolean
  /** Whether GPC was seen and applied under the config's gpc rule. */
  gpcApplied: boolean
  /** Purposes GPC keeps off in "accept all" (and every decision but a purpose-by-purpose choice);
   * [] when GPC is not applied. Receipts record them as `signals.gpcWithheld`. */
  gpcWithheld: string[]
}

const DAY = 864e5
/** Core also runs on Node (the CLI), so browser globals are read off globalThis, never at import. */
const web = globalThis as {
  document?: { cookie: string }
  navigator?: { globalPrivacyControl?: unknown }
  location?: { protocol: string }
}

/** Whether GPC (an opt-out of sale/sharing) covers this purpose. */
const saleOrShare = (p: ResolvedConfig['purposes'][number]) => p.saleOrShare ?? /^(advertising|affiliate)$/.test(p.id)

/** Reads the stored decision and applies the decision rules; nothing is written until the visitor decides. */
export function createConsent(config: ResolvedConfig, options: ConsentOptions = {}): Consent {
  const cookies = options.cookies ?? { read: () => web.document!.cookie, write: (c) => (web.document!.cookie = c) }
  const now = options.now ?? Date.now
  const gpc = options.gpc ?? web.navigator?.globalPrivacyControl === true
  const gpcApplied = gpc && (config.gpc == 'always' || (config.gpc == 'auto' && /^US/.test(config.jurisdiction)))
  const listeners: Array<(d: Decision | undefined, previous: Decision | undefined) => void> = []
  const { purposes, services } = config
  const required = Object.fromEntries(purposes.filter((p) => p.required).map((p) => [p.id, true]))
  // The last decision stored or made, valid or not: its subject and receipt id carry over.
  let last = readDecision(cookies.read(), config.cookie.name)

  const needsDecision = (): NeedsDecision => {
    const t = now()
    if (!last || last.time > t + DAY) return 'none'
    if (last.revision != config.revision) return 'revision'
    if (t - last.time > config.consentMaxAgeDays * DAY) return 'expired'
  }

  /** Under GPC, a decision that was not the visitor's own purpose-by-purpose choice keeps sale/share off. */
  const effective = (d: Decision): Decision =>
    gpcApplied && d.method != 'custom'
      ? {
          ...d,
          purposes: { ...d.purposes, ...Object.fromEntries(purposes.filter(saleOrShare).map((p) => [p.id, false])) },
        }
      : d

  const $decision = atom<Decision | undefined>(last && !needsDecision() ? effective(last) : undefined)

  const save = (d: Decision) => {
    cookies.write(
      consentCookie(d, {
        ...config.cookie,
        maxAgeDays: config.consentMaxAgeDays,
        secure: options.secure ?? web.location?.protocol == 'https:',
      }),
    )
    last = d
  }

  const decide = (
    granted: (p: ResolvedConfig['purposes'][number]) => boolean | undefined,
    method: DecisionMethod,
    serviceChoices: Record<string, boolean> = {},
  ): Decision => {
    const previous = $decision.get()
    const time = now()
    const asked = Object.fromEntries(purposes.map((p) => [p.id, !!(p.required || granted(p))]))
    const d = effective({
      revision: config.revision,
      time,
      purposes: asked,
      services: Object.fromEntries(
        services.filter((s) => typeof serviceChoices[s.id] == 'boolean').map((s) => [s.id, !!serviceChoices[s.id]]),
      ),
      subject: last?.subject ?? (options.randomId ?? randomId)(),
      // Chosen now and stored with the decision, before anything (a withdrawal's reload) can end the
      // page: whichever page records it records this one receipt.
      receipt: (options.newReceiptId ?? receiptId)(time),
      method,
    })
    // It chains to the last decision's receipt (recorded, or still owed under the same id).
    const chain = last?.receipt ?? last?.previous
    if (chain) d.previous = chain
    save(d)
    // Whatever the method (the banner's "accept all", the API's acceptAll or setConsent), the receipt
    // must say which asked-for purposes GPC kept off.
    const withheld = purposes.filter((p) => asked[p.id] && !d.purposes[p.id]).map((p) => p.id)
    if (withheld.length) d.gpcWithheld = withheld
    $decision.set(d)
    for (const listener of listeners.slice()) listener(d, previous)
    return d
  }

  return {
    $decision,
    needsDecision,
    gpcApplied,
    gpcWithheld: gpcApplied ? purposes.filter((p) => !p.required && saleOrShare(p)).map((p) => p.id) : [],
    getConsent: () => $decision.get(),
    // Asks for everything; `effective` keeps off what GPC covers, and the decision names it.
    acceptAll: (method = 'accept-all') => decide(() => true, method),
    rejectAll: (method = 'reject-all') => decide(() => false, method),
    setConsent: (choices, o = {}) => decide((p) => choices[p.id] === true, o.method ?? 'custom', o.services),
    withdraw: () => decide(() => false, 'withdraw'),
    noteReceipt(id) {
      if (!isCookieText(id)) throw new TypeError('bad receipt id ' + id)
      if (!$decision.get() || (last!.receipt && last!.receipt != id) || last!.recorded) return
      const noted: Decision = { ...last!, receipt: id, recorded: true }
      save(noted)
      $decision.set(effective(noted))
    },
    onChange(listener) {
      listeners.push(listener)
      return () => {
        const i = listeners.indexOf(listener)
        if (i >= 0) listeners.splice(i, 1)
      }
    },
    isGranted(target, use) {
      const service =
        typeof target == 'string' && !purposes.some((p) => p.id == target)
          ? services.find((s) => s.id == target)
          : target
      // Consent Mode advanced: the tag runs on denied consent types; the gate still holds its cookies.
      if (use == 'load' && typeof service == 'object' && service.consentMode == 'advanced') return true
      const d = $decision.get()
      return isGranted({ services: {}, ...d, purposes: { ...d?.purposes, ...required } } as Decision, service ?? target)
    },
  }
}
