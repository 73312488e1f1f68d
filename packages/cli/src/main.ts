// Parses the command line and dispatches to a command; returns the exit code.
import { readFileSync } from 'node:fs'
import { COMMANDS } from './commands/index.ts'
import { processIo, type Io } from './io.ts'

const USAGE = `Usage: sekisho <command> [options]

Commands:
  init       write a starter site config (site.json)
  validate   check a site config
  notice     render the external-transmission notice (外部送信に関する公表事項)
  bundle     write sekisho.js with a site config baked in, its chunks and SRI hashes
  scan       load a page and report trackers that fire before consent
  audit      crawl a site; check first visit, reject, accept and withdrawal on every page
  rewrite    mark up unmarked tracker tags in static HTML (--check: list the fixes)
  export     export consent receipts (csv | jsonl | kantara | appi)
  import     load a receipt log (JSON lines) into a store
  verify     check the receipt log's hash chain
  serve      run the reference receipt collector (SQLite or PostgreSQL) and its page

sekisho <command> --help shows a command's usage.

Options:
  -h, --help      show this help
  -v, --version   print the version
`

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '-h' || command === '--help') {
    io.out(USAGE)
    return command ? 0 : 1
  }
  if (command === '-v' || command === '--version') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    io.out(`${pkg.version}\n`)
    return 0
  }
  const run = COMMANDS[command]
  if (!run) {
    io.err(
      `sekisho: unknown command "${command}"; choose one of: ${Object.keys(COMMANDS).join(', ') || 'none yet'}\n${USAGE}`,
    )
    return 2
  }
  return run(rest, io)
}
