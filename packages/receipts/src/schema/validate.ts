// Runtime validation of receipts: every error names the field path. Shared by client and collector.
import { CONSENT_MODE_TYPES, DECISION_METHODS, NO_TEXT, RECEIPT_SCHEMA, type Receipt } from './receipt.ts'

export interface ReceiptError {
  /** Field path, e.g. `purposes[2].granted`. */
  path: string
  message: string
}

export type ReceiptValidation = { ok: true; receipt: Receipt } | { ok: false; errors: ReceiptError[] }

const ID = /^[A-Za-z0-9_-]{8,128}$/
const TOKEN = /^[A-Za-z0-9_.:-]{1,128}$/
// ISO 8601 UTC as Date#toISOString writes it; the collector sorts and partitions on it.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/
const HEX64 = /^[0-9a-f]{64}$/
const MAX_TEXT = 2048
const MAX_ITEMS = 256

const TOP_KEYS = [
  'id',
  'schema',
  'timestamp',
  'site',
  'subject',
  'policy',
  'jurisdiction',
  'method',
  'purposes',
  'services',
  'signals',
  'ui',
  'previous',
  'context',
]

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
        : typeof value

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export interface ValidateOptions {
  /** Accept `ui.textHash` = SHA-256 of '' (the collector does, for receipts an earlier release queued
   * in browsers: refused, they would be retried forever; it stores and flags them). @default false */
  emptyTextHash?: boolean
}

