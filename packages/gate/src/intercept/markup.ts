// Holds tracker tags inside HTML strings, at every parser entry point a page script reaches
// (innerHTML, outerHTML, insertAdjacentHTML, setHTMLUnsafe and setHTML, Document.parseHTMLUnsafe
// and parseHTML,
// DOMParser, createContextualFragment, document.write, execCommand('insertHTML'), srcdoc), by
// marking them up before the browser parses them: src, href, srcset and imagesrcset, SVG
// scripts and images, inside <template> content and declarative shadow roots too.
import type { Patcher, Realm } from '../gate/patch.ts'
import { changed, INERT, loads, markedUp, readOnce, unexecutable, WATCHED } from './elements.ts'

const KEY = 'sekisho.arm'
/** The property of every gated window through which a srcdoc document arms its own realm (a
 * registered symbol: the same in every realm). */
export const ARM = Symbol.for(KEY)
/** Put first into the srcdoc of a frame in a closed declarative shadow root, where no script
 * reaches it (no element, no frames[], no load event outside its tree): its first script arms
 * its realm through its parent, before the document's own scripts run. A srcdoc document keeps
 * its parent's CSP: where that allows only scripts with the page's nonce, the prologue carries it
 * (the page's own scripts there do, and would run without it). */
const prologue = (nonce = '') =>
  `<script${nonce && ` nonce="${nonce.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"`}>parent[Symbol.for("${KEY}")]?.(window);document.currentScript.remove()</script>`
/** HTML that may bring such a frame, whatever its URLs (the mode's value may be written with
 * character references: only the attribute names are looked for). */
const closedFrames = (html: string) => /shadowrootmode[^]*srcdoc/i.test(html)

/**
 * `html` with every tag a held service owns marked up by `hold`, parsed in a <template> (whose
 * content loads and runs nothing); unchanged strings come back as they were. Scripts count only
 * where they would run (`scripts`): elsewhere (innerHTML) the browser never runs them, and the
 * ones the gate could release are marked inert so that a release keeps them so.
 * `svg`: the markup goes into an SVG element.
 */
