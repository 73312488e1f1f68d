// Keeps held services' cookies and storage keys from being written: document.cookie, the
// CookieStore API and Storage#setItem (localStorage and sessionStorage).
import type { GateContext } from '../gate/context.ts'

/** A cookie string that deletes rather than writes (an expired date or a zero max-age). */
const DELETES = /;\s*(?:max-age\s*=\s*(?:0|-)|expires\s*=[^;]*19[0-6]\d)/i

export function interceptStorage(context: GateContext): void {
  const { patch } = context
  const held = (name: unknown, kind: 'cookies' | 'storage'): boolean => {
    if (!context.active) return false
    try {
      return context.nameHeld(String(name), kind)
    } catch {
      return false
    }
  }
  patch.setter(Document.prototype, 'cookie', (set) =>
    function (this: Document, value) {
      const text = String(value)
      const eq = text.indexOf('=')
      if (eq > 0 && !DELETES.test(text) && held(text.slice(0, eq).trim(), 'cookies')) return
      set.call(this, value)
    },
  )
  const store = (window as { CookieStore?: { prototype: object } }).CookieStore
  if (store)
    patch.method(store.prototype, 'set', (original) =>
      function (this: unknown, name: unknown) {
        const cookie = typeof name === 'object' && name ? (name as { name: unknown }).name : name
        if (held(cookie, 'cookies')) return Promise.resolve()
        return original.apply(this, arguments)
      },
    )
  patch.method(Storage.prototype, 'setItem', (original) =>
    function (this: Storage, key: unknown) {
      if (held(key, 'storage')) return
      return original.apply(this, arguments)
    },
  )
}
