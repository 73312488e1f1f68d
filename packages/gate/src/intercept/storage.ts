// Keeps held services' cookies and storage keys from being written: document.cookie, the
// CookieStore API and Storage#setItem (localStorage and sessionStorage).
import type { Patcher, Realm } from '../gate/patch.ts'

/**
 * Whether a cookie string deletes rather than writes, read as the browser reads it (RFC 6265bis
 * 5.6): the last valid Max-Age wins over Expires (`Max-Age=0100` is 100 s, not 0; a Max-Age after
 * a past Expires writes); without one, an Expires in the past (the 1970 form) deletes.
 */
export function deletes(text: string): boolean {
  let maxAge: number | undefined
  let expires: number | undefined
  for (const part of text.split(';').slice(1)) {
    const cut = part.indexOf('=')
    const name = part.slice(0, cut).trim().toLowerCase()
    const value = part.slice(cut + 1).trim()
    if (cut < 0) continue
    if (name == 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value)
    else if (name == 'expires' && !Number.isNaN(Date.parse(value))) expires = Date.parse(value)
  }
  return maxAge != null ? maxAge <= 0 : expires != null && expires < Date.now()
}

/** The Path a cookie string sets, if any. */
const pathOf = (text: string) => /;\s*path\s*=\s*([^;]*)/i.exec(text)?.[1]?.trim()

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
