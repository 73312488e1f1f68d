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

export function interceptTags(patch: Patcher, rules: TagRules, active: () => boolean): () => void {
  const attempt = (el: Element, url: unknown, byScript?: boolean): boolean => {
    try {
      return active() && rules.hold(el, String(url), byScript)
    } catch {
      return false // a failing check must never break the page's own code
    }
  }
  // A held script keeps its URL and loses its type (a non-JS type never runs); the URL must be
  // held before it lands, since a connected script without src runs as soon as it gets one.
  const set = (el: Element, url: unknown) => attempt(el, url, true) && el.localName != 'script'
  for (const [type, attr] of [
    [HTMLScriptElement, 'src'],
    [HTMLImageElement, 'src'],
    [HTMLIFrameElement, 'src'],
    [HTMLLinkElement, 'href'],
  ] as const)
    patch.setter(type.prototype, attr, (original) =>
      function (this: Element, value) {
        if (!set(this, value)) original.call(this, value)
      },
    )
  // A held script's own type (set before or after its src) waits in data-type for the release.
  const heldType = (el: Element, value: unknown) =>
    el.localName == 'script' && el.hasAttribute('data-sekisho') && (rules.setAttribute.call(el, 'data-type', String(value)), true)
  patch.setter(HTMLScriptElement.prototype, 'type', (original) =>
    function (this: Element, value) {
      if (!heldType(this, value)) original.call(this, value)
    },
  )
  patch.method(Element.prototype, 'setAttribute', (original) =>
    function (this: Element, name: unknown, value: unknown) {
      const attribute = String(name).toLowerCase()
      if (attribute == 'data-sekisho') rules.schedule()
      else if (attribute == LOADS[this.localName] ? set(this, value) : attribute == 'type' && heldType(this, value)) return
      return original.apply(this, arguments)
    },
  )

  // Tags in the page after the gate never pass through a setter. The observer's callback runs
  // before the parser executes a script (a microtask checkpoint at </script>), so marking it
  // there still stops it; images and frames may already have started loading (preload scanner).
  if (document.readyState != 'loading') return () => {}
  const observer = new MutationObserver((records) => {
    for (const record of records)
      record.addedNodes.forEach((node) => {
        const el = node as Element
        const attr = LOADS[el.localName]
        if (!attr) return
        if (el.hasAttribute('data-sekisho')) return rules.schedule()
        const url = el.getAttribute(attr)
        if (url) attempt(el, url)
      })
  })
  observer.observe(document, { childList: true, subtree: true })
  const stop = () => observer.disconnect()
  document.addEventListener('DOMContentLoaded', stop)
  return stop
}
