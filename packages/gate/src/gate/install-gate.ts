// installGate: the runtime that holds trackers until their purpose is consented.
import type { ServiceDefinition } from '@sekisho/core'
import { eraseCookies, eraseStorage } from '../erase/erase.ts'
import { holdCss, interceptCss } from '../intercept/css.ts'
import { interceptTags, readOnce, refreshUrl } from '../intercept/elements.ts'
import { ARM, interceptMarkup } from '../intercept/markup.ts'
import { interceptNavigations } from '../intercept/navigation.ts'
import { interceptForms, interceptNetwork } from '../intercept/network.ts'
import { interceptStorage } from '../intercept/storage.ts'
import { hostDeclared, matchService, relative, relativeMarkup } from '../match/hosts.ts'
import { namePattern } from '../match/names.ts'
import { heldAttributes, releaseElement } from '../release/release-element.ts'
import { createReleaseQueue } from '../release/release-queue.ts'
import { createPatcher, type Realm } from './patch.ts'
import { drawPlaceholder, removePlaceholder } from './placeholder.ts'
import type { Gate, GateOptions } from './types.ts'

type Kind = 'cookies' | 'storage'

type Hook = ((win: unknown) => void) & { add(arm: (win: unknown) => void): void }
/** The function a srcdoc's prologue calls to arm its realm: each gated window's ARM property, one
 * per page, which each gate installed there joins (copies of the gate in other bundles too: each
 * has module state of its own). Frozen, and its list of gates out of reach: page code can add a
 * function, never take a gate away. An uninstalled gate's `arm` does nothing. */
function pageHook(): Hook {
  const made = (window as unknown as Record<symbol, Hook | undefined>)[ARM]
  if (made?.add) return made
  const gates = new Set<(win: unknown) => void>()
  // Stryker disable ArrowFunction,ObjectLiteral: killed in a fresh page (elements.test.ts under
  // @web/test-runner); Karma runs every test file in one page, where the first gate's frozen hook is reused
  const hook = Object.freeze(
    Object.assign((win: unknown) => gates.forEach((arm) => arm(win)), {
      add: (arm: (win: unknown) => void) => void gates.add(arm),
    }),
  )
  Object.defineProperty(window, ARM, { value: hook })
  // Stryker restore ArrowFunction,ObjectLiteral
  return hook
}

/**
 * Installs the gate: from here on, tags, beacons, cookies and storage keys of services that
 * `isGranted` refuses are held. Call `refresh()` whenever the decision changes.
 */
