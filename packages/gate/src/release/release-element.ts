// Turns one held element live: scripts become fresh <script> elements (a script whose type
// changes back never runs), other tags get back the attribute that loads them.
import type { GateContext, Hold } from '../gate/context.ts'

/** Attributes of a marked-up tag that only the gate reads. */
const GATE_ATTRIBUTES = new Set(['type', 'data-sekisho', 'data-src', 'data-href', 'data-type', 'data-nonce', 'nonce'])

/** Whether `el` is a held inline script (it must run after the ordered scripts before it). */
export function isInlineScript(el: Element): boolean {
  return el.localName === 'script' && !el.hasAttribute('src') && !el.hasAttribute('data-src')
}

/**
 * Releases `el`, held by the interceptors (`hold`) or marked up (`data-sekisho`) for `target`.
 * Returns a promise settled when the script ran (or failed) for ordered external scripts.
 */
export function releaseElement(context: GateContext, el: Element, target: string, hold: Hold | undefined, nonce?: string): Promise<unknown> | undefined {
  const { raw } = context
  context.holds.delete(el)
  if (el.localName !== 'script') {
    if (hold) {
      raw.setAttribute.call(el, hold.attr, hold.value!)
      return
    }
    const attr = el.localName === 'link' ? 'href' : 'src'
    const url = el.getAttribute('data-' + attr)
    raw.removeAttribute.call(el, 'data-sekisho')
    raw.setAttribute.call(el, 'data-sekisho-released', target)
    if (url !== null) raw.setAttribute.call(el, attr, url)
    return
  }
  const old = el as HTMLScriptElement
  const fresh = document.createElement('script')
  for (const { name, value } of Array.from(old.attributes))
    if (hold ? name !== 'type' : !GATE_ATTRIBUTES.has(name)) raw.setAttribute.call(fresh, name, value)
  const type = hold ? hold.value : old.getAttribute('data-type')
  if (type !== null) raw.setAttribute.call(fresh, 'type', type)
  const src = old.getAttribute('data-src')
  if (src !== null) raw.setAttribute.call(fresh, 'src', src)
  if (!fresh.hasAttribute('src')) fresh.text = old.text
  // The nonce content attribute is hidden once connected; the property keeps it.
  const scriptNonce = old.nonce || old.getAttribute('data-nonce') || nonce
  if (scriptNonce) raw.setAttribute.call(fresh, 'nonce', scriptNonce)
  raw.setAttribute.call(fresh, 'data-sekisho-released', target)
  // Scripts created by other scripts are async unless told otherwise; parsed ones without
  // `async` (plain or defer) ran in order, which async=false keeps.
  fresh.async = hold ? old.async : old.hasAttribute('async')
  fresh.onload = old.onload
  fresh.onerror = old.onerror
  const parent = old.parentNode
  if (!parent) return
  let ran: Promise<unknown> | undefined
  if (fresh.hasAttribute('src') && !fresh.async)
    ran = new Promise((settle) => {
      fresh.addEventListener('load', settle)
      fresh.addEventListener('error', settle)
    })
  context.ran.add(target)
  raw.insertBefore.call(parent, fresh, old)
  old.remove()
  return ran
}
