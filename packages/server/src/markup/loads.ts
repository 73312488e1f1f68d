// Which attributes of which tags make the browser fetch (its preload scanner included), and how the
// gate's markup contract holds each one: the URL moves to `data-<attr>`, `data-sekisho` names the service.

/** Attributes that load, by tag name (parse5 lowercases tag and attribute names). */
export const LOADS: Readonly<Record<string, readonly string[] | undefined>> = {
  script: ['src', 'href', 'xlink:href'],
  img: ['srcset', 'src'],
  source: ['srcset', 'src'],
  iframe: ['src'],
  link: ['imagesrcset', 'href'],
  video: ['poster', 'src'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
}

/** The type attribute values of a classic or module script: anything else never runs nor loads. */
export const isScriptType = (type: string | undefined) =>
  type == null ||
  /^\s*(module|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript|javascript1\.[0-5]))?\s*$/i.test(
    type,
  )

/** Every URL in a srcset (candidates split at whitespace and commas, as the gate splits them). */
export const srcsetUrls = (value: string) => value.split(/[\s,]+/).filter((piece) => /[/.]/.test(piece))

/** URLs in CSS text: `url(...)` and quoted `image-set()` strings. */
export const cssUrls = (css: string) =>
  Array.from(css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)|image-set\(\s*(['"])(.*?)\3/gi), (m) => m[2] ?? m[4] ?? '')

/** Absolute and protocol-relative URLs written in script text (JSON's `\/` unescaped). */
export const scriptUrls = (js: string) =>
  Array.from(
    js.replace(/\\\//g, '/').matchAll(/(?:\bhttps?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?[^\s'"`<>\\),;]*/gi),
    (m) => m[0],
  )

/** Next.js's React Server Components payload: `self.__next_f.push([1,"…"])` whose argument is JSON,
 * so it cannot load anything (JSON holds no code). Its text repeats the page's props (an embed's
 * URL, a pasted snippet as a string); holding it would stop the page from hydrating. */
export function isFrameworkData(js: string): boolean {
  const call = /^\s*self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/.exec(js)
  try {
    return !!call && Array.isArray(JSON.parse(call[1]!))
  } catch {
    return false
  }
}
