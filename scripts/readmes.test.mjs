// The READMEs against the code: every file or folder a README names (in a code span or a link)
// exists, every `npm run X` is a script of the root or of that README's package, and every
// `sekisho X` / `npx sekisho X` is a command of the CLI.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { test } from 'node:test'
import { root } from './run.mjs'

const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'playwright-report', 'reports', '.stryker-tmp'])

function readmes(dir = root) {
  const found = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !SKIP.has(entry.name)) found.push(...readmes(join(dir, entry.name)))
    else if (entry.name == 'README.md') found.push(join(dir, entry.name))
  }
  return found
}

const scriptsOf = (dir) => {
  const file = join(dir, 'package.json')
  return existsSync(file) ? Object.keys(JSON.parse(readFileSync(file, 'utf8')).scripts ?? {}) : []
}

/** The CLI's commands, read from its command table, and `help`, which main.ts answers itself. */
function cliCommands() {
  const text = readFileSync(join(root, 'packages/cli/src/commands/index.ts'), 'utf8')
  const table = text.slice(
    text.indexOf('export const COMMANDS'),
    text.indexOf('}', text.indexOf('export const COMMANDS')),
  )
  return ['help', ...[...table.matchAll(/^\s+(\w+): \(\) => import/gm)].map((m) => m[1])]
}

/** Build output (`public/app.js`) is named in READMEs but made by a build: git ignores it. */
function ignored(dir, path) {
  try {
    execFileSync('git', ['check-ignore', '-q', path], { cwd: dir })
    return true
  } catch {
    return false
  }
}

/** Code spans and fenced blocks: where READMEs put commands and file names. */
function codeOf(text) {
  const blocks = [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1])
  const prose = text.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '')
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1])
  return { blocks, spans, prose }
}

/** A code span that names a repository path: has a slash, no spaces, no URL, not a package name,
 * and ends in a file name with an extension or in a slash (`Asia/Tokyo`, `sekisho-receipt/1` are not). */
const looksLikePath = (s) =>
  /^\.{0,2}\/?[\w.-]+(\/[\w.*-]+)+\/?$/.test(s) &&
  /(\.[a-z]\w*|\/)$/i.test(s) &&
  !/^(@|https?:|node:|sekisho\/|preact\/|application\/|text\/|image\/)/.test(s) &&
  !/\*|\.\.\.|…/.test(s) &&
  // A route or a URL path (`/v1/receipts`), not a file of this repository.
  !s.startsWith('/')

/** Problems in one README: `file: what`. */
function check(file, commands, text = readFileSync(file, 'utf8')) {
  const dir = dirname(file)
  const rel = relative(root, file)
  const problems = []
  const { blocks, spans, prose } = codeOf(text)
  const bases = [dir, root, join(dir, 'src')]
  const exists = (p) => bases.some((b) => existsSync(join(b, p.replace(/^\.\//, ''))))
  for (const span of spans)
    if (looksLikePath(span) && !/^dist\//.test(span) && !exists(span) && !ignored(dir, span))
      problems.push(`${rel}: \`${span}\` does not exist`)
  // Inside commands too: a repository path among a command's words (`--config packages/…`).
  const named = new Set(spans.filter(looksLikePath))
  for (const [word] of [...blocks, ...spans]
    .join('\n')
    .matchAll(/(?<![\w/.-])(?:packages|scripts|e2e|examples|bench)\/[\w./-]*\w/g))
    if (!named.has(word) && !/\/dist\/|\.\./.test(word) && !existsSync(join(root, word)) && !ignored(root, word))
      problems.push(`${rel}: \`${word}\` does not exist`)
  for (const [, target] of prose.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g))
    if (!/^(https?:|mailto:)/.test(target) && !existsSync(join(dir, decodeURI(target))))
      problems.push(`${rel}: link ${target} does not exist`)
  const code = [...blocks, ...spans].join('\n')
  const scripts = new Set([...scriptsOf(root), ...scriptsOf(dir)])
  for (const [, name] of code.matchAll(/\bnpm run ([\w:-]+)/g))
    if (!scripts.has(name)) problems.push(`${rel}: \`npm run ${name}\` is not a script`)
  for (const [, name] of code.matchAll(/(?<![\w@/.-])sekisho ([a-z][\w-]*)/g))
    if (!commands.includes(name)) problems.push(`${rel}: \`sekisho ${name}\` is not a CLI command`)
  return problems
}

test('every README names only files, scripts and CLI commands that exist', () => {
  const commands = cliCommands()
  assert.ok(commands.includes('bundle') && commands.includes('validate'), `commands read: ${commands}`)
  const files = readmes()
  assert.ok(files.length >= 10, `READMEs found: ${files.length}`)
  assert.deepEqual(
    files.flatMap((f) => check(f, commands)),
    [],
  )
})

test('a README naming a missing file, script or command fails', () => {
  const file = join(root, 'packages/core/README.md')
  const planted = `${readFileSync(file, 'utf8')}
See \`src/config/gone.ts\` and [the guide](docs/gone.md); run \`npm run gone\` or \`npx sekisho gone --help\`.
Then \`npx wtr --config packages/core/gone.config.mjs\`.
`
  assert.deepEqual(check(file, cliCommands(), planted), [
    'packages/core/README.md: `src/config/gone.ts` does not exist',
    'packages/core/README.md: `packages/core/gone.config.mjs` does not exist',
    'packages/core/README.md: link docs/gone.md does not exist',
    'packages/core/README.md: `npm run gone` is not a script',
    'packages/core/README.md: `sekisho gone` is not a CLI command',
  ])
})
