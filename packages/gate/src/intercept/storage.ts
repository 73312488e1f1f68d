// Keeps held services' cookies and storage keys from being written: document.cookie, the
// CookieStore API and Storage#setItem (localStorage and sessionStorage).
import type { Patcher } from '../gate/patch.ts'

/** A cookie string that deletes rather than writes (zero or negative max-age, or a past date). */
const DELETES = /;\s*(max-age\s*=\s*[-0]|expires\s*=[^;]*19[0-6]\d)/i

export function interceptStorage(patch: Patcher, held: (name: string, kind: 'cookies' | 'storage') => boolean): void {
  const check = (name: unknown, kind: 'cookies' | 'storage') => {
    try {
      return held(String(name).trim(), kind)
    } catch {
      return false
    }
  }
  patch.setter(Document.prototype, 'cookie', (set) =>
    function (this: Document, value) {
      const text = String(value)
      if (DELETES.test(text) || !check(text.split('=')[0], 'cookies')) set.call(this, value)
    },
  )
  const cookieStore = (window as { CookieStore?: { prototype: object } }).CookieStore
  if (cookieStore)
    patch.method(cookieStore.prototype, 'set', (original) =>
      function (this: unknown, name: any) {
        return check(name?.name ?? name, 'cookies') ? Promise.resolve() : original.apply(this, arguments)
      },
    )
  patch.method(Storage.prototype, 'setItem', (original) =>
    function (this: unknown, key: unknown) {
      if (!check(key, 'storage')) return original.apply(this, arguments)
    },
  )
}
