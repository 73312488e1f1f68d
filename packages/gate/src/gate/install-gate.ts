// installGate: the runtime that holds trackers until their purpose is consented.
import type { ServiceDefinition } from '@sekisho/core'
import { eraseCookies, eraseStorage } from '../erase/erase.ts'
import { interceptElements } from '../intercept/elements.ts'
import { interceptMarkup } from '../intercept/markup.ts'
import { interceptNetwork } from '../intercept/network.ts'
import { interceptStorage } from '../intercept/storage.ts'
import { matchService } from '../match/hosts.ts'
import { namePattern } from '../match/names.ts'
import { isInlineScript, releaseElement } from '../release/release-element.ts'
import { createReleaseQueue } from '../release/release-queue.ts'
import type { GateContext } from './context.ts'
import { createPatcher } from './patch.ts'
import { drawPlaceholder, removePlaceholder } from './placeholder.ts'
import type { Gate, GateOptions } from './types.ts'

const FOLLOWING = 4 // Node.DOCUMENT_POSITION_FOLLOWING
const byDocumentOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1)

/**
 * Installs the gate: from here on, tags, beacons, cookies and storage keys of services that
 * `isGranted` refuses are held. Call `refresh()` whenever the decision changes.
 */
export function installGate(options: GateOptions): Gate {
  const { services } = options
  // The decision comes from outside; if asking fails, the answer is no.
  const isGranted = (target: string | ServiceDefinition): boolean => {
    try {
      return options.isGranted(target)
    } catch {
      return false
    }
  }
  const byId = new Map(services.map((s) => [s.id, s]))
  const tests = {
    cookies: services.map((s) => namePattern(s.cookies)),
    storage: services.map((s) => namePattern(s.storage)),
  }
  /** A `data-sekisho` value names a service id or a purpose id. */
  const resolve = (target: string): string | ServiceDefinition => byId.get(target) ?? target
  const reported = new Set<string>()
  const report = (url: string) => {
    try {
      const { protocol, hostname } = new URL(url, document.baseURI)
      if (!/^https?:$/.test(protocol) || hostname === location.hostname || reported.has(hostname)) return
      reported.add(hostname)
      options.onUndeclared!(url)
    } catch {
      // Not a URL: nothing was requested.
    }
  }

  let scheduled = false
  const context: GateContext = {
    active: true,
    heldBy(url) {
      const service = matchService(url, services)
      if (!service) {
        if (options.onUndeclared) report(url)
        return undefined
      }
      if (!isGranted(service)) return service
      context.ran.add(service.id)
      return undefined
    },
    nameHeld(name, kind) {
      let held = false
      const list = tests[kind]
      for (let i = 0; i < list.length; i++)
        if (list[i]?.test(name)) {
          if (isGranted(services[i]!)) return false
          held = true
        }
      return held
    },
    holds: new WeakMap(),
    placed: new Set(),
    ran: new Set(),
    schedule() {
      if (scheduled) return
      scheduled = true
      queueMicrotask(() => {
        scheduled = false
        refresh()
      })
    },
    patch: createPatcher(),
    raw: {
      setAttribute: Element.prototype.setAttribute,
      removeAttribute: Element.prototype.removeAttribute,
      insertBefore: Node.prototype.insertBefore,
    },
  }

  const releasing = new WeakSet<Element>()
  const queue = createReleaseQueue((el) => {
    const hold = context.holds.get(el)
    const target = hold ? hold.service.id : el.getAttribute('data-sekisho')!
    removePlaceholder(el)
    return releaseElement(context, el, target, hold, options.nonce)
  }, isInlineScript)

  let granted = services.filter(isGranted)

  function refresh(): void {
    if (!context.active) return
    const ready: Element[] = []
    document.querySelectorAll('[data-sekisho]').forEach((el) => {
      if (releasing.has(el)) return
      const target = el.getAttribute('data-sekisho')!
      if (isGranted(resolve(target))) {
        releasing.add(el)
        ready.push(el)
      } else if (options.requestConsent && el.hasAttribute('data-sekisho-placeholder')) {
        drawPlaceholder(el, target, options.requestConsent)
      }
    })
    for (const el of context.placed) {
      const hold = context.holds.get(el)
      if (!hold) context.placed.delete(el)
      else if (isGranted(hold.service) && el.isConnected) {
        context.placed.delete(el)
        ready.push(el)
      }
    }
    queue.push(ready.sort(byDocumentOrder))

    const now = services.filter(isGranted)
    const revoked = granted.filter((s) => !now.includes(s))
    granted = now
    if (!revoked.length) return
    const revokedTest = (kind: 'cookies' | 'storage') => (name: string) =>
      revoked.some((s) => tests[kind][services.indexOf(s)]?.test(name)) && context.nameHeld(name, kind)
    eraseCookies(revokedTest('cookies'))
    eraseStorage(revokedTest('storage'))
    // Frames, images and links can be held again; a script that ran cannot be stopped.
    document.querySelectorAll('[data-sekisho-released]').forEach((el) => {
      const target = el.getAttribute('data-sekisho-released')!
      if (el.localName === 'script' || isGranted(resolve(target))) return
      const attr = el.localName === 'link' ? 'href' : 'src'
      const url = el.getAttribute(attr)
      context.raw.removeAttribute.call(el, 'data-sekisho-released')
      context.raw.setAttribute.call(el, 'data-sekisho', target)
      if (url !== null) {
        context.raw.setAttribute.call(el, 'data-' + attr, url)
        context.raw.removeAttribute.call(el, attr)
      }
      releasing.delete(el)
    })
    const stale = [...context.ran].some((target) => !isGranted(resolve(target)))
    if (stale && options.reloadOnWithdraw !== false) (options.reload ?? (() => location.reload()))()
    else refresh()
  }

  interceptStorage(context)
  interceptNetwork(context)
  interceptMarkup(context)
  const stopObserver = interceptElements(context)
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', refresh, { once: true })
  refresh()

  return {
    refresh,
    held() {
      const held: Element[] = Array.from(document.querySelectorAll('[data-sekisho]'))
      for (const el of context.placed) if (el.isConnected && context.holds.has(el)) held.push(el)
      return held.sort(byDocumentOrder)
    },
    uninstall() {
      context.active = false
      context.patch.undo()
      stopObserver()
    },
  }
}
