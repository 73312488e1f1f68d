// `sekisho proof`: the proof pack of one policy revision of one site, a folder an auditor checks
// offline with sha256sum and an RFC 8785 canonicaliser (the steps are in the README it writes). The
// pack is built by the collector's `buildProofPack`, as the console's download of it is.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildProofPack } from '@sekisho/collector'
import type { Io } from '../io.ts'
import { readProofSource } from './proof-source.ts'
import { runOnStore } from './store-command.ts'

export const USAGE = `Usage: sekisho proof --db FILE|postgres://… [--schema NAME] --config site.json --out DIR
  [--revision R] [--site ORIGIN] [--scripts DIR]
  Writes DIR, the proof pack of one policy revision: the config as declared (config.json) and as
  resolved against the catalog (declaration.json), every wording the receipts of that revision cite
  (wordings/HASH.txt), the script files served with their SRI values (scripts/), the chain head when
  the pack was written, manifest.json, SHA256SUMS, and README.md with the steps to verify it offline.
  --revision defaults to the config's own and must match it; --site is needed when the database holds
  more than one site; --scripts is the folder the site serves sekisho*.js from (default: the
  installed sekisho package's dist/).
`

export const run = (args: string[], io: Io): Promise<number> =>
  runOnStore(
    'proof',
    USAGE,
    args,
    io,
    {
      config: { type: 'string' },
      out: { type: 'string' },
      revision: { type: 'string' },
      site: { type: 'string' },
      scripts: { type: 'string' },
    },
    async (values, store) => {
      const fail = (flag: string, message: string) => (io.err(`sekisho proof: ${flag}: ${message}\n`), 1)
      const configFile = values.config as string | undefined
      const out = values.out as string | undefined
      if (!configFile) return fail('--config', 'expected the site config (site.json) of the revision')
      if (!out) return fail('--out', 'expected the folder to write the pack to')
      const read = readProofSource(configFile, values.scripts as string | undefined)
      if (!read.ok) return fail(read.flag, read.message)
      const { source } = read
      const revision = (values.revision as string | undefined) ?? source.revision
      if (revision !== source.revision)
        return fail('--revision', `${configFile} declares revision "${source.revision}", not "${revision}"`)
      const built = await buildProofPack(store, source, {
        site: values.site as string | undefined,
        writtenAt: new Date().toISOString(),
      })
      if (!built.ok) return fail(`--${built.path}`, built.message)
      if (existsSync(out) && readdirSync(out).length) return fail('--out', `${out} is not empty`)
      const { pack } = built
      for (const { name, bytes } of pack.files) {
        mkdirSync(dirname(join(out, name)), { recursive: true })
        writeFileSync(join(out, name), bytes)
      }
      io.out(
        `wrote ${out}: ${pack.receipts} receipts of revision ${revision}, ${pack.wordings} wordings` +
          `${pack.wordingsNotKept ? ` (${pack.wordingsNotKept} not kept by the collector: see manifest.json)` : ''}, ${pack.scripts} script files\n` +
          `pack id (SHA-256 of SHA256SUMS): ${pack.id}\n`,
      )
      return 0
    },
  )