export function installGate(options: GateOptions): Gate {
  const { services } = options
  const { setAttribute } = Element.prototype
  let active = true
  const patch = createPatcher(() => active)
  // The decision comes from outside; if asking fails, the answer is no.
  const granted = (target: string | ServiceDefinition, use?: 'load'): boolean => {
    try {
      return options.isGranted(target, use)
      // Stryker disable next-line BlockStatement: an empty catch returns undefined, as falsy as false
    } catch {
      return false
    }
  }
  /** A `data-sekisho` value names a service id or a purpose id. */
  const resolve = (target: string) => services.find((s) => s.id == target) ?? target
  /** Targets whose scripts or requests went out: withdrawing one of them needs a reload. */
  const ran = new Set<string>()
  const reported = new Set<string>()

  /** The base URL whose relative URLs need no parsing, and whether they do (see `heldBy`). */
  // Stryker disable next-line StringLiteral: any value no baseURI can be
  let base = ''
  // Stryker disable next-line BooleanLiteral: set by the first call, which always finds a new base
  let baseHolds = true
  /** Whether a relative URL (it resolves to the base's host) is never held nor reported: no
   * pattern names the base's host, and it is no third party to report. */
  const ownBase = (): boolean => {
    if (document.baseURI != base) {
      base = document.baseURI
      try {
        const { hostname, protocol } = new URL(base)
        baseHolds =
          hostDeclared(hostname.replace(/\.$/, ''), services) ||
          (!!options.onUndeclared && /^https?:$/.test(protocol) && hostname != location.hostname)
        // Stryker disable next-line BlockStatement: document.baseURI is always a URL
      } catch {
        // Stryker disable next-line BooleanLiteral: as above
        baseHolds = true
      }
    }
    return !baseHolds
  }
  const heldBy = (url: string): ServiceDefinition | undefined => {
    // Most URLs a page loads are its own, relative ones: when they cannot be held, no parsing.
    if (relative(url) && ownBase()) return
    const service = matchService(url, services)
    if (service) {
      if (!granted(service, 'load')) return service
      ran.add(service.id)
    } else if (options.onUndeclared) {
      // No declared service: report each third-party http(s) host once (an unparsable URL
      // throws here, and requested nothing).
      try {
        const { hostname, protocol } = new URL(url, document.baseURI)
        if (/^https?:$/.test(protocol) && hostname != location.hostname && !reported.has(hostname)) {
          reported.add(hostname)
          options.onUndeclared(url)
        }
      } catch {}
    }
  }
  // Built on the first cookie or storage write, not in the page's critical first milliseconds.
  let tests: Record<Kind, Array<RegExp | undefined>> | undefined
  /** Whether a cookie name or storage key is declared by a service and by none granted now. */
  const nameHeld = (name: string, kind: Kind): boolean => {
    let held = false
    tests ||= {
      cookies: services.map((s) => namePattern(s.cookies)),
      storage: services.map((s) => namePattern(s.storage)),
    }
    for (let i = 0; i < services.length; i++)
      if (tests[kind][i]?.test(name)) {
        if (granted(services[i]!)) return false
        held = true
      }
    return held
  }

  /** Elements a setter held (made by scripts): their async flag is their own. */
  const scripted = new WeakSet<Element>()
  /** Marks `el` held for the service of `url`, its attribute `attr`'s value: scripts lose their
   * type, other tags the URL. A srcset is held when any of its URLs is: its pieces split at
   * whitespace and commas hold every candidate URL's host (a comma inside a URL comes after it).
   * A refresh (meta content) is held by where it goes. */
  const hold = (el: Element, url: string, attr: string, byScript?: boolean): boolean => {
    const service = /srcset|ping/.test(attr)
      ? url
          .split(/[\s,]+/)
          .map(heldBy)
          .find(Boolean)
      : heldBy(attr == 'content' ? refreshUrl(url) : url)
    if (!service) return false
    if (byScript) scripted.add(el)
    if (el.localName == 'script') {
      const type = el.getAttribute('type')
      if (type != null && !el.hasAttribute('data-sekisho')) setAttribute.call(el, 'data-type', type)
      setAttribute.call(el, 'type', 'text/plain')
    } else {
      setAttribute.call(el, 'data-' + attr, url)
      el.removeAttribute(attr)
    }
    setAttribute.call(el, 'data-sekisho', service.id)
    return true
  }

  let scheduled = false
  const schedule = () => {
    if (!scheduled && active) {
      // Stryker disable next-line BooleanLiteral: a refresh changes nothing a second time (this spares the work)
      scheduled = true
      queueMicrotask(() => {
        scheduled = false
        refresh()
      })
    }
  }

  const releasing = new WeakSet<Element>()
  const push = createReleaseQueue((el) => {
    removePlaceholder(el)
    if (el.localName == 'script') ran.add(el.getAttribute('data-sekisho')!)
    return releaseElement(el, setAttribute, scripted.has(el), options.nonce)
  })

  let before = services.filter((s) => granted(s))

  /** The elements matching `selector` in the page, then in each patched frame and popup still open. */
  const all = (selector: string) => {
    const found: Element[] = []
    for (const w of realms)
      try {
        if (w.closed) realms.delete(w)
        else found.push(...w.document.querySelectorAll(selector))
      } catch {
        // Navigated to another origin: no longer the gate's.
        realms.delete(w)
      }
    return found
  }

  function refresh(): void {
    if (!active) return
    const ready: Element[] = []
    // Marked-up and held tags alike carry data-sekisho, so this is document order.
    all('[data-sekisho]').forEach((el) => {
      const target = el.getAttribute('data-sekisho')!
      // A deferred script waits for the parser to finish, as it would have without the gate.
      if (releasing.has(el) || (el.hasAttribute('defer') && document.readyState == 'loading')) return
      if (granted(resolve(target), 'load')) {
        releasing.add(el)
        ready.push(el)
      } else if (options.requestConsent && el.hasAttribute('data-sekisho-placeholder')) {
        drawPlaceholder(el, target, options.requestConsent)
      }
    })
    push(ready)

    // Whatever no granted service declares is erased on every decision, the first refusal
    // included: cookies an earlier visit left (_ga, _fbp) go on "reject all" too.
    eraseCookies((name) => nameHeld(name, 'cookies'), written)
    // Unopened, the storage is swept when it is first read, by the decision of that time.
    if (opened) sweep()
    const now = services.filter((s) => granted(s))
    const revoked = before.filter((s) => !now.includes(s))
    before = now
    if (!revoked.length) return
    // Frames, images and links can be held again; a script that ran cannot be stopped. A style
    // waits in data-style again, and keeps its own rules without the tracker's url().
    all('[data-sekisho-released]').forEach((el) => {
      const target = el.getAttribute('data-sekisho-released')!
      if (el.localName == 'script' || granted(resolve(target), 'load')) return
      heldAttributes(el).forEach((attr) => {
        const url = el.getAttribute(attr)
        if (url == null || (attr == 'style' && css(url) == url)) return
        setAttribute.call(el, 'data-' + attr, url)
        if (attr == 'style') setAttribute.call(el, attr, css(url))
        else el.removeAttribute(attr)
      })
      el.removeAttribute('data-sekisho-released')
      setAttribute.call(el, 'data-sekisho', target)
      releasing.delete(el)
    })
    if (options.reloadOnWithdraw != false && [...ran].some((target) => !granted(resolve(target), 'load')))
      (options.reload ?? (() => location.reload()))()
    else refresh()
  }

  /** Cookie Paths and names written on this page (beyond the page's own ancestors and cookies). */
  const written = { paths: new Set<string>(), names: new Set<string>() }
  // `localStorage.key = value` calls nothing the gate can wrap (README: why the Storage objects are
  // not proxied): held keys so written are removed when the page is hidden or left, so that
  // they never outlive the visit.
  // A key written during the last page's pagehide, after this sweep ran, is removed when the
  // next page installs its gate, before any script there reads it.
  // Opening a storage area costs the page a round trip to the browser (milliseconds): the first
  // sweep waits for the first read of localStorage or sessionStorage (their getters, in every
  // patched realm, and a storage event's storageArea), still before any script reads a key.
  function sweep() {
    opened = true
    if (active) eraseStorage((key) => nameHeld(key, 'storage'))
  }
  // Stryker disable next-line BooleanLiteral: speed only (the storage opened before any read)
  let opened = false
  const open = () => opened || sweep()
  addEventListener('pagehide', sweep)
  document.addEventListener('visibilitychange', sweep)
  // Stryker disable next-line ArrowFunction: replaced before anything calls it
  let markup = (html: string) => html
  const css = (text: string) => holdCss(text, heldBy)
  const tags = interceptTags(patch, { hold, schedule, setAttribute, css, markup: (html) => markup(html), arm })
  const html = interceptMarkup(
    patch,
    hold,
    schedule,
    setAttribute,
    css,
    (text) => relativeMarkup(text) && ownBase(),
    options.nonce,
  )
  markup = html.markup
  /** Realms patched (one key per realm: a frame's WindowProxy stays the same when it navigates to
   * a new realm), and the windows whose held tags a decision releases. */
  const armed = new WeakSet<object>()
  const realms = new Set<Realm>()
  /** Re-arms a frame whose load (a later navigation) gave it a new realm. Every image, script and
   * style's load passes here too: those have no window, and skipping them spares a thrown error each
   * (measured: ~24 ms of a throttled first visit). */
  const loaded = (event: Event) => {
    // The read arms it: contentWindow's getter is the gate's in every armed realm (below).
    void (event.target as Partial<HTMLIFrameElement>).contentWindow
  }
  // Patches a window's own globals: the page's, then each same-origin frame's and popup's as soon
  // as the page can reach it (contentWindow, contentDocument, frames[i] after an insertion, a
  // frame's load, window.open), before its first navigation (srcdoc, a same-origin URL: Chromium
  // and the HTML standard keep the first realm for it) runs a script there.
  function arm(win: unknown): void {
    let w: Realm
    let doc: Document
    try {
      // A cross-origin window throws here (a document's defaultView is its window); it is the
      // browser's to hold (CSP mode).
      w = ((win as Document).defaultView ?? win) as Realm
      doc = w.document
      // Uninstalled, it watches nothing more (its load listener outlives it).
      if (!active) return
      if (armed.has(w.Node)) return void (doc && tags.observe(doc))
    } catch {
      return
    }
    armed.add(w.Node)
    realms.add(w)
    // Neither writable nor configurable: page code can neither replace nor remove it. Any window
    // may be given (arm leaves what is not a same-origin one).
    if (!(ARM in w)) Object.defineProperty(w, ARM, { value: hook })
    doc.addEventListener('load', loaded, true)
    interceptStorage(w, patch, nameHeld, written)
    for (const [target, name] of [
      [w, 'localStorage'],
      [w, 'sessionStorage'],
      [w.StorageEvent.prototype, 'storageArea'],
    ] as const)
      patch.wrap(target, name, () => false, undefined, 'get', open)
    interceptNetwork(w, patch, heldBy)
    // Their listeners outlive uninstall (tests): inactive, they hold nothing.
    interceptForms(w, patch, (url) => active && heldBy(url))
    interceptNavigations(w, (url) => active && heldBy(url))
    const inserted = tags.realm(w)
    html.realm(w, inserted, tags.watch)
    interceptCss(w, patch, css)
    // A new window to a held host is refused, as a popup blocker refuses one: null. Another
    // (about:blank, this site) gets the gate.
    patch.wrap(
      w,
      'open',
      (_, args) => args.length && heldBy(String((args[0] = readOnce(args[0])))),
      () => null,
      'value',
      (_, __, popup) => arm(popup),
    )
    // Every other way to a same-origin window: a frame's element, and Document Picture-in-Picture
    // (a window any script may open on a click), by its promise (armed before the page's own
    // callbacks, registered after ours), its `window` getter and its enter event's.
    const { DocumentPictureInPicture: pip, DocumentPictureInPictureEvent: entered } = w as unknown as Record<
      string,
      { prototype: object } | undefined
    >
    for (const [target, name, key] of [
      [w.HTMLIFrameElement, 'contentWindow'],
      [w.HTMLIFrameElement, 'contentDocument'],
      [w.HTMLFrameElement, 'contentWindow'],
      [w.HTMLFrameElement, 'contentDocument'],
      [w.HTMLObjectElement, 'contentWindow'],
      [w.HTMLObjectElement, 'contentDocument'],
      [pip, 'window'],
      [entered, 'window'],
      [pip, 'requestWindow', 'value'],
    ] as const)
      if (target)
        patch.wrap(
          target.prototype,
          name,
          () => false,
          undefined,
          key ?? 'get',
          (_, __, got) => (got instanceof w.Promise ? got.then(arm, () => {}) : arm(got)),
        )
  }
  const hook = pageHook()
  hook.add(arm)
  arm(window)
  // While the page loads, the observer and DOMContentLoaded see the marked-up tags as they come.
  document.addEventListener('DOMContentLoaded', refresh)
  if (document.readyState != 'loading') refresh()

  return {
    refresh,
    held: () => all('[data-sekisho]'),
    uninstall() {
      active = false
      patch.undo()
      tags.stop()
      document.removeEventListener('DOMContentLoaded', refresh)
    },
  }
}
