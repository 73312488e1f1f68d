// `sekisho proof`: the proof pack of one policy revision of one site, a folder an auditor checks
// offline with sha256sum and an RFC 8785 canonicaliser (the steps are in the README it writes).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { canonicalJson, type ReceiptStore } from '@sekisho/collector'
import type { Io } from '../io.ts'
import { sri } from './script-build.ts'
import { siteDeclaration } from './site-config.ts'
import { runOnStore } from './store-command.ts'
import { loadConfig } from './validate.ts'

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

export const PACK_FORMAT = 'sekisho-proof/1'

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** What the receipts of one revision say about the wordings they cite. */
interface RevisionReceipts {
  count: number
  first?: string
  last?: string
  methods: Record<string, number>
  /** Wording hash → the languages it was shown in and how many receipts cite it. */
  wordings: Map<string, { languages: Set<string>; receipts: number }>
  noText: Record<string, number>
}

async function readRevision(store: ReceiptStore, site: string, revision: string): Promise<RevisionReceipts> {
  const out: RevisionReceipts = { count: 0, methods: {}, wordings: new Map(), noText: {} }
  for await (const row of store.rows({ site })) {
    if (row.erased) continue
    const receipt = JSON.parse(row.body) as {
      timestamp: string
      method: string
      policy: { revision: string; language: string }
      ui: { textHash?: string; noText?: string }
    }
    if (receipt.policy.revision !== revision) continue
    out.count++
    if (!out.first || receipt.timestamp < out.first) out.first = receipt.timestamp
    if (!out.last || receipt.timestamp > out.last) out.last = receipt.timestamp
    out.methods[receipt.method] = (out.methods[receipt.method] ?? 0) + 1
    if (receipt.ui.textHash) {
      const seen = out.wordings.get(receipt.ui.textHash) ?? { languages: new Set<string>(), receipts: 0 }
      seen.languages.add(receipt.policy.language)
      seen.receipts++
      out.wordings.set(receipt.ui.textHash, seen)
    } else if (receipt.ui.noText) out.noText[receipt.ui.noText] = (out.noText[receipt.ui.noText] ?? 0) + 1
  }
  return out
}

/** The folder the site serves the script files from: `--scripts`, else the installed sekisho package's dist/. */
function scriptsFolder(given: string | undefined): string | undefined {
  if (given) return given
  try {
    return join(dirname(createRequire(import.meta.url).resolve('sekisho/package.json')), 'dist')
  } catch {
    return undefined
  }
}

