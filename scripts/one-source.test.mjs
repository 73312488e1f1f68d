// One source per rule: the purpose labels, the decision methods, the export formats, the language
// choice, the URL check and the re-open control are each defined in one module of @sekisho/core that the other packages
// import. This scans every package's source (tests and test fixtures aside) and fails when any of
// them is defined, or written out, a second time.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { root } from './run.mjs'

/** Each rule: the one file that owns it, and patterns only that file may match. */
const RULES = [
  {
    rule: 'purpose labels',
    owner: 'packages/core/src/purposes/labels.ts',
    patterns: [
      /\bPURPOSE_LABELS\s*(?::|=)/,
      // A built-in purpose id (or the banner's `p.<id>` key) given a name: `analytics: 'Analytics'`.
      /['"]?\b(?:p\.)?(?:necessary|analytics|advertising|affiliate|functional|personalization)['"]?\s*:\s*(?:\{\s*ja\s*:\s*)?['"`]/,
      /['"](?:必須|アクセス解析|広告|アフィリエイト|機能|パーソナライズ|Strictly necessary)['"]/,
    ],
  },
  {
    rule: 'decision methods',
    owner: 'packages/core/src/consent/methods.ts',
    patterns: [
      /\bDECISION_METHODS\s*(?::|=)/,
      /\btype\s+DecisionMethod\s*=\s*['"]/,
      // Four or more methods written out in a row (an array or a union).
      /['"]accept-all['"][\s,|]*['"]reject-all['"][\s,|]*['"]custom['"][\s,|]*['"]withdraw['"]/,
    ],
  },
  {
    rule: 'language choice',
    owner: 'packages/core/src/language/pick-language.ts',
    patterns: [
      /\b(?:function\s+|const\s+|let\s+)\w*(?:pick|offered|choose|match)Language\b/i,
      // The primary subtag of a language tag (`ja-JP` → `ja`).
      /\.split\(\s*['"]-['"]\s*\)\s*\[\s*0\s*\]/,
    ],
  },
  {
    rule: 'URL safety',
    owner: 'packages/core/src/url/safe-url.ts',
    patterns: [/\b(?:function\s+|const\s+|let\s+)(?:is)?(?:safe|sanitize)(?:d)?(?:Url|Href|Link)\b/i, /\bmailto:/],
  },
  {
    rule: 'export formats',
    owner: 'packages/core/src/exports/formats.ts',
    patterns: [/\bEXPORT_FORMATS\s*(?::|=)/, /\btype\s+ExportFormat\s*=\s*['"]/, /['"]kantara['"][\s,|]*['"]appi['"]/],
  },
  {
    rule: 're-open control',
    owner: 'packages/core/src/reopen/reopen.ts',
    patterns: [
      /createElement\(\s*['"]sekisho-reopen['"]/,
      /closest\??\.?\(\s*['"]\[data-sekisho-open\]['"]/,
      /['"](?:Cookie設定|Cookie settings)['"]/,
      /\b(?:REOPEN_LABEL)\s*(?::|=)/,
    ],
  },
]

/** Every package source file, relative to the root; tests and test fixtures may repeat what they check. */
function sourceFiles() {
  const files = []
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const src = join('packages', pkg, 'src')
    let entries
    try {
      entries = readdirSync(join(root, src), { recursive: true })
    } catch {
      continue
    }
    for (const f of entries.map(String))
      if (/\.(ts|tsx|mjs|js)$/.test(f) && !/\.test\.|(^|\/)testing\//.test(f)) files.push(join(src, f))
  }
  return files.sort()
}

/** `{ rule, pattern, files }` for each pattern matched outside its owner, and for an owner that no longer
 * holds its definition (the first pattern); the other patterns may match nowhere at all. */
function findCopies(read = (file) => readFileSync(join(root, file), 'utf8')) {
  const texts = new Map(sourceFiles().map((f) => [f, read(f)]))
  const problems = []
  for (const { rule, owner, patterns } of RULES) {
    if (!texts.has(owner)) {
      problems.push({ rule, pattern: 'owner', files: [`${owner} is missing`] })
      continue
    }
    for (const [i, pattern] of patterns.entries()) {
      const files = [...texts].filter(([, text]) => pattern.test(text)).map(([f]) => f)
      if (files.some((f) => f != owner) || (i == 0 && !files.includes(owner)))
        problems.push({ rule, pattern: String(pattern), files })
    }
  }
  return problems
}

test('each rule has one source, in @sekisho/core', () => {
  assert.deepEqual(findCopies(), [])
})

test('a second definition of any rule is found', () => {
  const copies = {
    'purpose labels': `export const labels = { analytics: 'Analytics' }`,
    'decision methods': `type M = 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'gpc'`,
    'language choice': `export function offeredLanguage(tag) { return tag.split('-')[0] }`,
    'URL safety': `export const isSafeHref = (u) => /^(https?:|mailto:)/.test(u)`,
    're-open control': `document.body.append(document.createElement('sekisho-reopen'))`,
  }
  const planted = 'packages/banner/src/mount.ts'
  for (const [rule, copy] of Object.entries(copies)) {
    const found = findCopies((file) => readFileSync(join(root, file), 'utf8') + (file == planted ? '\n' + copy : ''))
    assert.ok(
      found.some((p) => p.rule == rule && p.files.includes(planted)),
      `${rule}: a copy in ${planted} went unnoticed`,
    )
  }
})
