// Holds CSS loads from held hosts: url() and @import in style attributes (setAttribute, markup),
// cssText, setProperty, insertRule, constructed sheets (replace, replaceSync), <style> in markup
// and FontFace sources. A held url() is emptied (an empty URL requests nothing); like a held
// beacon it is dropped, not restored on consent (the page sets its styles again when it renders).
import type { Patcher, Realm } from '../gate/patch.ts'

/** `text` with every url() and @import of a held host emptied; unchanged text comes back as it was. */
export function holdCss(text: string, held: (url: string) => unknown): string {
  if (!/url\(|@import/i.test(text)) return text
  return text.replace(/(url\(\s*|@import\s+)(['"]?)([^'")\s;]+)\2/gi, (all, head, quote, url) =>
    held(url) ? head + (quote || '"') + (quote || '"') : all,
  )
}

export function interceptCss(w: Realm, patch: Patcher, css: (text: string) => string): void {
  const rewrite = (at: number) => (_: unknown, args: IArguments) => {
    if (typeof args[at] == 'string') args[at] = css(args[at])
    return false
  }
  for (const [target, name, at, key] of [
    [w.CSSStyleDeclaration.prototype, 'cssText', 0, 'set'],
    [w.CSSStyleDeclaration.prototype, 'setProperty', 1],
    [w.CSSStyleSheet.prototype, 'insertRule', 0],
    [w.CSSStyleSheet.prototype, 'replace', 0],
    [w.CSSStyleSheet.prototype, 'replaceSync', 0],
    [w, 'FontFace', 1],
  ] as const)
    patch.wrap(target, name, rewrite(at), undefined, key)
}
