// Keeps held services' cookies and storage keys from being written: document.cookie, the
// CookieStore API and Storage#setItem (localStorage and sessionStorage).
import type { Patcher, Realm } from '../gate/patch.ts'

/**
 * Whether a cookie string deletes rather than writes, read as the browser reads it (RFC 6265bis
 * 5.6): the last Max-Age attribute decides when its value is a number (`Max-Age=0100` is 100 s,
 * not 0; a Max-Age after a past Expires writes); the last Expires otherwise, when it is a date in
 * the past (the 1970 form). An attribute the browser cannot read leaves the cookie written, so a
 * doubtful string never counts as a deletion: the gate would let a tracker's cookie through.
 */
export function deletes(text: string): boolean {
  let maxAge: string | undefined
  let expires: string | undefined
  for (const part of text.split(';').slice(1)) {
    const cut = part.indexOf('=')
    const name = (cut < 0 ? part : part.slice(0, cut)).trim().toLowerCase()
    const value = cut < 0 ? '' : part.slice(cut + 1).trim()
    if (name == 'max-age') maxAge = value
    else if (name == 'expires') expires = value
  }
  if (maxAge != null && /^-?\d+$/.test(maxAge)) return Number(maxAge) <= 0
  return expires != null && cookieDate(expires) < Date.now()
}

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec'
/**
 * A cookie-date (RFC 6265 5.1.1) in milliseconds, or NaN: a time, a day of the month, a month and
 * a year must all be found. Stricter than Date.parse (which reads `1970` or `0` as dates and `69`
 * as 1969): where the two differ from the browser, the browser reads the date or no date, and
 * neither makes a written cookie look deleted.
 */
export function cookieDate(text: string): number {
  let time: number[] | undefined
  let day: number | undefined
  let month: number | undefined
  let year: number | undefined
  for (const token of text.split(/[\t\x20-\x2f\x3b-\x40\x5b-\x60\x7b-\x7e]+/)) {
    // A time or a year with anything glued after it is none (Chromium reads no date in
    // `00:00:00x` or `1970x`, where RFC 6265 would).
    const clock = /^(\d{1,2}):(\d{1,2}):(\d{1,2})$/.exec(token)
    const named = token.length >= 3 ? MONTHS.indexOf(token.slice(0, 3).toLowerCase()) : -1
    if (!time && clock) time = clock.slice(1).map(Number)
    // A day is all digits (Chromium reads no day in `1st`, which RFC 6265 would).
    else if (day == null && /^\d{1,2}$/.test(token)) day = Number(token)
    else if (month == null && named >= 0 && named % 3 == 0) month = named / 3
    else if (year == null && /^\d{2,4}$/.test(token)) year = Number(token)
  }
  if (!time || day == null || month == null || year == null) return Number.NaN
  year += year < 70 ? 2000 : year < 100 ? 1900 : 0
  const [h, m, s] = time as [number, number, number]
  const ms = Date.UTC(year, month, day, h, m, s)
  // No rolling over: 31 February or 24:00 are no dates.
  const valid = h < 24 && m < 60 && s < 60 && new Date(ms).getUTCDate() == day
  return valid ? ms : Number.NaN
}

/** The Path a cookie string sets, if any. */
export const pathOf = (text: string) => /;\s*path\s*=\s*([^;]*)/i.exec(text)?.[1]?.trim()

export function interceptStorage(
  w: Realm,
  patch: Patcher,
  held: (name: string, kind: 'cookies' | 'storage') => boolean,
  written: { paths: Set<string>; names: Set<string> },
): void {
  const cookie = (name: unknown) => held(String(name).trim(), 'cookies')
  patch.wrap(
    w.Document.prototype,
    'cookie',
    (_, args) => {
      const text = (args[0] = String(args[0]))
      // Every Path and name written through here is one a withdrawal must expire.
      const path = pathOf(text)
      const name = text.split('=')[0]!.trim()
      if (path && path[0] == '/') written.paths.add(path)
      written.names.add(name)
      return !deletes(text) && cookie(name)
    },
    undefined,
    'set',
  )
  const cookieStore = (w as { CookieStore?: { prototype: object } }).CookieStore
  if (cookieStore)
    patch.wrap(
      cookieStore.prototype,
      'set',
      (_, [name]) => cookie(name?.name ?? name),
      () => Promise.resolve(),
    )
  patch.wrap(w.Storage.prototype, 'setItem', (_, [key]) => held(String(key), 'storage'))
}
