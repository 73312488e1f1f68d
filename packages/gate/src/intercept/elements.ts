// Holds tracker tags that scripts create: the src/href/srcset setters, setAttribute and
// setAttributeNS mark them up (`data-sekisho`) before they can load, and while the parser runs a
// MutationObserver does the same for tags in the page itself. Insertion methods stay untouched:
// that keeps DOM-heavy pages at full speed, since no tag loads through them that a setter has not
// already seen.
import type { Patcher } from '../gate/patch.ts'

/** The attributes that load each gated tag; SVG's (`svg:`) load from href, or the older xlink:href. */
const LOADS: Record<string, string[] | undefined> = {
  script: ['src'],
  img: ['srcset', 'src'],
  iframe: ['src'],
  link: ['imagesrcset', 'href'],
  source: ['srcset'],
  'svg:script': ['href', 'xlink:href'],
  'svg:image': ['href', 'xlink:href'],
}
/** Every attribute name in LOADS: most setAttribute calls set none of them, and leave at this test. */
const LOADING = new Set(Object.values(LOADS).flat())

/** The attributes that load `el`, if it is a tag the gate holds. */
export const loads = (el: Element): string[] | undefined =>
  LOADS[(el.namespaceURI == 'http://www.w3.org/2000/svg' ? 'svg:' : '') + el.localName]

export interface TagRules {
  /** Marks `el` held when `url` (of its attribute `attr`) belongs to a service not granted now;
   * true when held. `byScript`: a script made the tag (not the parser). */
  hold(el: Element, url: string, attr: string, byScript?: boolean): boolean
  /** A marked-up tag appeared: release it soon if its purpose is granted. */
  schedule(): void
  setAttribute: Element['setAttribute']
}

/** Installs the interceptors; returns what stops the parser's observer. */
export function interceptTags(patch: Patcher, rules: TagRules): () => void {
  // A held script keeps its URL and loses its type (a non-JS type never runs); its URL must be
  // held before it lands, since a connected script without src runs as soon as it gets one.
  // Other tags never get the URL.
  const load = (el: Element, url: unknown, attr: string) =>
    rules.hold(el, String(url), attr, true) && el.localName != 'script'
  // A held script's own type (set before or after its src) waits in data-type for the release.
  const type = (el: Element, value: unknown) =>
    el.localName == 'script' &&
    el.hasAttribute('data-sekisho') &&
    (rules.setAttribute.call(el, 'data-type', String(value)), true)
  // Each setter sets the attribute of its lowercased name (imageSrcset: imagesrcset).
  for (const [kind, property] of [
    [HTMLScriptElement, 'src'],
    [HTMLImageElement, 'src'],
    [HTMLImageElement, 'srcset'],
    [HTMLSourceElement, 'srcset'],
    [HTMLIFrameElement, 'src'],
    [HTMLLinkElement, 'href'],
    [HTMLLinkElement, 'imageSrcset'],
    [HTMLScriptElement, 'type'],
  ] as const) {
    const attr = property.toLowerCase()
    patch.wrap(
      kind.prototype,
      property,
      (el, [value]) => (attr == 'type' ? type(el, value) : load(el, value, attr)),
      undefined,
      'set',
    )
  }
  const attribute = (el: Element, name: unknown, value: unknown) => {
    const attr = String(name).toLowerCase()
    if (attr == 'data-sekisho') rules.schedule()
    // Most calls set other attributes: decide on the name before asking the element anything.
    if (attr == 'type') return type(el, value)
    return LOADING.has(attr) && loads(el)?.includes(attr) && load(el, value, attr)
  }
  // Indexes, not destructuring: setAttribute is the hottest call the gate sees.
  patch.wrap(Element.prototype, 'setAttribute', (el: Element, args) => attribute(el, args[0], args[1]))
  // With a namespace, the name may carry a prefix (xlink:href); null is the namespace of src and href.
  patch.wrap(Element.prototype, 'setAttributeNS', (el: Element, args) => attribute(el, args[1], args[2]))

  // Tags in the page after the gate never pass through a setter. The observer's callback runs
  // before the parser executes a script (a microtask checkpoint at </script>), so marking it
  // there still stops it; images and frames may already have started loading (preload scanner).
  if (document.readyState != 'loading') return () => {}
  const observer = new MutationObserver((records) =>
    records.forEach((record) =>
      record.addedNodes.forEach((node) => {
        const el = node as Element
        if (el.nodeType != 1) return
        if (el.hasAttribute('data-sekisho')) rules.schedule()
        else
          loads(el)?.forEach((attr) => {
            const url = el.getAttribute(attr)
            if (url) rules.hold(el, url, attr)
          })
      }),
    ),
  )
  observer.observe(document, { childList: true, subtree: true })
  const stop = () => observer.disconnect()
  document.addEventListener('DOMContentLoaded', stop)
  return stop
}
