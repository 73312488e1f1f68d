// Holds tracker tags that scripts create or insert: src/href setters, setAttribute, every DOM
// insertion method, and (while the parser runs) a MutationObserver for parser-inserted tags.
import type { GateContext } from '../gate/context.ts'

/** Attribute that loads each gated element (lower-case local names). */
const LOADS: Record<string, 'src' | 'href' | undefined> = { script: 'src', img: 'src', iframe: 'src', link: 'href' }
const SELECTOR = 'script,img,iframe,link'

/** Holds `el` for `url` when a service not granted owns it; true when held. Scripts keep their
 * URL and lose their type (a non-JS type never runs); other tags lose the attribute that loads. */
function holdFor(context: GateContext, el: Element, attr: 'src' | 'href', url: string): boolean {
  const service = context.heldBy(url)
  if (!service) return false
  const { raw, holds } = context
  if (el.localName === 'script') {
    if (!holds.has(el)) holds.set(el, { service, attr: 'type', value: el.getAttribute('type') })
    raw.setAttribute.call(el, 'type', 'text/plain')
  } else {
    holds.set(el, { service, attr, value: url })
    raw.removeAttribute.call(el, attr)
  }
  return true
}

/** Gives a held script its own type back (removed when it had none). */
export function restoreType(context: GateContext, el: Element, type: string | null): void {
  if (type === null) context.raw.removeAttribute.call(el, 'type')
  else context.raw.setAttribute.call(el, 'type', type)
}

/** Checks one element (and, when it has children, its subtree) about to enter the document. */
function inspect(context: GateContext, node: Node): void {
  if (node.nodeType === 1) {
    const el = node as Element
    const attr = LOADS[el.localName]
    if (attr) inspectTag(context, el, attr)
    if (el.firstElementChild) el.querySelectorAll(SELECTOR).forEach((child) => inspectTag(context, child, LOADS[child.localName]!))
  } else if (node.nodeType === 11) {
    ;(node as DocumentFragment).querySelectorAll(SELECTOR).forEach((child) => inspectTag(context, child, LOADS[child.localName]!))
  }
}

function inspectTag(context: GateContext, el: Element, attr: 'src' | 'href'): void {
  if (el.hasAttribute('data-sekisho')) return context.schedule()
  if (context.holds.has(el)) {
    context.placed.add(el)
    return
  }
  const url = el.getAttribute(attr)
  if (url && holdFor(context, el, attr, url)) context.placed.add(el)
}

/** Installs the element interceptors; returns the parser observer's stop function. */
export function interceptElements(context: GateContext): () => void {
  const { patch } = context
  const guard = (nodes: ArrayLike<unknown>) => {
    if (!context.active) return
    try {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]
        if (node && typeof node === 'object') inspect(context, node as Node)
      }
    } catch {
      // A failing check must never break the page's own code.
    }
  }
  // One wrapper shape for all insertion methods: check the arguments, then call through
  // with `this` and the return value untouched.
  const wrapInsert = (original: Function) =>
    function (this: unknown) {
      guard(arguments)
      return original.apply(this, arguments)
    }
  for (const name of ['appendChild', 'insertBefore', 'replaceChild']) patch.method(Node.prototype, name, wrapInsert)
  for (const target of [Element.prototype, Document.prototype, DocumentFragment.prototype])
    for (const name of ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren'])
      if (Object.prototype.hasOwnProperty.call(target, name)) patch.method(target, name, wrapInsert)
  patch.method(Element.prototype, 'insertAdjacentElement', (original) =>
    function (this: unknown, where: string, el: Element) {
      guard([el])
      return original.apply(this, arguments)
    },
  )

  // Setting the loading attribute: images start loading right away, even detached
  // (`new Image().src`); scripts are marked before the URL lands, since a connected script
  // without src runs as soon as it gets one.
  const onSet = (el: Element, attr: 'src' | 'href', value: unknown): boolean => {
    if (!context.active) return false
    try {
      const previous = context.holds.get(el)
      if (previous) {
        context.holds.delete(el)
        if (previous.attr === 'type') restoreType(context, el, previous.value)
      }
      return holdFor(context, el, attr, String(value)) && el.localName !== 'script'
    } catch {
      return false
    }
  }
  for (const [Type, attr] of [
    [HTMLScriptElement, 'src'],
    [HTMLImageElement, 'src'],
    [HTMLIFrameElement, 'src'],
    [HTMLLinkElement, 'href'],
  ] as const)
    patch.setter(Type.prototype, attr, (set) =>
      function (this: Element, value) {
        if (!onSet(this, attr, value)) set.call(this, value)
      },
    )
  patch.method(Element.prototype, 'setAttribute', (original) =>
    function (this: Element, name: string, value: string) {
      const attr = LOADS[this.localName]
      if (attr && String(name).toLowerCase() === attr && onSet(this, attr, value)) return
      return original.apply(this, arguments)
    },
  )

  // Parser-inserted tags after the gate (the rest of the page) never pass through the patched
  // methods. A MutationObserver callback runs before the parser executes a script (microtask
  // checkpoint at </script>), so the type change still stops it. Stopped at DOMContentLoaded.
  if (document.readyState !== 'loading') return () => {}
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => guard([node]))
  })
  observer.observe(document.documentElement, { childList: true, subtree: true })
  const stop = () => {
    observer.takeRecords().forEach((record) => record.addedNodes.forEach((node) => guard([node])))
    observer.disconnect()
  }
  document.addEventListener('DOMContentLoaded', stop, { once: true })
  return stop
}
