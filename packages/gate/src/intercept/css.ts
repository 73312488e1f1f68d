// Holds CSS loads from held hosts: url() and @import in style attributes (setAttribute, markup,
// Attr nodes), the `style` property, cssText, setProperty, attributeStyleMap, insertRule (sheets,
// @media and nested rules), addRule, constructed sheets (replace, replaceSync), a <style>'s text
// (textContent, innerText, markup, text put into it) and FontFace sources. A held url() is emptied
// (an empty URL requests nothing); like a held beacon it is dropped, not restored on consent (the
// page sets its styles again when it renders). Property setters (`style.backgroundImage = …`) are
// named properties no prototype carries: the README's CSP row.
import { own, type Patcher, type Realm } from '../gate/patch.ts'

/** `text` with every url() and @import of a held host emptied; unchanged text comes back as it was. */
export function holdCss(text: string, held: (url: string) => unknown): string {
  if (!/url\(|@import/i.test(text)) return text
  return text.replace(/(url\(\s*|@import\s+)(['"]?)([^'")\s;]+)\2/gi, (all, head, quote, url) =>
    held(url) ? head + (quote || '"') + (quote || '"') : all,
  )
}

/** `value` with held url()s emptied, read once: an object becomes its text when that changes
 * (its toString could answer differently when the browser reads it); font data stays binary. */
export function cssValue(value: unknown, css: (text: string) => string): unknown {
  if (value == null || (typeof value == 'object' && (ArrayBuffer.isView(value) || value instanceof ArrayBuffer)))
    return value
  const text = String(value)
  const held = css(text)
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: an object whose text is
  // unchanged, or that text: every setter here takes either and reads its text
  return typeof value == 'string' || held != text ? held : value
}

export function interceptCss(w: Realm, patch: Patcher, css: (text: string) => string): void {
  // From `at` on (attributeStyleMap.set takes any number of values).
  const rewrite = (at: number) => (_: unknown, args: IArguments) => {
    for (let i = at; i < args.length; i++) args[i] = cssValue(args[i], css)
    return false
  }
  const { HTMLStyleElement, SVGStyleElement, Node, HTMLElement } = w
  for (const [target, name, at, key] of [
    [w.CSSStyleDeclaration.prototype, 'cssText', 0, 'set'],
    [w.CSSStyleDeclaration.prototype, 'setProperty', 1],
    [HTMLElement.prototype, 'style', 0, 'set'],
    [w.SVGElement.prototype, 'style', 0, 'set'],
    [w.StylePropertyMap.prototype, 'set', 1],
    [w.StylePropertyMap.prototype, 'append', 1],
    [w.CSSStyleSheet.prototype, 'insertRule', 0],
    [w.CSSStyleSheet.prototype, 'addRule', 1],
    [w.CSSGroupingRule.prototype, 'insertRule', 0],
    [w.CSSStyleRule.prototype, 'insertRule', 0],
    [w.CSSStyleSheet.prototype, 'replace', 0],
    [w.CSSStyleSheet.prototype, 'replaceSync', 0],
    [own(HTMLStyleElement.prototype, Node.prototype, 'textContent'), 'textContent', 0, 'set'],
    [own(HTMLStyleElement.prototype, HTMLElement.prototype, 'innerText'), 'innerText', 0, 'set'],
    [own(SVGStyleElement.prototype, Node.prototype, 'textContent'), 'textContent', 0, 'set'],
    [w, 'FontFace', 1],
  ] as const)
    if (target) patch.wrap(target, name, rewrite(at), undefined, key)
}
