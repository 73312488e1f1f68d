// The HTML transform: marks up every unmarked tag of a declared service the way the gate holds it,
// before the HTML leaves the server, so that the browser's preload scanner never sees its URL.
// Streaming: `write` returns what can be sent now; only an inline script or a <noscript> is kept
// back until its end tag (its text decides). Untouched source passes through byte for byte.
import type { ServiceDefinition } from '@sekisho/core'
import { SAXParser, type StartTag } from 'parse5-sax-parser'
import { cssUrls, isFrameworkData, isScriptType, LOADS, scriptUrls, srcsetUrls } from './loads.ts'
import { createMatch, matchOrigin } from './match.ts'

export interface MarkupOptions {
  /** The config's resolved services (hosts as the gate matches them). */
  services: ServiceDefinition[]
  /** The page's URL, for relative and protocol-relative URLs. @default 'https://localhost/' */
  base?: string
  /** `data-sekisho-placeholder` given to held frames (the gate draws a button that consents in place;
   * '' shows the frame's title, or ▶); false adds none. @default '' */
  framePlaceholder?: string | false
  /** Adds `data-sekisho-csp` to the sekisho script tag, so that it reloads after a decision that
   * grants a service the page's Content-Security-Policy left out. @default false */
  csp?: boolean
}

/** One tag the transform marked up: where, for which service, and the exact fix. */
export interface MarkupChange {
  service: string
  tag: string
  /** 1-based line and column of the tag in the input. */
  line: number
  column: number
  before: string
  after: string
}

export interface Markup {
  /** Feeds the next piece of HTML; returns the output ready to send. */
  write(chunk: string): string
  /** Ends the input; returns the rest of the output. */
  end(): string
  /** Every change made so far, in document order. */
  changes: MarkupChange[]
}

interface Edit {
  at: number
  remove?: number
  insert: string
}

