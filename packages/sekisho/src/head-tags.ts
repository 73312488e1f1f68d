// The head gate's tags and where they go: first in <head>, so the gate is in place before any tag
// of the page can run. Pure string work with no import, for the server side of every framework
// integration (Astro's middleware, Nuxt's Nitro plugin) wherever it runs (Node, edge, a prerender).
import type { SekishoConfig } from '@sekisho/core'

/** The config as the head script reads it (without `$schema`), then the head script itself (classic
 * and parser-blocking, so nothing after it runs before the gate). `<` is escaped so no text in the
 * config can close the script element. `src`: the URL of `sekisho.js`. */
export function headTags(config: SekishoConfig, src: string): string {
  // `$schema` is for editors and `sekisho validate`, not for every page's bytes.
  const { $schema, ...site } = config
  const json = JSON.stringify(site).replace(/</g, '\\u003c')
  return `<script type="application/json" id="sekisho-config">${json}</script><script src="${src}"></script>`
}

// A <meta charset> that opens the head: the encoding declaration must stay in the document's first
// 1024 bytes (HTML §4.2.5.4), so the tags go after it rather than before.
const CHARSET = /^\s*<meta\s[^>]*charset[^>]*>/i

/** `head`, the content of a <head>, with `tags` first in it (after a leading <meta charset>). */
export function putFirstInHeadContent(head: string, tags: string): string {
  const at = CHARSET.exec(head)?.[0].length ?? 0
  return head.slice(0, at) + tags + head.slice(at)
}

/** `html` with `tags` put first in its <head> (after a leading <meta charset>); unchanged without a <head>. */
export function putFirstInHead(html: string, tags: string): string {
  const start = /<head(?:\s[^>]*)?>/i.exec(html)
  if (!start) return html
  const at = start.index + start[0].length
  return html.slice(0, at) + putFirstInHeadContent(html.slice(at), tags)
}