/** Checks an unknown value against `sekisho-receipt/1`; returns the receipt or every error found. */
export function validateReceipt(input: unknown, options: ValidateOptions = {}): ReceiptValidation {
  const errors: ReceiptError[] = []
  const fail = (path: string, message: string) => void errors.push({ path, message })

  const matches = (path: string, value: unknown, pattern: RegExp, what: string) => {
    if (typeof value !== 'string' || !pattern.test(value)) fail(path, `expected ${what}, got ${describe(value)}`)
  }
  const text = (path: string, value: unknown, optional = false) => {
    if (optional && value === undefined) return
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TEXT)
      fail(path, `expected a non-empty string of at most ${MAX_TEXT} characters, got ${describe(value)}`)
  }
  const only = (path: string, value: Record<string, unknown>, keys: string[]) => {
    for (const key of Object.keys(value))
      if (!keys.includes(key)) fail(path ? `${path}.${key}` : key, `unknown field; allowed: ${keys.join(', ')}`)
  }
  const grants = (path: string, value: unknown) => {
    if (!Array.isArray(value) || value.length > MAX_ITEMS)
      return fail(path, `expected an array of at most ${MAX_ITEMS} {id, granted}, got ${describe(value)}`)
    const seen = new Set<string>()
    value.forEach((item, i) => {
      const at = `${path}[${i}]`
      if (!isObject(item)) return fail(at, `expected {id, granted}, got ${describe(item)}`)
      only(at, item, ['id', 'granted'])
      matches(`${at}.id`, item.id, TOKEN, 'an id of 1–128 letters, digits, _ . : -')
      if (typeof item.granted !== 'boolean')
        fail(`${at}.granted`, `expected true or false, got ${describe(item.granted)}`)
      if (typeof item.id === 'string') {
        if (seen.has(item.id)) fail(`${at}.id`, `duplicate id "${item.id}"`)
        seen.add(item.id)
      }
    })
  }

  if (!isObject(input))
    return { ok: false, errors: [{ path: '', message: `expected a receipt object, got ${describe(input)}` }] }
  const r = input
  only('', r, TOP_KEYS)
  matches('id', r.id, ID, 'an id of 8–128 letters, digits, _ or -')
  if (r.schema !== RECEIPT_SCHEMA) fail('schema', `expected "${RECEIPT_SCHEMA}", got ${describe(r.schema)}`)
  matches('timestamp', r.timestamp, TIMESTAMP, 'an ISO 8601 UTC time like 2024-05-01T09:30:00.000Z')
  if (typeof r.timestamp === 'string' && TIMESTAMP.test(r.timestamp) && Number.isNaN(Date.parse(r.timestamp)))
    fail('timestamp', `not a real date: ${describe(r.timestamp)}`)
  text('site', r.site)
  matches('subject', r.subject, ID, 'a pseudonymous id of 8–128 letters, digits, _ or -')
  if (!isObject(r.policy)) fail('policy', `expected {revision, language, url?}, got ${describe(r.policy)}`)
  else {
    only('policy', r.policy, ['revision', 'url', 'language'])
    text('policy.revision', r.policy.revision)
    text('policy.url', r.policy.url, true)
    matches(
      'policy.language',
      r.policy.language,
      /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
      'a language tag like "ja" or "en-US"',
    )
  }
  matches('jurisdiction', r.jurisdiction, /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'a jurisdiction like "JP", "EU" or "US-CA"')
  if (!DECISION_METHODS.includes(r.method as never))
    fail('method', `expected one of ${DECISION_METHODS.join(', ')}, got ${describe(r.method)}`)
  grants('purposes', r.purposes)
  grants('services', r.services)
  if (!isObject(r.signals)) fail('signals', `expected {gpc, consentMode?}, got ${describe(r.signals)}`)
  else {
    only('signals', r.signals, ['gpc', 'gpcWithheld', 'consentMode'])
    if (typeof r.signals.gpc !== 'boolean')
      fail('signals.gpc', `expected true or false, got ${describe(r.signals.gpc)}`)
    const withheld = r.signals.gpcWithheld
    if (withheld !== undefined && !(Array.isArray(withheld) && withheld.every((p) => typeof p === 'string')))
      fail('signals.gpcWithheld', `expected a list of purpose ids, got ${describe(withheld)}`)
    const cm = r.signals.consentMode
    if (cm !== undefined) {
      if (!isObject(cm)) fail('signals.consentMode', `expected an object of consent types, got ${describe(cm)}`)
      else {
        only('signals.consentMode', cm, CONSENT_MODE_TYPES as string[])
        for (const [key, value] of Object.entries(cm))
          if (value !== 'granted' && value !== 'denied')
            fail(`signals.consentMode.${key}`, `expected "granted" or "denied", got ${describe(value)}`)
      }
    }
  }
  if (!isObject(r.ui)) fail('ui', `expected {textHash} or {noText}, got ${describe(r.ui)}`)
  else if (r.ui.noText !== undefined || r.ui.textHash === undefined) {
    only('ui', r.ui, ['noText'])
    if (!NO_TEXT.includes(r.ui.noText as never))
      fail('ui.noText', `expected one of ${NO_TEXT.join(', ')} (or ui.textHash), got ${describe(r.ui.noText)}`)
  } else {
    only('ui', r.ui, ['textHash'])
    matches('ui.textHash', r.ui.textHash, HEX64, 'a lowercase hex SHA-256 (64 characters)')
    if (r.ui.textHash === EMPTY_TEXT_HASH && !options.emptyTextHash)
      fail('ui.textHash', 'the SHA-256 of an empty wording proves nothing: send ui.noText instead')
  }
  if (r.context !== undefined) {
    if (!isObject(r.context)) fail('context', `expected {userAgent?}, got ${describe(r.context)}`)
    else {
      only('context', r.context, ['userAgent'])
      text('context.userAgent', r.context.userAgent, true)
    }
  }
  if (r.previous !== undefined && r.previous !== null) matches('previous', r.previous, ID, 'a receipt id or null')

  return errors.length ? { ok: false, errors } : { ok: true, receipt: r as unknown as Receipt }
}

/** The SHA-256 of '': what receipts made without their wording used to carry. */
export const EMPTY_TEXT_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

/** One line per error, `path: message`, for logs and HTTP 400 bodies. */
export function formatReceiptErrors(errors: readonly ReceiptError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n')
}
