// The consent cookie: a compact, versioned value server code can read (format in the README).
import { DECISION_METHODS as METHODS } from '../consent/methods.ts'
import type { Decision } from '../types.ts'

const VERSION = '3'
/** One letter per method, in the order of the README's table (and of DECISION_METHODS). */
const LETTERS = 'arcwgp'
/** Every field keeps to these characters, so the value needs no quoting or percent-encoding and
 * survives servers that URL-decode cookies (PHP's $_COOKIE turns `+` into a space). */
const TEXT = /^[\w.:-]{1,64}$/
const ID = /^[a-z][\w-]{0,63}$/i

/** `necessary.analytics.!advertising`: each id, refused ones prefixed with `!`. */
const encodeChoices = (choices: Record<string, boolean>) =>
  Object.keys(choices)
    .map((id) => (choices[id] ? id : '!' + id))
    .join('.')

function decodeChoices(field: string): Record<string, boolean> | undefined {
  const choices: Record<string, boolean> = {}
  for (const item of field ? field.split('.') : []) {
    const id = item.replace(/^!/, '')
    if (!ID.test(id)) return
    choices[id] = item == id
  }
  return choices
}

/** Whether `id` can be stored as a revision or receipt id. */
export const isCookieText = (id: string) => TEXT.test(id)

/** The cookie value of a decision: `3|revision|time|purposes|services|subject|receipt|method|previous|recorded`. */
export function encodeDecision(d: Decision): string {
  return [
    VERSION,
    d.revision,
    d.time,
    encodeChoices(d.purposes),
    encodeChoices(d.services),
    d.subject,
    d.receipt ?? '',
    LETTERS[METHODS.indexOf(d.method)],
    d.previous ?? '',
    d.recorded ? '1' : '',
  ].join('|')
}

/**
 * The decision in a cookie value; undefined for anything that is not a well-formed version 3, 2 or 1
 * value. Version 2 wrote field 7 only once the receipt was recorded (so a v2 receipt id means
 * recorded), v1 had no `previous` and its receipt id could be an earlier decision's.
 */
export function decodeDecision(value: string): Decision | undefined {
  const f = typeof value == 'string' ? value.split('|') : []
  const [version, revision, time, purposes, services, subject, receipt, letter, previous, recorded] = f as Array<
    string | undefined
  >
  const p = decodeChoices(purposes!)
  const s = decodeChoices(services!)
  // One letter exactly: indexOf would also find '' and 'ar'.
  const method = letter?.length == 1 ? METHODS[LETTERS.indexOf(letter)] : undefined
  const shape =
    (f.length == 10 && version == VERSION && (recorded == '' || (recorded == '1' && !!receipt))) ||
    (f.length == 9 && version == '2') ||
    (f.length == 8 && version == '1')
  if (
    shape &&
    TEXT.test(revision!) &&
    /^\d{1,15}$/.test(time!) &&
    p &&
    s &&
    /^[\w-]{8,64}$/.test(subject!) &&
    (!receipt || TEXT.test(receipt)) &&
    (!previous || TEXT.test(previous)) &&
    method
  ) {
    const d: Decision = { revision: revision!, time: +time!, purposes: p, services: s, subject: subject!, method }
    if (receipt) d.receipt = receipt
    if (previous) d.previous = previous
    if (recorded || (receipt && version != VERSION)) d.recorded = true
    return d
  }
}

/** The newest valid decision among the cookies named `name` (several can exist on other paths/domains). */
export function readDecision(cookieHeader: string, name: string): Decision | undefined {
  let newest: Decision | undefined
  for (const pair of cookieHeader.split(/;\s*/)) {
    const d = pair.startsWith(name + '=') ? decodeDecision(pair.slice(name.length + 1)) : undefined
    if (d && (!newest || d.time > newest.time)) newest = d
  }
  return newest
}

/** The `document.cookie` assignment that stores `d` for `maxAgeDays`. */
export function consentCookie(
  d: Decision,
  options: { name: string; domain?: string; maxAgeDays: number; secure: boolean },
): string {
  return (
    `${options.name}=${encodeDecision(d)}; Path=/; SameSite=Lax; Max-Age=${options.maxAgeDays * 86400}` +
    (options.domain ? '; Domain=' + options.domain : '') +
    (options.secure ? '; Secure' : '')
  )
}
