// `sekisho serve`: runs the reference receipt collector until SIGINT/SIGTERM.
import { createCollector, SERVE_USAGE, serveOptions } from '@sekisho/collector'
import type { Command } from '../io.ts'

export const run: Command = async (args, io) => {
  const parsed = serveOptions(args)
  if ('help' in parsed) return (io.out(SERVE_USAGE), 0)
  if ('error' in parsed) return (io.err(`sekisho serve: ${parsed.error}\n${SERVE_USAGE}`), 2)
  const collector = createCollector(parsed.options)
  const url = await collector.listen()
  io.out(`sekisho collector listening on ${url} (privacy managers' page: ${url}/)\n`)
  await new Promise<void>((resolve) => {
    const stop = () => void collector.close().then(resolve)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
