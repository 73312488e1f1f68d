// Keeps beacons to held services from leaving: fetch, navigator.sendBeacon and XMLHttpRequest.
// (Image pixels are held by the img src setter in elements.ts.)
import type { GateContext } from '../gate/context.ts'

export function interceptNetwork(context: GateContext): void {
  const { patch } = context
  const held = (url: unknown): boolean => {
    if (!context.active) return false
    try {
      return !!context.heldBy(url instanceof Request ? url.url : String(url))
    } catch {
      return false
    }
  }
  // A held fetch fails the way a blocked request does: a TypeError, asynchronously.
  patch.method(window, 'fetch', (original) =>
    function (this: unknown, input: unknown) {
      if (held(input)) return Promise.reject(new TypeError('Failed to fetch: held by Sekisho until consent'))
      return original.apply(this, arguments)
    },
  )
  // false is what the browser answers when it cannot queue a beacon.
  patch.method(Navigator.prototype, 'sendBeacon', (original) =>
    function (this: Navigator, url: unknown) {
      if (held(url)) return false
      return original.apply(this, arguments)
    },
  )
  const heldRequests = new WeakSet<XMLHttpRequest>()
  patch.method(XMLHttpRequest.prototype, 'open', (original) =>
    function (this: XMLHttpRequest, method: string, url: unknown) {
      if (held(url)) heldRequests.add(this)
      else heldRequests.delete(this)
      return original.apply(this, arguments)
    },
  )
  // A held request ends as a network error would: error then loadend, asynchronously.
  patch.method(XMLHttpRequest.prototype, 'send', (original) =>
    function (this: XMLHttpRequest) {
      if (!heldRequests.has(this)) return original.apply(this, arguments)
      setTimeout(() => {
        this.dispatchEvent(new ProgressEvent('error'))
        this.dispatchEvent(new ProgressEvent('loadend'))
      })
    },
  )
}
