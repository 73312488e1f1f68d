// Parses the command line and dispatches to a command; returns the exit code.
import { readFileSync } from 'node:fs'
import { COMMANDS, PEERS } from './commands/index.ts'
import { processIo, type Io } from './io.ts'

const USAGE = `Usage: sekisho <command> [options]

Commands:
  init       write a starter site config (site.json)
  validate   check a site config
  notice     render the external-transmission notice (外部送信に関する公表事項)
  bundle     write sekisho.js with a site config baked in, its chunks and SRI hashes
  scan       load a page and report trackers that fire before consent
  audit      crawl a site; check first visit, reject, accept, withdrawal (and more) on every page
  rewrite    mark up unmarked tracker tags in static HTML (--check: list the fixes)
  export     export consent receipts (csv | jsonl | kantara | iso27560 | appi)
  import     load a receipt log (JSON lines) into a store
  verify     check the receipt log's hash chain
  erase      erase a data subject's receipts (APPI Art. 35, GDPR Art. 17), keeping the chain verifiable
  proof      write the proof pack of a policy revision (config, wordings, scripts, chain head) to check offline
  serve      run the reference receipt collector (SQLite or PostgreSQL) and its page
  declare    keep a config's recipients and controller in a collector as its revision's declaration

sekisho help <command> (or sekisho <command> --help) shows a command's usage.
serve, export, import, verify, erase and proof need @sekisho/collector; scan needs playwright-core:
install them next to sekisho when you use those commands.

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
  if (command === 'help') return rest[0] ? main([rest[0], '--help'], io) : (io.out(USAGE), 0)
  const load = COMMANDS[command]
  if (!load) {
    io.err(
      `sekisho: unknown command "${command}"; choose one of: ${Object.keys(COMMANDS).join(', ') || 'none yet'}\n${USAGE}`,
    )
    return 2
  }
  try {
    const { run, USAGE: usage } = await load()
    if (usage && (rest.includes('--help') || rest.includes('-h'))) return (io.out(usage), 0)
    return await run(rest, io)
  } catch (error) {
    const peer = PEERS[command]
    // An optional peer dependency not installed: say which, and how to add it.
    if (peer && (error as { code?: string }).code == 'ERR_MODULE_NOT_FOUND' && String(error).includes(peer)) {
      io.err(`sekisho ${command} needs ${peer}, which is not installed: npm install -D ${peer}\n`)
      return 2
    }
    throw error
  }
}
