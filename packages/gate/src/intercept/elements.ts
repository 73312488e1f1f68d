// Holds tracker tags that scripts create: the src/href setters and setAttribute mark them up
// (`data-sekisho`) before they can load, and while the parser runs a MutationObserver does the
// same for tags in the page itself. Insertion methods stay untouched: that keeps DOM-heavy pages
// at full speed, since no tag loads through them that a setter has not already seen.
import type { Patcher } from '../gate/patch.ts'

/** The attribute that loads each gated tag. */
export const LOADS: Record<string, string | undefined> = { script: 'src', img: 'src', iframe: 'src', link: 'href' }

export interface TagRules {
  /** Marks `el` held when `url` belongs to a service not granted now; true when held.
   * `byScript`: a script made the tag (not the parser). */
  hold(el: Element, url: string, byScript?: boolean): boolean
  /** A marked-up tag appeared: release it soon if its purpose is granted. */
  schedule(): void
  setAttribute: Element['setAttribute']
}

/** Installs the interceptors; returns what stops the parser's observer. */
export function interceptTags(patch: Patcher, rules: TagRules): () => void {
  // A held script keeps its URL and loses its type (a non-JS type never runs); its URL must be
  // held before it lands, since a connected script without src runs as soon as it gets one.
  // Other tags never get the URL.
  const load = (el: Element, url: unknown) => rules.hold(el, String(url), true) && el.localName != 'script'
  // A held script's own type (set before or after its src) waits in data-type for the release.
  const type = (el: Element, value: unknown) =>
    el.localName == 'script' && el.hasAttribute('data-sekisho') && (rules.setAttribute.call(el, 'data-type', String(value)), true)
  for (const [constructor, attr] of [
    [HTMLScriptElement, 'src'],
    [HTMLImageElement, 'src'],
    [HTMLIFrameElement, 'src'],
    [HTMLLinkElement, 'href'],
    [HTMLScriptElement, 'type'],
  ] as const)
    patch.wrap(constructor.prototype, attr, (el, [value]) => (attr == 'type' ? type : load)(el, value), undefined, 'set')
  patch.wrap(Element.prototype, 'setAttribute', (el: Element, [name, value]) => {
    const attribute = String(name).toLowerCase()
    if (attribute == 'data-sekisho') rules.schedule()
    // Most calls set other attributes: decide on the name before asking the element anything.
    if (attribute == 'type') return type(el, value)
    return (attribute == 'src' || attribute == 'href') && attribute == LOADS[el.localName] && load(el, value)
  })

  // Tags in the page after the gate never pass through a setter. The observer's callback runs
  // before the parser executes a script (a microtask checkpoint at </script>), so marking it
  // there still stops it; images and frames may already have started loading (preload scanner).
  if (document.readyState != 'loading') return () => {}
  const observer = new MutationObserver((records) =>
    records.forEach((record) =>
      record.addedNodes.forEach((node) => {
        const el = node as Element
        const attr = LOADS[el.localName]
        const url = attr && el.getAttribute(attr)
        if (attr && el.hasAttribute('data-sekisho')) rules.schedule()
        else if (url) rules.hold(el, url)
      }),
    ),
  )
  observer.observe(document, { childList: true, subtree: true })
  const stop = () => observer.disconnect()
  document.addEventListener('DOMContentLoaded', stop)
  return stop
}
