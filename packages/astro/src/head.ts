// The head gate's tags and where they go: first in <head>, so the gate is in place before any tag of
// the page can run. Pure string work: shared by the middleware (every rendered page) and tests.
import type { SekishoConfig } from 'sekisho'

/** The config as the head script reads it (without `$schema`), then the head script itself (classic and parser-blocking,
 * so nothing after it runs before the gate). `<` is escaped so no text in the config can close the
 * script element. `src`: the URL of `sekisho.js`. */
export function headTags(config: SekishoConfig, src: string): string {
  // `$schema` is for editors and `sekisho validate`, not for every page's bytes.
  const { $schema, ...site } = config
  const json = JSON.stringify(site).replace(/</g, '\\u003c')
  return `<script type="application/json" id="sekisho-config">${json}</script><script src="${src}"></script>`
}

// The <head> start tag, and a <meta charset> right after it: the encoding declaration must stay in
// the document's first 1024 bytes (HTML §4.2.5.4), so the tags go after it rather than before.
const HEAD_START = /<head(?:\s[^>]*)?>(?:\s*<meta\s[^>]*charset[^>]*>)?/i

/** `html` with `tags` put first in its <head> (after a leading <meta charset>); unchanged without a <head>. */
export function putFirstInHead(html: string, tags: string): string {
  const match = HEAD_START.exec(html)
  if (!match) return html
  const at = match.index + match[0].length
  return html.slice(0, at) + tags + html.slice(at)
}
