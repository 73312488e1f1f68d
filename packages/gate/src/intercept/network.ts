// Keeps beacons to held services from leaving: fetch, navigator.sendBeacon and XMLHttpRequest.
// (Image pixels are held by the img src setter in elements.ts.)
import type { Patcher } from '../gate/patch.ts'

export function interceptNetwork(patch: Patcher, held: (url: string) => unknown): void {
  const check = (url: unknown): unknown => {
    try {
      return held(url instanceof Request ? url.url : String(url))
    } catch {
      return false
    }
  }
  // Each held request fails the way a blocked one does: fetch rejects with a TypeError,
  // sendBeacon answers false (could not queue), XMLHttpRequest fires error and loadend.
  patch.method(window, 'fetch', (original) =>
    function (this: unknown, input: unknown) {
      return check(input) ? Promise.reject(new TypeError('held by Sekisho')) : original.apply(this, arguments)
    },
  )
  patch.method(Navigator.prototype, 'sendBeacon', (original) =>
    function (this: unknown, url: unknown) {
      return !check(url) && original.apply(this, arguments)
    },
  )
  const heldRequests = new WeakSet<XMLHttpRequest>()
  patch.method(XMLHttpRequest.prototype, 'open', (original) =>
    function (this: XMLHttpRequest, method: unknown, url: unknown) {
      heldRequests[check(url) ? 'add' : 'delete'](this)
      return original.apply(this, arguments)
    },
  )
  patch.method(XMLHttpRequest.prototype, 'send', (original) =>
    function (this: XMLHttpRequest) {
      if (!heldRequests.has(this)) return original.apply(this, arguments)
      setTimeout(() => ['error', 'loadend'].forEach((type) => this.dispatchEvent(new ProgressEvent(type))))
    },
  )
}
