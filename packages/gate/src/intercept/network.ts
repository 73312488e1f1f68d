// Keeps beacons to held services from leaving: fetch, navigator.sendBeacon and XMLHttpRequest.
// (Image pixels are held by the img src setter in elements.ts.) Each held request fails the way
// a blocked one does: fetch rejects with a TypeError, sendBeacon answers false (could not queue),
// XMLHttpRequest fires error and loadend.
import type { Patcher } from '../gate/patch.ts'

export function interceptNetwork(patch: Patcher, held: (url: string) => unknown): void {
  const url = (input: unknown) => held(input instanceof Request ? input.url : String(input))
  patch.wrap(window, 'fetch', (_, args) => url(args[0]), () => Promise.reject(new TypeError('held by Sekisho')))
  patch.wrap(Navigator.prototype, 'sendBeacon', (_, args) => url(args[0]), () => false)
  const heldRequests = new WeakSet<XMLHttpRequest>()
  patch.wrap(XMLHttpRequest.prototype, 'open', (xhr, args) => {
    heldRequests[url(args[1]) ? 'add' : 'delete'](xhr)
  })
  patch.wrap(
    XMLHttpRequest.prototype,
    'send',
    (xhr) => heldRequests.has(xhr),
    (xhr: XMLHttpRequest) => setTimeout(() => ['error', 'loadend'].forEach((type) => xhr.dispatchEvent(new ProgressEvent(type)))),
  )
}
