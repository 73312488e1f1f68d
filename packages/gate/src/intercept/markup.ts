// Holds tracker tags inside HTML strings (innerHTML, outerHTML, insertAdjacentHTML, document.write)
// by rewriting them into marked-up form before the browser parses them for real.
import type { GateContext } from '../gate/context.ts'

const TAGS = /<(?:script|img|iframe|link)\b/i

/**
 * `html` with every tag a held service owns turned inert: `data-sekisho="SERVICE"` plus
 * `type="text/plain"` (scripts; only when they would run: `runs`) or `data-src`/`data-href`.
 * Parsing happens in a <template>, whose content loads nothing. Unchanged strings come back as is.
 */
export function rewriteMarkup(context: GateContext, html: string, runs: boolean): string {
  if (!TAGS.test(html)) return html
  const template = document.createElement('template')
  template.innerHTML = html
  let changed = false
  template.content.querySelectorAll(runs ? 'script[src],img[src],iframe[src],link[href]' : 'img[src],iframe[src],link[href]').forEach((el) => {
    if (el.hasAttribute('data-sekisho')) return
    const attr = el.localName === 'link' ? 'href' : 'src'
    const service = context.heldBy(el.getAttribute(attr)!)
    if (!service) return
    changed = true
    el.setAttribute('data-sekisho', service.id)
    if (el.localName === 'script') {
      const type = el.getAttribute('type')
      if (type !== null) el.setAttribute('data-type', type)
      el.setAttribute('type', 'text/plain')
    } else {
      el.setAttribute('data-' + attr, el.getAttribute(attr)!)
      el.removeAttribute(attr)
    }
  })
  return changed ? template.innerHTML : html
}

export function interceptMarkup(context: GateContext): void {
  const { patch } = context
  // The template's own innerHTML goes through the patched setter: `busy` lets it pass.
  let busy = false
  const rewrite = (html: unknown, runs: boolean): unknown => {
    if (!context.active || busy || typeof html !== 'string') return html
    busy = true
    try {
      return rewriteMarkup(context, html, runs)
    } catch {
      return html
    } finally {
      busy = false
    }
  }
  // Scripts parsed by innerHTML never run, so only their images, frames and links matter;
  // document.write'd scripts do run.
  for (const name of ['innerHTML', 'outerHTML'])
    patch.setter(Element.prototype, name, (set) =>
      function (this: Element, value) {
        set.call(this, rewrite(value, false))
      },
    )
  patch.method(Element.prototype, 'insertAdjacentHTML', (original) =>
    function (this: Element, where: string, html: string) {
      return original.call(this, where, rewrite(html, false))
    },
  )
  for (const name of ['write', 'writeln'])
    patch.method(Document.prototype, name, (original) =>
      function (this: Document) {
        const parts = Array.prototype.map.call(arguments, (part) => rewrite(String(part), true))
        return original.apply(this, parts)
      },
    )
  if (typeof ShadowRoot !== 'undefined')
    patch.setter(ShadowRoot.prototype, 'innerHTML', (set) =>
      function (this: ShadowRoot, value) {
        set.call(this, rewrite(value, false))
      },
    )
}
