// Operator text as plain text plus a small safe subset of markup: links, emphasis, line breaks.
// Built as DOM nodes (text nodes and the allowed elements only), so no string ever reaches
// innerHTML; one builder serves the plain-DOM first layer and the Preact dialog alike.
import { safeUrl } from '@sekisho/core'

// One allowed tag: <a href="…">, </a>, <strong>, <em>, <b>, <i>, <br>.
const TAG = /<(\/?)(a|strong|em|b|i|br)(?:\s+href\s*=\s*"([^"<>]*)")?\s*\/?>/gi

/** A link opening in a new tab (the banner keeps its state); an unsafe or missing URL gives its words alone. */
export function link(href: string | undefined, ...children: Array<Node | string>): Node {
  const url = safeUrl(href)
  const a = url ? document.createElement('a') : document.createDocumentFragment()
  if (url) Object.assign(a, { href: url, target: '_blank', rel: 'noopener' })
  a.append(...children)
  return a
}

/** Replaces `parent`'s content with `text`, only the allowed tags as elements; a link with an unsafe
 * href keeps its words; a stray closing tag stays literal text; open tags close at the end. */
export function setMarkup(parent: Element, text: string): void {
  // Each open tag collects its children and joins its parent when it closes.
  const stack: Array<{ tag: string; href?: string | undefined; children: Array<Node | string> }> = [
    { tag: '', children: [] },
  ]
  const close = () => {
    const { tag, href, children } = stack.pop()!
    const node = tag == 'a' ? link(href, ...children) : document.createElement(tag)
    if (tag != 'a') (node as Element).append(...children)
    stack.at(-1)!.children.push(node)
  }
  let at = 0
  for (const m of text.matchAll(TAG)) {
    const top = stack.at(-1)!
    if (m.index > at) top.children.push(text.slice(at, m.index))
    at = m.index + m[0].length
    const tag = m[2]!.toLowerCase()
    if (tag == 'br') top.children.push(document.createElement('br'))
    else if (!m[1]) stack.push({ tag, href: m[3], children: [] })
    else if (stack.length > 1 && top.tag == tag) close()
    else top.children.push(m[0])
  }
  if (at < text.length) stack.at(-1)!.children.push(text.slice(at))
  while (stack.length > 1) close()
  parent.replaceChildren(...stack[0]!.children)
}