export function rewriteMarkup(
  html: string,
  scripts: boolean,
  hold: (el: Element, url: string, attr: string) => boolean,
  setAttribute: Element['setAttribute'],
  css: (text: string) => string,
  svg?: boolean,
  /** The prologue this page's frames get (with the page's nonce, if it has one). */
  first = prologue(),
): string {
  if (
    !/<(script|img|i?frame|link|source|image|template|object|embed|input|audio|video|track|feimage|meta)\b|ping|background|url\(|@import/i.test(
      html,
    )
  )
    return html
  const template = document.createElement('template')
  // Markup set into an SVG element is parsed as SVG (a <script> there loads from href): in an
  // <svg> of the template's inert document, which loads nothing either.
  const root = svg ? template.content.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg') : template
  root.innerHTML = html
  let changed = false
  // A <template> (declarative shadow roots are ones) keeps its markup in its own content.
  const scan = (parent: ParentNode, closed?: boolean) =>
    parent.querySelectorAll(WATCHED + ',template,style,[style]').forEach((el) => {
      if (el.localName == 'template')
        return scan(
          (el as HTMLTemplateElement).content,
          closed || /^closed$/i.test(el.getAttribute('shadowrootmode') ?? ''),
        )
      const srcdoc = closed && el.localName == 'iframe' ? el.getAttribute('srcdoc') : null
      if (srcdoc != null && !srcdoc.startsWith(first)) {
        setAttribute.call(el, 'srcdoc', first + srcdoc)
        changed = true
      }
      const style = el.getAttribute('style')
      if (style && css(style) != style) {
        setAttribute.call(el, 'style', css(style))
        changed = true
      }
      if (el.localName == 'style') {
        const text = el.textContent!
        if (css(text) != text) {
          el.textContent = css(text)
          changed = true
        }
        return
      }
      if (el.localName == 'script' && !scripts) {
        if (el.hasAttribute('data-sekisho')) {
          setAttribute.call(el, INERT, '')
          changed = true
        }
        return
      }
      if (!el.hasAttribute('data-sekisho'))
        loads(el)?.forEach((attr) => {
          const url = el.getAttribute(attr)
          if (url && hold(el, url, attr)) changed = true
        })
    })
  scan(svg ? root : template.content)
  return changed ? root.innerHTML : html
}

/** Marks up HTML strings; `realm` patches a window's parser entry points (`inserted` runs after
 * the ones that insert, `watch` watches the shadow roots they make). */
export function interceptMarkup(
  patch: Patcher,
  hold: (el: Element, url: string, attr: string) => boolean,
  schedule: () => void,
  setAttribute: Element['setAttribute'],
  css: (text: string) => string,
  /** True for HTML that cannot load from a held host (its URLs are all this site's). */
  local: (html: string) => boolean,
  /** The page's CSP nonce, for the scripts the gate writes into markup. */
  nonce?: string,
): {
  markup(html: string): string
  realm(w: Realm, inserted: (self?: Node) => void, watch: (tree: Node) => void): void
} {
  // The template's own innerHTML passes through the patched setter too (of whichever realm's
  // markup is being read): `busy` lets it by.
  let busy = false
  // The nonce is the page's for its whole life: its prologue is written once.
  const first = prologue(nonce)
  const markup = (html: string, scripts: boolean, svg?: boolean) => {
    if (busy) return html
    // Marked-up tags (any case: attribute names are case-insensitive) need the rewrite: scripts
    // become inert. Other HTML with only this site's URLs is left unparsed.
    if (/data-sekisho/i.test(html)) schedule()
    else if (local(html) && !closedFrames(html)) return html
    busy = true
    try {
      return rewriteMarkup(html, scripts, hold, setAttribute, css, svg, first)
    } finally {
      busy = false
    }
  }
  /** Rewrites the HTML argument at `at` in place (when `when` says so); never holds the call. */
  const rewrite =
    (at: number, scripts: boolean, when?: (args: IArguments) => boolean, outer?: boolean) =>
    (self: Element, args: IArguments): false => {
      if (args.length > at && (!when || when(args)))
        args[at] = changed(readOnce(args[at]), (html) =>
          // What goes inside a <style> is its CSS, not markup.
          self?.localName == 'style' && !outer && (!at || /^(afterbegin|beforeend)$/i.test(args[0]))
            ? css(html)
            : markup(html, scripts, self?.namespaceURI == 'http://www.w3.org/2000/svg'),
        )
      return false
    }
  return {
    markup: (html) => markup(html, true),
    realm(w, inserted, watch) {
      // The declarative shadow roots the markup made are watched from now on.
      const shadows = (self: Node, args: IArguments) => {
        inserted(self)
        if (String(args[0]).includes('shadowrootmode')) watch(self)
      }
      const parsed = (_: unknown, args: IArguments, doc: Document) => {
        unexecutable.add(doc)
        // XML is not marked up (its nodes are checked when they come in).
        if (typeof args[1] != 'string' || args[1] == 'text/html') markedUp.add(doc)
      }
      const { Element, ShadowRoot, Document } = w
      const parseUnsafe = (Document as unknown as { parseHTMLUnsafe?: unknown }).parseHTMLUnsafe && Document
      const parseSafe = (Document as unknown as { parseHTML?: unknown }).parseHTML && Document
      for (const [target, name, at, scripts, key, when, after] of [
        [Element.prototype, 'innerHTML', 0, false, 'set'],
        [Element.prototype, 'outerHTML', 0, false, 'set'],
        [ShadowRoot.prototype, 'innerHTML', 0, false, 'set'],
        [Element.prototype, 'insertAdjacentHTML', 1, false],
        [Element.prototype, 'setHTMLUnsafe', 0, false, 'value', undefined, shadows],
        [ShadowRoot.prototype, 'setHTMLUnsafe', 0, false, 'value', undefined, shadows],
        [parseUnsafe, 'parseHTMLUnsafe', 0, false, 'value', undefined, parsed],
        // The Sanitizer API's safe siblings keep images, styles and declarative shadow roots
        // whenever the page's sanitizer config allows them.
        [Element.prototype, 'setHTML', 0, false, 'value', undefined, shadows],
        [ShadowRoot.prototype, 'setHTML', 0, false, 'value', undefined, shadows],
        [parseSafe, 'parseHTML', 0, false, 'value', undefined, parsed],
        [
          w.DOMParser.prototype,
          'parseFromString',
          0,
          false,
          'value',
          (args: IArguments) => args[1] == 'text/html',
          parsed,
        ],
        [Document.prototype, 'execCommand', 2, false, 'value', (args: IArguments) => /^inserthtml$/i.test(args[0])],
        [w.Range.prototype, 'createContextualFragment', 0, true],
        [Document.prototype, 'write', 0, true],
        [Document.prototype, 'writeln', 0, true],
        // A srcdoc document runs its scripts (its realm is patched before they run).
        [w.HTMLIFrameElement.prototype, 'srcdoc', 0, true, 'set'],
      ] as const)
        if (target)
          patch.wrap(target, name, rewrite(at, scripts, when, name == 'outerHTML'), undefined, key, after ?? inserted)
    },
  }
}