const attr = (name: string, value: string) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`

/** Applies `edits` (offsets into `raw`) from the last one back, so earlier offsets stay true. */
const apply = (raw: string, edits: Edit[]) =>
  edits
    .sort((a, b) => b.at - a.at)
    .reduce((text, e) => text.slice(0, e.at) + e.insert + text.slice(e.at + (e.remove ?? 0)), raw)

/** The tag's attributes as the browser reads them: first occurrence wins, names lowercased. */
function readTag(raw: string): StartTag | undefined {
  let tag: StartTag | undefined
  const parser = new SAXParser({ sourceCodeLocationInfo: true })
  parser.on('startTag', (t) => (tag ??= t))
  parser.end(raw)
  return tag
}

/** Where the attributes of `raw` (one start tag) end: before `>` or `/>`. */
const closeAt = (raw: string) => raw.length - (raw.endsWith('/>') ? 2 : 1)

/**
 * Renames the attributes `names` to `data-<name>` in the start tag `raw`, again and again while
 * the renamed tag still has one: a repeated attribute the browser ignored would otherwise become
 * the one it reads. Then appends `extra`.
 */
function holdAttributes(raw: string, names: string[], extra: string): string {
  for (let i = 0; i < 16; i++) {
    const tag = readTag(raw)
    const spans = (tag?.sourceCodeLocation as { attrs?: Record<string, { startOffset: number }> } | undefined)?.attrs
    // SVG's xlink:href is read as href: its span is under the name as written.
    const left = Object.keys(spans ?? {}).filter((k) => names.includes(k) || names.includes(k.replace(/^xlink:/, '')))
    if (!left.length) break
    raw = apply(
      raw,
      left.map((k) => ({ at: spans![k]!.startOffset, insert: 'data-' })),
    )
  }
  return extra ? raw.slice(0, closeAt(raw)) + extra + raw.slice(closeAt(raw)) : raw
}

/** The head script's URL (`sekisho.js`, or `sekisho-baked.js` as `sekisho bundle` leaves it unbaked). */
const SEKISHO_JS = /(^|\/)sekisho(-baked)?\.js([?#]|$)/
/** A <meta charset> opening the head stays first: the encoding must be declared in the first 1024 bytes. */
const CHARSET = /^\s*<meta\s[^>]*charset[^>]*>/i
/** A head this long without the sekisho script is sent as it came. */
const HEAD_MAX = 256 * 1024

export function createMarkup(options: MarkupOptions): Markup {
  const { services, framePlaceholder = '', csp = false } = options
  let base = options.base ?? 'https://localhost/'
  const match = createMatch(services, () => base)
  const changes: MarkupChange[] = []
  const parser = new SAXParser({ sourceCodeLocationInfo: true })

  /** The source not yet sent, from offset `from`; output of the current write. */
  let source = ''
  let from = 0
  let out = ''
  /** End offset of the last token seen: the source up to here can be sent. */
  let safe = 0
  /** An inline script or noscript waiting for its end tag: its start tag and its text. */
  let pending: { tag: StartTag; textAt: number } | undefined
  /** The service of the script just held, while nothing the visitor sees or the page runs came after:
   * the next inline script is that snippet's other half (`gtag('config')`, `a8sales({...})`). */
  let adjacent: string | undefined
  let openEmpty: string | undefined

  // The head gate must run before any other script, and a framework may print its own scripts
  // first in <head> (Next's React puts its async chunks there, before the layout's tags): an async
  // script runs as soon as it arrives, even while the parser waits for the gate. From <head> to the
  // end of the sekisho script, the output waits here in pieces; then the config and the script go
  // first (after a leading <meta charset>), the rest after them in their order.
  let head: { pieces: Array<[string, boolean]>; moving?: 'config' | 'script'; size: number } | undefined
  let headSeen = false
  const emit = (text: string) => {
    if (!head) return void (out += text)
    head.pieces.push([text, !!head.moving])
    head.size += text.length
  }
  /** Sends what the head held: reordered when the script was found, else as it came. */
  const release = (found: boolean) => {
    const pieces = head!.pieces
    head = undefined
    const text = (moved: boolean) => pieces.flatMap(([t, m]) => (m == moved ? [t] : [])).join('')
    // What came before the last moved piece and stays.
    let before = ''
    let since = ''
    for (const [t, moved] of pieces) moved ? ((before += since), (since = '')) : (since += t)
    // Already first (nothing but space and a charset before it): byte for byte as it came.
    if (!found || !before.replace(CHARSET, '').trim()) return void (out += pieces.map(([t]) => t).join(''))
    const rest = text(false)
    const at = CHARSET.exec(rest)?.[0].length ?? 0
    out += rest.slice(0, at) + text(true) + rest.slice(at)
  }

  const slice = (start: number, end: number) => source.slice(start - from, end - from)
  const send = (end: number) => {
    if (end <= from) return
    emit(slice(from, end))
    source = source.slice(end - from)
    from = end
  }
  /** Replaces the source between `start` and `end` (nothing of it sent yet) with `text`. */
  const replace = (start: number, end: number, text: string) => {
    send(start)
    emit(text)
    source = source.slice(end - from)
    from = end
  }
  const record = (tag: StartTag, service: string, before: string, after: string) => {
    const loc = tag.sourceCodeLocation!
    changes.push({ service, tag: tag.tagName, line: loc.startLine, column: loc.startCol, before, after })
  }

  /** Marks up a start tag whose own attributes load a declared service; returns its service id. */
  function onStartTag(tag: StartTag): string | undefined {
    const loc = tag.sourceCodeLocation!
    const get = (name: string) => tag.attrs.find((a) => a.name == name)?.value
    if (tag.tagName == 'base' && get('href') != null) {
      try {
        base = new URL(get('href')!, base).href
      } catch {}
    }
    if (get('data-sekisho') != null) return
    const raw = slice(loc.startOffset, loc.endOffset)
    if (csp && tag.tagName == 'script' && SEKISHO_JS.test(get('src') ?? '')) {
      if (get('data-sekisho-csp') == null)
        replace(
          loc.startOffset,
          loc.endOffset,
          raw.slice(0, closeAt(raw)) + ' data-sekisho-csp' + raw.slice(closeAt(raw)),
        )
      return
    }
    const script = tag.tagName == 'script'
    if (script && !isScriptType(get('type'))) return
    let service: ServiceDefinition | undefined
    const held: string[] = []
    for (const name of LOADS[tag.tagName] ?? []) {
      const value = get(name)
      if (value == null || (tag.tagName == 'input' && get('type')?.toLowerCase() != 'image')) continue
      const found = /srcset/.test(name) ? srcsetUrls(value).map(match).find(Boolean) : match(value)
      if (!found) continue
      service ??= found
      // A script keeps an SVG href (the gate releases it by type alone); every other URL moves.
      if (!(script && name != 'src')) held.push(name)
    }
    // Inline style: the whole attribute waits in data-style; the tag keeps it without the tracker's url().
    const style = get('style')
    let css: string | undefined
    if (style != null) {
      const tracker = cssUrls(style).map(match).find(Boolean)
      if (tracker) {
        service ??= tracker
        held.push('style')
        css = style.replace(/url\([^)]*\)/gi, (u) => (cssUrls(u).some(match) ? 'none' : u))
      }
    }
    if (!service) return
    let extra = ''
    if (script) {
      if (get('type') != null) held.push('type')
      extra += attr('type', 'text/plain')
    }
    if (css != null) extra += attr('style', css)
    extra += attr('data-sekisho', service.id)
    if (tag.tagName == 'iframe' && framePlaceholder !== false && get('data-sekisho-placeholder') == null)
      extra += attr('data-sekisho-placeholder', framePlaceholder)
    const after = holdAttributes(raw, held, extra)
    replace(loc.startOffset, loc.endOffset, after)
    record(tag, service.id, raw, after)
    return service.id
  }

  /** An inline script or a noscript ended: mark the script up, or mark up the noscript's HTML. */
  function onPendingEnd(end: number) {
    const { tag, textAt } = pending!
    pending = undefined
    const text = slice(textAt, end)
    const loc = tag.sourceCodeLocation!
    if (tag.tagName == 'noscript') {
      const inner = createMarkup({ ...options, base, csp: false })
      const html = inner.write(text) + inner.end()
      changes.push(...inner.changes)
      if (html != text) replace(textAt, end, html)
      return
    }
    // Data for the framework, not code: neither held itself nor the half of a held snippet.
    if (isFrameworkData(text)) return (adjacent = undefined)
    const urls = scriptUrls(text)
    const service =
      urls.map(match).find(Boolean)?.id ?? urls.map((u) => matchOrigin(u, services, base)).find(Boolean)?.id ?? adjacent
    if (!service) return (adjacent = undefined)
    const raw = slice(loc.startOffset, loc.endOffset)
    const type = tag.attrs.some((a) => a.name == 'type') ? ['type'] : []
    const after = holdAttributes(raw, type, attr('type', 'text/plain') + attr('data-sekisho', service))
    replace(loc.startOffset, loc.endOffset, after)
    record(tag, service, raw, after)
    adjacent = service
  }

  parser.on('startTag', (tag) => {
    const loc = tag.sourceCodeLocation!
    safe = loc.endOffset
    const get = (name: string) => tag.attrs.find((a) => a.name == name)?.value
    if (tag.tagName == 'head' && !headSeen) {
      headSeen = true
      send(loc.endOffset)
      head = { pieces: [], size: 0 }
    } else if (
      head &&
      tag.tagName == 'script' &&
      (get('id') == 'sekisho-config' || SEKISHO_JS.test(get('src') ?? ''))
    ) {
      send(loc.startOffset)
      head.moving = get('src') == null ? 'config' : 'script'
    } else if (head && (tag.tagName == 'body' || head.size > HEAD_MAX)) release(false)
    const inline = tag.tagName == 'script' && get('src') == null
    if (tag.tagName == 'noscript' || (inline && get('data-sekisho') == null && isScriptType(get('type')))) {
      // Anything still open since the held script (an image, a heading) ends the snippet.
      if (openEmpty) adjacent = openEmpty = undefined
      pending = { tag, textAt: loc.endOffset }
      return
    }
    const held = onStartTag(tag)
    if (tag.tagName == 'script') (adjacent = held), (openEmpty = undefined)
    else if (openEmpty) adjacent = openEmpty = undefined
    else openEmpty = tag.tagName
  })
  parser.on('text', (t) => {
    const loc = t.sourceCodeLocation!
    if (!pending) {
      safe = loc.endOffset
      if (t.text.trim()) adjacent = openEmpty = undefined
    }
  })
  parser.on('endTag', (t) => {
    const loc = t.sourceCodeLocation!
    if (head?.moving && t.tagName == 'script') {
      send(loc.endOffset)
      const script = head.moving == 'script'
      head.moving = undefined
      if (script) release(true)
    } else if (head && t.tagName == 'head') release(false)
    if (pending && t.tagName == pending.tag.tagName) onPendingEnd(loc.startOffset)
    else if (t.tagName == openEmpty) openEmpty = undefined
    else if (t.tagName != 'script' && t.tagName != 'noscript') adjacent = undefined
    safe = loc.endOffset
  })
  for (const kind of ['comment', 'doctype'] as const)
    parser.on(kind, (t) => {
      if (!pending) safe = t.sourceCodeLocation!.endOffset
    })

  return {
    changes,
    write(chunk) {
      source += chunk
      parser.write(chunk)
      send(pending ? Math.min(safe, pending.tag.sourceCodeLocation!.startOffset) : safe)
      const text = out
      out = ''
      return text
    },
    end() {
      parser.end()
      // An unclosed script or noscript: the browser reads its text to the end; so does the transform.
      if (pending) onPendingEnd(from + source.length)
      send(from + source.length)
      if (head) release(false)
      const text = out
      out = ''
      return text
    },
  }
}

/** The whole-document form of `createMarkup`: the marked-up HTML and what changed. */
export function markupHtml(html: string, options: MarkupOptions): { html: string; changes: MarkupChange[] } {
  const markup = createMarkup(options)
  return { html: markup.write(html) + markup.end(), changes: markup.changes }
}
