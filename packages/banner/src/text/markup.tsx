// Operator text as plain text plus a small safe subset of markup: links, emphasis, line breaks.
// Everything else stays literal text, which Preact escapes; no string ever reaches innerHTML.
import { safeUrl } from '@sekisho/core'
import type { ComponentChildren } from 'preact'

// One allowed tag: <a href="…">, </a>, <strong>, <em>, <b>, <i>, <br>.
const TAG = /<(\/?)(a|strong|em|b|i|br)(?:\s+href\s*=\s*"([^"<>]*)")?\s*\/?>/gi

interface Open {
  tag: string
  href?: string | undefined
  children: ComponentChildren[]
}

/** Renders `text` with only the allowed tags as elements; a link with an unsafe href keeps its text only. */
export function Markup({ text }: { text: string }) {
  const root: Open = { tag: '', children: [] }
  const stack = [root]
  let at = 0
  for (const m of text.matchAll(TAG)) {
    const top = stack[stack.length - 1]!
    if (m.index > at) top.children.push(text.slice(at, m.index))
    at = m.index + m[0].length
    const tag = m[2]!.toLowerCase()
    if (tag === 'br') top.children.push(<br />)
    else if (!m[1]) stack.push({ tag, href: m[3], children: [] })
    else if (stack.length > 1 && top.tag === tag) close(stack)
    else top.children.push(m[0])
  }
  if (at < text.length) stack[stack.length - 1]!.children.push(text.slice(at))
  while (stack.length > 1) close(stack)
  return <>{root.children}</>
}

function close(stack: Open[]) {
  const { tag, href, children } = stack.pop()!
  stack[stack.length - 1]!.children.push(tag === 'a' ? <Link href={href}>{children}</Link> : h(tag, children))
}

/** A link opening in a new tab (the banner keeps its state); an unsafe or missing URL leaves the text alone. */
export function Link({ href, children }: { href: string | undefined; children: ComponentChildren }) {
  const url = safeUrl(href)
  return url ? (
    <a href={url} target="_blank" rel="noopener">
      {children}
    </a>
  ) : (
    // biome-ignore lint/complexity/noUselessFragments: the component must return one node
    <>{children}</>
  )
}

function h(tag: string, children: ComponentChildren[]) {
  const Tag = tag as 'em'
  return <Tag>{children}</Tag>
}
