// Runs a collector from the command line (`node --import tsx packages/collector/src/bin.ts --db …`);
// prints `listening <url>` on stdout once it accepts requests. Users run `sekisho serve`.
// Stryker disable all: this file runs only as a child process, where StrykerJS neither switches mutants
// on nor records coverage; bin.test.ts runs it as one (help, a refused flag, listen and stop).
import { createCollector } from './http/server.ts'
import { SERVE_USAGE, serveOptions } from './serve/serve-options.ts'

const parsed = serveOptions(process.argv.slice(2))
if ('help' in parsed) {
  process.stdout.write(SERVE_USAGE)
  process.exit(0)
}
if ('error' in parsed) {
  process.stderr.write(`${parsed.error}\n${SERVE_USAGE}`)
  process.exit(1)
}
const collector = createCollector(parsed.options)
const url = await collector.listen()
process.stdout.write(`listening ${url}\n`)
const stop = () => void collector.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
