// Keeps requests to held services from leaving: fetch, fetchLater, navigator.sendBeacon,
// XMLHttpRequest, WebSocket, EventSource, WebTransport, worker scripts (Worker, SharedWorker,
// service worker), the Cache API's add/addAll and forms. (Image pixels are held by the img src
// setter in elements.ts.) Each held request fails the way one the browser refused does: fetch
// rejects with a TypeError, sendBeacon answers false (could not queue), fetchLater reports it never
// had to send, XMLHttpRequest fires error and loadend, a socket or event stream comes back closed
// and fires error (a socket then close, code 1006), and a worker script (registering one rejects)
// or a WebTransport session throws a SecurityError, as a URL the browser may not load does.
import type { Patcher, Realm } from '../gate/patch.ts'
import { readOnce } from './elements.ts'

/** What `new WebSocket` / `new EventSource` give for a held URL: what a refused connection
 * leaves, closed (`readyState`), its events fired soon after. A plain EventTarget with the members
 * a caller reaches for next (the real prototype's getters would throw on it; `instanceof` fails). */
function refused(url: unknown, readyState: number, events: string[]): object {
  // biome-ignore lint/suspicious/noExplicitAny: a socket-like stand-in the page may treat as a WebSocket or an EventSource
  const closed: any = Object.assign(new EventTarget(), { url: String(url), readyState, send() {}, close() {} })
  setTimeout(() =>
    events.forEach((type) => {
      const event = new (type == 'close' ? CloseEvent : Event)(type, { code: 1006 })
      closed.dispatchEvent(event)
      closed['on' + type]?.(event)
    }),
  )
  return closed
}

export function interceptNetwork(w: Realm, patch: Patcher, held: (url: string) => unknown): void {
  // Socket URLs are matched as the http(s) URLs they upgrade from.
  // A Request is the realm's own (a frame's is no instance of the page's Request).
  const url = (input: unknown) =>
    held(input instanceof w.Request ? input.url : String(input).replace(/^\s*ws(s?):/i, 'http$1:'))
  // Read once: the request goes out to the URL that was checked.
  const read = (args: IArguments, at: number) =>
    url(args[at] instanceof w.Request ? args[at] : (args[at] = readOnce(args[at])))
  const check = (_: unknown, args: IArguments) => read(args, 0)
  const securityError = () => new DOMException('held by Sekisho', 'SecurityError')
  patch.wrap(w, 'fetch', check, () => Promise.reject(new TypeError('held by Sekisho')))
  patch.wrap(w.Navigator.prototype, 'sendBeacon', check, () => false)
  const heldRequests = new WeakSet<XMLHttpRequest>()
  patch.wrap(w.XMLHttpRequest.prototype, 'open', (xhr, args) => {
    heldRequests[read(args, 1) ? 'add' : 'delete'](xhr)
  })
  patch.wrap(
    w.XMLHttpRequest.prototype,
    'send',
    (xhr) => heldRequests.has(xhr),
    (xhr: XMLHttpRequest) =>
      setTimeout(() => ['error', 'loadend'].forEach((type) => xhr.dispatchEvent(new ProgressEvent(type)))),
  )
  // fetchLater (Chromium 135+) sends when the page goes away or its timer ends: a held one is
  // answered as one the browser never has to send.
  patch.wrap(w, 'fetchLater', check, () => ({ activated: false }))
  patch.wrap(w, 'WebSocket', check, (_, [to]) => refused(to, 3, ['error', 'close']))
  patch.wrap(w, 'EventSource', check, (_, [to]) => refused(to, 2, ['error']))
  for (const name of ['Worker', 'SharedWorker', 'WebTransport'])
    patch.wrap(w, name, check, () => {
      throw securityError()
    })
  // The Cache API fetches what it adds (secure contexts only); addAll takes a list.
  const cache = (w as { Cache?: { prototype: object } }).Cache
  if (cache) {
    const failed = () => Promise.reject(new TypeError('held by Sekisho'))
    patch.wrap(cache.prototype, 'add', check, failed)
    const each = (r: unknown) => (r instanceof w.Request ? r : readOnce(r))
    // Read once into an array: a generator given as the list cannot be read a second time.
    patch.wrap(
      cache.prototype,
      'addAll',
      (_, args) => (args[0] = Array.from(args[0] as unknown[], each)).some(url),
      failed,
    )
  }
  // Service workers exist only in secure contexts.
  const container = (w as { ServiceWorkerContainer?: { prototype: object } }).ServiceWorkerContainer
  if (container) patch.wrap(container.prototype, 'register', check, () => Promise.reject(securityError()))
}

/**
 * Holds form submissions to held hosts (a form posted to a hidden frame is a classic beacon):
 * `submit()`, which fires no event, is wrapped; `requestSubmit()`, submit buttons and Enter fire
 * `submit`, which the realm's first listener cancels. The submitter's `formaction` wins, as it does
 * for the browser.
 */
export function interceptForms(w: Realm, patch: Patcher, held: (url: string) => unknown): void {
  const action = (form: HTMLFormElement, submitter?: Element | null) =>
    held(submitter?.hasAttribute('formaction') ? (submitter as HTMLButtonElement).formAction : form.action)
  patch.wrap(w.HTMLFormElement.prototype, 'submit', (form) => action(form))
  w.addEventListener(
    'submit',
    (event) => action(event.target as HTMLFormElement, event.submitter) && event.preventDefault(),
    true,
  )
}
