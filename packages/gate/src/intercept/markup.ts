// Holds tracker tags inside HTML strings (innerHTML, outerHTML, insertAdjacentHTML,
// createContextualFragment, document.write) by marking them up before the browser parses them.
import type { Patcher } from '../gate/patch.ts'
import { LOADS } from './elements.ts'

/**
 * `html` with every tag a held service owns marked up by `hold`, parsed in a <template> (whose
 * content loads and runs nothing); unchanged strings come back as they were. Scripts count only
 * where they would run (`scripts`): innerHTML never runs them.
 */
export function rewriteMarkup(html: string, scripts: boolean, hold: (el: Element, url: string) => boolean): string {
  if (!/<(script|img|iframe|link)\b/i.test(html)) return html
  const template = document.createElement('template')
  template.innerHTML = html
  let changed = false
  template.content.querySelectorAll(scripts ? 'script,img,iframe,link' : 'img,iframe,link').forEach((el) => {
    const url = el.getAttribute(LOADS[el.localName]!)
    if (url && !el.hasAttribute('data-sekisho') && hold(el, url)) changed = true
  })
  return changed ? template.innerHTML : html
}

export function interceptMarkup(
  patch: Patcher,
  hold: (el: Element, url: string) => boolean,
  schedule: () => void,
  active: () => boolean,
): void {
  // The template's own innerHTML passes through the patched setter too: `busy` lets it by.
  let busy = false
  const rewrite = (html: unknown, scripts: boolean): any => {
    if (busy || !active() || typeof html != 'string') return html
    busy = true
    try {
      if (html.includes('data-sekisho')) schedule()
      return rewriteMarkup(html, scripts, hold)
    } catch {
      return html
    } finally {
      busy = false
    }
  }
  const setter = (target: object, name: string) =>
    patch.setter(target, name, (set) =>
      function (this: unknown, value) {
        set.call(this, rewrite(value, false))
      },
    )
  setter(Element.prototype, 'innerHTML')
  setter(Element.prototype, 'outerHTML')
  setter(ShadowRoot.prototype, 'innerHTML')
  // Wraps a method whose argument `index` is HTML.
  const method = (target: object, name: string, index: number, scripts: boolean) =>
    patch.method(target, name, (original) =>
      function (this: unknown) {
        const args = Array.from(arguments)
        for (let i = index; i < args.length; i++) args[i] = rewrite(args[i], scripts)
        return original.apply(this, args)
      },
    )
  method(Element.prototype, 'insertAdjacentHTML', 1, false)
  method(Range.prototype, 'createContextualFragment', 0, true)
  method(Document.prototype, 'write', 0, true)
  method(Document.prototype, 'writeln', 0, true)
}
