// `sekisho bundle`: writes the script-tag build with a validated site config baked into the head
// script (the head without the built-in catalog: the config carries its services' gating fields),
// its SRI hashes, and the one <script> tag to paste.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { SekishoConfig } from '@sekisho/core'
import type { Io } from '../io.ts'
import {
  BAKED_HEAD,
  bakeConfig,
  bakedConfig,
  bakeSourceMap,
  findScriptBuild,
  hasScriptBuild,
  SCRIPT_FILES,
  sri,
} from './script-build.ts'
import { parseOrExplain } from './usage.ts'
import { loadConfig } from './validate.ts'

const USAGE = 'Usage: sekisho bundle --config site.json --out public/sekisho/ [--base /sekisho/]\n'

export interface BundleOptions {
  /** The script-tag build to copy from. @default the installed `sekisho` package's dist/ */
  dist?: string
}

/** Escapes a value for a double-quoted HTML attribute. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

export async function runBundle(args: string[], io: Io, options: BundleOptions = {}): Promise<number> {
  const parsed = parseOrExplain('bundle', USAGE, io, () =>
    parseArgs({
      args,
      options: {
        config: { type: 'string', short: 'c' },
        out: { type: 'string', short: 'o' },
        base: { type: 'string', default: '/sekisho/' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  )
  if (!parsed) return 2
  const { values } = parsed
  if (values.help) return (io.out(USAGE), 0)
  if (!values.config || !values.out) {
    io.err(`sekisho bundle: ${values.config ? '--out' : '--config'} is required\n${USAGE}`)
    return 2
  }
  const dist = options.dist ?? findScriptBuild()
  if (dist && resolve(values.out) === resolve(dist)) {
    io.err(`sekisho bundle: --out must not be the build folder itself (${dist})\n`)
    return 2
  }
  if (!dist || !hasScriptBuild(dist)) {
    io.err(
      `sekisho bundle: the script-tag build (${[...SCRIPT_FILES, BAKED_HEAD].join(', ')}) was not found` +
        (dist ? ` in ${dist}` : ' (is the "sekisho" package installed?)') +
        '; run npm run build in the Sekisho repository first\n',
    )
    return 1
  }
  const loaded = loadConfig(values.config)
  if (!loaded.ok) {
    io.err(loaded.report)
    return 1
  }
  // The config as written (no defaults filled in), its services resolved to their gating fields.
  const input = JSON.parse(readFileSync(values.config, 'utf8').replace(/^\uFEFF/, '')) as SekishoConfig
  const baked = bakedConfig(input, loaded.config)

  mkdirSync(values.out, { recursive: true })
  const hashes: Record<string, string> = {}
  const copy = (file: string, text?: string) => {
    const from = join(dist, file)
    const to = join(values.out!, file)
    if (text === undefined) copyFileSync(from, to)
    else writeFileSync(to, text)
    hashes[file] = sri(readFileSync(to))
  }
  // The chunks first: the head pins them by hash, as the pasted tag pins the head.
  const chunks: Record<string, string> = {}
  for (const file of SCRIPT_FILES.slice(1)) {
    copy(file)
    if (existsSync(join(dist, file + '.map'))) copyFileSync(join(dist, file + '.map'), join(values.out, file + '.map'))
    chunks[file.slice('sekisho-'.length, -'.js'.length)] = hashes[file]!
  }
  // Written under the generic head's name: the operator's tag and the chunks' base stay the same.
  const head = readFileSync(join(dist, BAKED_HEAD), 'utf8').replace(
    `sourceMappingURL=${BAKED_HEAD}.map`,
    'sourceMappingURL=sekisho.js.map',
  )
  copy('sekisho.js', bakeConfig(head, baked, chunks))
  if (existsSync(join(dist, BAKED_HEAD + '.map'))) {
    writeFileSync(
      join(values.out, 'sekisho.js.map'),
      bakeSourceMap(readFileSync(join(dist, BAKED_HEAD + '.map'), 'utf8')),
    )
  }
  writeFileSync(join(values.out, 'sri.json'), JSON.stringify(hashes, null, 2) + '\n')

  const base = values.base.endsWith('/') ? values.base : values.base + '/'
  const { config } = loaded
  io.err(`wrote ${[...SCRIPT_FILES, 'sri.json'].map((f) => join(values.out!, f)).join(', ')}\n`)
  io.err(
    `config ${values.config}: revision ${config.revision}, ${config.purposes.length} purposes, ${config.services.length} services (baked in; no #sekisho-config element needed)\n`,
  )
  io.err('Paste first in <head>:\n')
  io.out(
    `<script src="${attribute(base + 'sekisho.js')}" integrity="${hashes['sekisho.js']}" crossorigin="anonymous"></script>\n`,
  )
  return 0
}

export const run = (args: string[], io: Io) => runBundle(args, io)
