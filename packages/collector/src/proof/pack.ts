// The proof pack of one policy revision of one site: what an auditor checks offline with sha256sum
// and an RFC 8785 canonicaliser. Built here once, for `sekisho proof` (a folder) and for the
// collector's `GET /v1/proof-packs/:revision` (a tar archive): the same files, the same README.
import { createHash } from 'node:crypto'
import { canonicalJson } from '../chain/hash.ts'
import type { SiteDeclaration } from '../export/site.ts'
import type { ReceiptStore } from '../store/store.ts'

export const PACK_FORMAT = 'sekisho-proof/1'

/** What a pack is made of besides the stored receipts and wordings. */
export interface ProofSource {
  /** The policy revision, as receipts carry it in `policy.revision`. */
  revision: string
  /** The site config of that revision, byte for byte as the operator wrote it. */
  config: Uint8Array
  /** That config resolved against the catalog (recipients, addresses, items, controller). */
  declaration: SiteDeclaration
  /** The script files the site serves (`sekisho*.js`), by file name. */
  scripts: ReadonlyArray<{ name: string; bytes: Uint8Array }>
}

export interface ProofPack {
  site: string
  revision: string
  /** Every file by its path in the pack, sorted, `SHA256SUMS` last. */
  files: Array<{ name: string; bytes: Uint8Array }>
  receipts: number
  wordings: number
  wordingsNotKept: number
  scripts: number
  /** SHA-256 of `SHA256SUMS`: the pack's id. */
  id: string
}

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const utf8 = (text: string) => new TextEncoder().encode(text)

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

/** The README's verification steps: one shell block, run as written by the pack's own test. */
function readme(manifest: { site: string; revision: string; config: { jcsSha256: string } }): string {
  return `# Proof pack: ${manifest.site}, policy revision ${manifest.revision}

Written by \`sekisho proof\`, or downloaded from the collector's console as one tar archive
(\`GET /v1/proof-packs/REVISION\`; unpack it with \`tar -xf FILE.tar\` and run the steps in the folder
it makes), format ${PACK_FORMAT}. It holds what the site declared for this
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

/**
 * The pack of `source.revision` for `site` (default: the store's only site), or what is wrong,
 * naming the input (`site`, `scripts`). `writtenAt` is when (ISO 8601 UTC).
 */
export async function buildProofPack(
  store: ReceiptStore,
  source: ProofSource,
  options: { site?: string; writtenAt: string },
): Promise<{ ok: true; pack: ProofPack } | { ok: false; path: 'site' | 'scripts'; message: string }> {
  const { revision } = source
  const heads = await store.heads()
  const site = options.site ?? (heads.size === 1 ? [...heads.keys()][0] : undefined)
  if (!site)
    return {
      ok: false,
      path: 'site',
      message: heads.size
        ? `the database holds ${[...heads.keys()].sort().join(', ')}: name one`
        : 'the database holds no receipts',
    }
  if (!heads.has(site)) return { ok: false, path: 'site', message: `no receipts of ${site} in the database` }
  if (!source.scripts.length) return { ok: false, path: 'scripts', message: 'no sekisho*.js script files given' }

  const receipts = await readRevision(store, site, revision)
  const files = new Map<string, Uint8Array>()
  files.set('config.json', source.config)
  const configJson = JSON.parse(new TextDecoder().decode(source.config).replace(/^\uFEFF/, '')) as unknown
  files.set('declaration.json', utf8(`${JSON.stringify(source.declaration, null, 2)}\n`))

  const wordings = []
  const missing = []
  for (const [hash, seen] of [...receipts.wordings].sort(([a], [b]) => a.localeCompare(b))) {
    const kept = await store.getText(hash)
    const entry = { hash, languages: [...seen.languages].sort(), receipts: seen.receipts }
    // A kept wording that no longer hashes to its address is not evidence: `sekisho verify` says which.
    if (kept && sha256(kept.text) === hash) {
      files.set(`wordings/${hash}.txt`, utf8(kept.text))
      wordings.push(entry)
    } else missing.push(entry)
  }
  const scripts = [...source.scripts]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, bytes }) => {
      files.set(`scripts/${name}`, bytes)
      // The `integrity` value a <script> tag carries (SRI, SHA-384).
      const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`
      return { file: `scripts/${name}`, sha256: sha256(bytes), integrity }
    })
  const manifest = {
    format: PACK_FORMAT,
    site,
    revision,
    writtenAt: options.writtenAt,
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
  files.set('manifest.json', utf8(`${JSON.stringify(manifest, null, 2)}\n`))
  files.set('README.md', utf8(readme(manifest)))

  const names = [...files.keys()].sort()
  const sums = names.map((name) => `${sha256(files.get(name)!)}  ${name}\n`).join('')
  return {
    ok: true,
    pack: {
      site,
      revision,
      files: [...names.map((name) => ({ name, bytes: files.get(name)! })), { name: 'SHA256SUMS', bytes: utf8(sums) }],
      receipts: receipts.count,
      wordings: wordings.length,
      wordingsNotKept: missing.length,
      scripts: scripts.length,
      id: sha256(sums),
    },
  }
}
