// Turns one held (marked-up) element live: scripts become fresh <script> elements, since a
// script whose type changes back never runs; other tags get back the attributes that load them.
import { INERT, loads } from '../intercept/elements.ts'

/** The attributes a held tag keeps in `data-*` until its release: those that load it, and a style
 * whose url() reaches a tracker (the server transform keeps the whole style in data-style). */
export const heldAttributes = (el: Element): string[] => [...(loads(el) ?? []), 'style']

/** Attributes of a marked-up tag that only the gate reads. */
const GATE_ATTRIBUTES = ['type', 'data-sekisho', 'data-src', 'data-type', 'data-nonce', 'nonce']

/**
 * Releases `el` (marked `data-sekisho`) and marks the live element `data-sekisho-released`.
 * Returns a promise settled once the script ran (or failed) for ordered external scripts.
 */
export function releaseElement(
  el: Element,
  setAttribute: Element['setAttribute'],
  scripted: boolean,
  nonce?: string,
): Promise<unknown> | undefined {
  const target = el.getAttribute('data-sekisho')!
  if (el.localName != 'script') {
    el.removeAttribute('data-sekisho')
    setAttribute.call(el, 'data-sekisho-released', target)
    // srcset before src, so that an image loads once, the candidate it picks.
    const restore = () =>
      heldAttributes(el).forEach((attr) => {
        const url = el.getAttribute('data-' + attr)
        if (url == null) return
        el.removeAttribute('data-' + attr)
        // xlink:href loads only in its namespace (the gate's setAttributeNS check passes: it is granted).
        if (attr[0] == 'x') el.setAttributeNS('http://www.w3.org/1999/xlink', attr, url)
        else setAttribute.call(el, attr, url)
      })
    // Chromium does not navigate a frame the parser just inserted when its src is set from a
    // mutation observer's callback while the page is parsed (a returning visitor's embed stayed
    // about:blank); a task later it does.
    if (/frame/.test(el.localName) && document.readyState == 'loading') setTimeout(restore)
    else restore()
    return
  }
  const old = el as HTMLScriptElement
  const parent = old.parentNode
  if (!parent) return
  // A script the browser would never have run (innerHTML and its like) gets its attributes
  // back and stays inert: a library that runs such scripts itself (jQuery's .html()) did not
  // run it while it was held, and nothing runs it twice.
  if (old.hasAttribute(INERT)) {
    old.removeAttribute('type')
    for (const name of ['type', 'src']) {
      const value = old.getAttribute('data-' + name)
      if (value != null) setAttribute.call(old, name, value)
    }
    for (const name of [INERT, 'data-sekisho', 'data-type', 'data-src']) old.removeAttribute(name)
    setAttribute.call(old, 'data-sekisho-released', target)
    return
  }
  // An SVG script stays one (it loads from href).
  const fresh = old.ownerDocument.createElementNS(old.namespaceURI, 'script') as HTMLScriptElement
  // Attribute nodes are copied whole, so that a namespaced one (xlink:href) stays in its namespace.
  for (const attr of Array.from(old.attributes))
    if (!GATE_ATTRIBUTES.includes(attr.name)) fresh.setAttributeNode(attr.cloneNode() as Attr)
  const type = old.getAttribute('data-type')
  const src = old.getAttribute('data-src')
  if (type != null) setAttribute.call(fresh, 'type', type)
  if (src != null) setAttribute.call(fresh, 'src', src)
  if (!fresh.hasAttribute('src')) fresh.textContent = old.textContent
  // The nonce content attribute is hidden once connected; the property keeps it.
  const scriptNonce = old.nonce || old.getAttribute('data-nonce') || nonce
  if (scriptNonce) setAttribute.call(fresh, 'nonce', scriptNonce)
  setAttribute.call(fresh, 'data-sekisho-released', target)
  // A script another script made (`scripted`) keeps its async flag, true unless it said
  // otherwise; parsed ones without the attribute ran in order, which async=false keeps. (A
  // parsed one's property turns true once prepared, so only the attribute tells.)
  fresh.async = old.hasAttribute('async') || (scripted && old.async)
  fresh.onload = old.onload
  fresh.onerror = old.onerror
  const ran =
    fresh.src && !fresh.async
      ? new Promise((settle) => {
          fresh.addEventListener('load', settle)
          fresh.addEventListener('error', settle)
        })
      : undefined
  parent.replaceChild(fresh, old)
  return ran
}
