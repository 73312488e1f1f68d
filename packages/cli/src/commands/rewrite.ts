// `sekisho rewrite`: marks up, in static HTML files, every unmarked tag of a declared service the
// way the gate holds it (@sekisho/server's transform), so the browser's preload scanner never
// fetches it; `--check` only lists the fixes (exit 1 when there is one), for CI.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { markupHtml, type MarkupChange } from '@sekisho/server'
import type { Io } from '../io.ts'
import { parseOrExplain } from './usage.ts'
import { loadConfig } from './validate.ts'

const USAGE =
  'Usage: sekisho rewrite <file.html|dir> --config site.json [--out dir] [--check] [--csp] [--placeholder text]\n'

/** One fix as a line: where, which service, the tag as it is and as it must be. */
export const formatChange = (where: string, c: MarkupChange) =>
  `${where}:${c.line}:${c.column} ${c.service}\n  - ${c.before}\n  + ${c.after}\n`

/** HTML files under `path` (itself when a file), relative to `path`. */
function htmlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return ['']
  return readdirSync(path, { recursive: true })
    .map(String)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
}

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseOrExplain('rewrite', USAGE, io, () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        out: { type: 'string', short: 'o' },
        check: { type: 'boolean' },
        csp: { type: 'boolean' },
        placeholder: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  )
  if (!parsed) return 2
  const { values, positionals } = parsed
  if (values.help) return (io.out(USAGE), 0)
  if (positionals.length !== 1 || !values.config) {
    io.err(`sekisho rewrite: ${values.config ? 'give one file or folder' : '--config is required'}\n${USAGE}`)
    return 2
  }
  const input = positionals[0]!
  let files: string[]
  try {
    files = htmlFiles(input)
  } catch (error) {
    io.err(`sekisho rewrite: ${input}: ${(error as Error).message}\n`)
    return 2
  }
  if (files[0] !== '' && !values.out && !values.check) {
    io.err(`sekisho rewrite: a folder needs --out (or --check)\n${USAGE}`)
    return 2
  }
  const loaded = loadConfig(values.config)
  if (!loaded.ok) return (io.err(loaded.report), 2)
  let count = 0
  for (const file of files) {
    const path = file ? join(input, file) : input
    // latin1: every byte passes through as itself, whatever the page's encoding (Shift_JIS too).
    const { html, changes } = markupHtml(readFileSync(path, 'latin1'), {
      services: loaded.config.services,
      csp: values.csp,
      // The page is read as latin1 bytes, so the text goes in as its UTF-8 bytes (not cut to 8 bits).
      framePlaceholder: values.placeholder && Buffer.from(values.placeholder, 'utf8').toString('latin1'),
    })
    count += changes.length
    for (const change of changes) io.err(formatChange(file ? relative('.', path) : input, change))
    if (values.check) continue
    if (!values.out) {
      const bytes = Buffer.from(html, 'latin1')
      // An Io that takes only text gets the page as UTF-8, the one encoding a string carries intact.
      if (io.outBytes) io.outBytes(bytes)
      else io.out(bytes.toString('utf8'))
    } else {
      const target = file ? join(values.out, file) : join(values.out, input.split('/').pop()!)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, html, 'latin1')
    }
  }
  io.err(
    `sekisho rewrite: ${count} tag${count === 1 ? '' : 's'} ${values.check ? 'to mark up' : 'marked up'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`,
  )
  return values.check && count ? 1 : 0
}
