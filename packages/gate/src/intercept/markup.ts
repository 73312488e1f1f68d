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

export function interceptMarkup(patch: Patcher, hold: (el: Element, url: string) => boolean, schedule: () => void): void {
  // The template's own innerHTML passes through the patched setter too: `busy` lets it by.
  let busy = false
  /** Rewrites the HTML arguments from `first` on, in place; never holds the call itself. */
  const rewrite =
    (first: number, scripts: boolean) =>
    (_: unknown, args: IArguments): false => {
      for (let i = first; i < args.length && !busy; i++) {
        const html = args[i]
        if (typeof html != 'string') continue
        if (html.includes('data-sekisho')) schedule()
        busy = true
        try {
          args[i] = rewriteMarkup(html, scripts, hold)
        } finally {
          busy = false
        }
      }
      return false
    }
  for (const [target, name, first, scripts, key] of [
    [Element.prototype, 'innerHTML', 0, false, 'set'],
    [Element.prototype, 'outerHTML', 0, false, 'set'],
    [ShadowRoot.prototype, 'innerHTML', 0, false, 'set'],
    [Element.prototype, 'insertAdjacentHTML', 1, false],
    [Range.prototype, 'createContextualFragment', 0, true],
    [Document.prototype, 'write', 0, true],
    [Document.prototype, 'writeln', 0, true],
  ] as const)
    patch.wrap(target, name, rewrite(first, scripts), undefined, key)
}
