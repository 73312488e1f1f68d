// Holds tracker tags inside HTML strings (innerHTML, outerHTML, insertAdjacentHTML,
// createContextualFragment, document.write) by marking them up before the browser parses them:
// src, href, srcset and imagesrcset, SVG scripts and images included.
import type { Patcher } from '../gate/patch.ts'
import { loads } from './elements.ts'

/**
 * `html` with every tag a held service owns marked up by `hold`, parsed in a <template> (whose
 * content loads and runs nothing); unchanged strings come back as they were. Scripts count only
 * where they would run (`scripts`): innerHTML never runs them. `svg`: the markup goes into an SVG element.
 */
export function rewriteMarkup(
  html: string,
  scripts: boolean,
  hold: (el: Element, url: string, attr: string) => boolean,
  svg?: boolean,
): string {
  if (!/<(script|img|iframe|link|source|image)\b/i.test(html)) return html
  const template = document.createElement('template')
  // Markup set into an SVG element is parsed as SVG (a <script> there loads from href): in an
  // <svg> of the template's inert document, which loads nothing either.
  const root = svg ? template.content.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg') : template
  root.innerHTML = html
  let changed = false
  ;(svg ? root : template.content)
    .querySelectorAll((scripts ? 'script,' : '') + 'img,iframe,link,source,image')
    .forEach((el) => {
      if (!el.hasAttribute('data-sekisho'))
        loads(el)?.forEach((attr) => {
          const url = el.getAttribute(attr)
          if (url && hold(el, url, attr)) changed = true
        })
    })
  return changed ? root.innerHTML : html
}

export function interceptMarkup(
  patch: Patcher,
  hold: (el: Element, url: string, attr: string) => boolean,
  schedule: () => void,
): void {
  // The template's own innerHTML passes through the patched setter too: `busy` lets it by.
  let busy = false
  /** Rewrites the HTML arguments from `first` on, in place; never holds the call itself. */
  const rewrite =
    (first: number, scripts: boolean) =>
    (self: unknown, args: IArguments): false => {
      for (let i = first; i < args.length && !busy; i++) {
        const html = args[i]
        if (typeof html != 'string') continue
        if (html.includes('data-sekisho')) schedule()
        busy = true
        try {
          args[i] = rewriteMarkup(html, scripts, hold, self instanceof SVGElement)
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