/** The README's verification steps: one shell block, run as written by the pack's own test. */
function readme(manifest: { site: string; revision: string; config: { jcsSha256: string } }): string {
  return `# Proof pack: ${manifest.site}, policy revision ${manifest.revision}

Written by \`sekisho proof\` (format ${PACK_FORMAT}). It holds what the site declared for this
revision and the exact wordings its visitors were shown, so that each consent receipt of the
revision can be checked against them without the site or the collector.

| file | what it is |
|---|---|
| \`config.json\` | the site config as declared (the operator's file, byte for byte) |
| \`declaration.json\` | what that config resolves to against the catalog: recipients, addresses, representatives, data items, countries, controller |
| \`wordings/HASH.txt\` | each wording the revision's receipts cite; \`HASH\` is the receipts' \`ui.textHash\` |
| \`scripts/\` | the script files the site served, with their SRI values in \`manifest.json\` |
| \`manifest.json\` | the revision's receipts (count, period, methods), the wordings with their languages, the wordings the collector does not keep, the chain head |
| \`SHA256SUMS\` | the SHA-256 of every other file |

## Verify

Tools: \`sha256sum\` (GNU coreutils) and an RFC 8785 (JSON Canonicalization Scheme) canonicaliser
reading standard input, here \`canonicalize\` from the npm package of the RFC's co-author
(\`npm install -g canonicalize@2.1.0\`). Run in this folder:

\`\`\`sh
set -eu
# 1. No file was changed since the pack was written.
sha256sum --check --quiet SHA256SUMS
# 2. Each wording is the text its receipts cite: its SHA-256 is its name (their ui.textHash).
for f in wordings/*.txt; do
  [ -e "$f" ] || continue
  [ "$(sha256sum < "$f" | cut -d' ' -f1)" = "$(basename "$f" .txt)" ] || { echo "wording altered: $f"; exit 1; }
done
# 3. The config is the one declared: its canonical (RFC 8785) SHA-256, whatever its formatting.
[ "$(canonicalize < config.json | sha256sum | cut -d' ' -f1)" = "${manifest.config.jcsSha256}" ] || { echo "config.json is not the declared config"; exit 1; }
echo "proof pack verified"
\`\`\`

What each step proves, and what it does not:
- Step 2 needs nothing from this pack but the file: a receipt (from the collector's export) whose
  \`ui.textHash\` names a file here proves the visitor was shown exactly that text.
- Step 3 compares with the hash written above; keep that hash (or the SHA-256 of \`SHA256SUMS\`)
  somewhere the site cannot edit later, such as the audit file of the revision.
- The chain head in \`manifest.json\` is the collector's head when the pack was written: \`sekisho
  verify --db …\` later prints a head whose chain contains it, or reports where the log was cut.
- Script files: \`openssl dgst -sha384 -binary scripts/FILE | openssl base64 -A\` gives the
  \`integrity\` value the site's \`<script>\` tags carry.
`
}

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
      const loaded = loadConfig(configFile)
      if (!loaded.ok) return fail('--config', loaded.report.trimEnd())
      const config = loaded.config
      const revision = (values.revision as string | undefined) ?? config.revision
      if (revision !== config.revision)
        return fail('--revision', `${configFile} declares revision "${config.revision}", not "${revision}"`)
      const heads = await store.heads()
      const site = (values.site as string | undefined) ?? (heads.size === 1 ? [...heads.keys()][0] : undefined)
      if (!site)
        return fail(
          '--site',
          heads.size
            ? `the database holds ${[...heads.keys()].sort().join(', ')}: name one`
            : 'the database holds no receipts',
        )
      if (!heads.has(site)) return fail('--site', `no receipts of ${site} in the database`)
      const scriptsDir = scriptsFolder(values.scripts as string | undefined)
      if (!scriptsDir || !existsSync(scriptsDir))
        return fail(
          '--scripts',
          `expected the folder the site serves sekisho*.js from${scriptsDir ? `; ${scriptsDir} does not exist` : ''}`,
        )
      const scriptFiles = readdirSync(scriptsDir)
        .filter((f) => /^sekisho[\w.-]*\.js$/.test(f))
        .sort()
      if (!scriptFiles.length) return fail('--scripts', `${scriptsDir} holds no sekisho*.js`)
      if (existsSync(out) && readdirSync(out).length) return fail('--out', `${out} is not empty`)

      const receipts = await readRevision(store, site, revision)
      const files = new Map<string, string | Uint8Array>()
      const configBytes = readFileSync(configFile)
      files.set('config.json', configBytes)
      const configJson = JSON.parse(configBytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown
      files.set('declaration.json', `${JSON.stringify(siteDeclaration(config), null, 2)}\n`)

      const wordings = []
      const missing = []
      for (const [hash, seen] of [...receipts.wordings].sort(([a], [b]) => a.localeCompare(b))) {
        const kept = await store.getText(hash)
        const entry = { hash, languages: [...seen.languages].sort(), receipts: seen.receipts }
        // A kept wording that no longer hashes to its address is not evidence: `sekisho verify` says which.
        if (kept && sha256(kept.text) === hash) {
          files.set(`wordings/${hash}.txt`, kept.text)
          wordings.push(entry)
        } else missing.push(entry)
      }
      const scripts = scriptFiles.map((file) => {
        const bytes = readFileSync(join(scriptsDir, file))
        files.set(`scripts/${file}`, bytes)
        return { file: `scripts/${file}`, sha256: sha256(bytes), integrity: sri(bytes) }
      })
      const manifest = {
        format: PACK_FORMAT,
        site,
        revision,
        writtenAt: new Date().toISOString(),
        config: { file: 'config.json', jcsSha256: sha256(canonicalJson(configJson)) },
        receipts: {
          count: receipts.count,
          first: receipts.first ?? null,
          last: receipts.last ?? null,
          methods: receipts.methods,
          withoutWording: receipts.noText,
        },
        wordings,
        wordingsNotKept: missing,
        scripts,
        chain: { head: heads.get(site) },
      }
      files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`)
      files.set('README.md', readme(manifest))

      const names = [...files.keys()].sort()
      for (const name of names) {
        mkdirSync(dirname(join(out, name)), { recursive: true })
        writeFileSync(join(out, name), files.get(name)!)
      }
      const sums = names.map((name) => `${sha256(files.get(name)!)}  ${name}\n`).join('')
      writeFileSync(join(out, 'SHA256SUMS'), sums)
      io.out(
        `wrote ${out}: ${receipts.count} receipts of revision ${revision}, ${wordings.length} wordings` +
          `${missing.length ? ` (${missing.length} not kept by the collector: see manifest.json)` : ''}, ${scripts.length} script files\n` +
          `pack id (SHA-256 of SHA256SUMS): ${sha256(sums)}\n`,
      )
      return 0
    },
  )
