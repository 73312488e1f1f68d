// Keeps held services' cookies and storage keys from being written: document.cookie, the
// CookieStore API and Storage#setItem (localStorage and sessionStorage).
import type { Patcher } from '../gate/patch.ts'

/** A cookie string that deletes rather than writes (zero or negative max-age, or a past date). */
const DELETES = /;\s*(max-age\s*=\s*[-0]|expires\s*=[^;]*19[0-6]\d)/i

export function interceptStorage(patch: Patcher, held: (name: string, kind: 'cookies' | 'storage') => boolean): void {
  const cookie = (name: unknown) => held(String(name).trim(), 'cookies')
  patch.wrap(
    Document.prototype,
    'cookie',
    (_, [text]) => !DELETES.test(text) && cookie(String(text).split('=')[0]),
    undefined,
    'set',
  )
  const cookieStore = (window as { CookieStore?: { prototype: object } }).CookieStore
  if (cookieStore)
    patch.wrap(
      cookieStore.prototype,
      'set',
      (_, [name]) => cookie(name?.name ?? name),
      () => Promise.resolve(),
    )
  patch.wrap(Storage.prototype, 'setItem', (_, [key]) => held(String(key), 'storage'))
}
