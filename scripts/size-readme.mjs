// The READMEs' byte figures against `npm run size`: a figure written `16.0 KB<!-- size:head -->`
// is the gzip size of the budgets.json row with id `head`, in KB of 1024 bytes to one decimal. The
// comment is invisible where the README is read; size.mjs fails on a figure that no longer holds and
// `npm run size -- --write-readmes` writes the measured ones. Without it the tables drifted up to
// 7 KB from the build (the generic head written 13.0 KB when it was 16.0), and nothing said so.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const FIGURE = /(\d+(?:\.\d+)?) KB<!-- size:([\w-]+) -->/g

/** A gzip byte count as the READMEs write it. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** Each tagged figure in `text`: the row id and the figure as written. */
export const figuresIn = (text) => [...text.matchAll(FIGURE)].map((m) => ({ id: m[2], shown: `${m[1]} KB` }))

/** `text` with each tagged figure replaced by `sizes[id]` (gzip bytes); an unknown id stays. */
export const writeFigures = (text, sizes) =>
  text.replace(FIGURE, (all, _n, id) => (id in sizes ? `${kb(sizes[id])}<!-- size:${id} -->` : all))

/** The repository's READMEs that carry tagged figures (the root's and each package's). */
export function taggedReadmes(root) {
  const packages = join(root, 'packages')
  const files = [join(root, 'README.md'), ...readdirSync(packages).map((p) => join(packages, p, 'README.md'))]
  return files.filter((f) => existsSync(f) && figuresIn(readFileSync(f, 'utf8')).length)
}

/** Bytes a figure may be off beyond its rounding: zlib builds with other CPU features may compress
 * a few bytes differently, and a size near a rounding edge must not fail on one machine only. */
const SLACK = 16

/** Whether `shown` (one decimal, as kb writes it) is `bytes`, rounded, give or take SLACK. */
const holds = (shown, bytes) => /^\d+\.\d KB$/.test(shown) && Math.abs(parseFloat(shown) * 1024 - bytes) <= 51.2 + SLACK

/** What is wrong with `text`'s figures against `sizes` (gzip bytes by row id), one line each. */
export const staleFigures = (text, sizes) =>
  figuresIn(text).flatMap(({ id, shown }) =>
    !(id in sizes)
      ? [`size:${id} names no measured row of budgets.json`]
      : holds(shown, sizes[id])
        ? []
        : [`size:${id} says ${shown}, measured ${kb(sizes[id])}`],
  )
