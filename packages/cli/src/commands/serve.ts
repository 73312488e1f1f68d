// `sekisho serve`: runs the reference receipt collector until SIGINT/SIGTERM.
import { createCollector, SERVE_USAGE as COLLECTOR_USAGE, serveOptions, zoned } from '@sekisho/collector'
import type { Command } from '../io.ts'
import { loadSiteDeclaration } from './site-config.ts'

const SERVE_USAGE = `${COLLECTOR_USAGE}  [--site-config site.json] [--time-zone ZONE]
  --site-config: the site's config (validated like sekisho validate): recipients, items, countries and
  the controller identity of the appi and kantara exports, kept by the collector as the declaration of
  the config's revision (exports read each receipt against its revision's declaration). --time-zone: IANA zone of the times in
  the csv and appi exports and the audit summary, and of its period's days (default Asia/Tokyo).
`

/** Takes `--name VALUE` / `--name=VALUE` out of `args` (the collector's own options stay strict). */
function take(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return undefined
  const flag = args[i]!
  if (flag !== `--${name}`) return (args.splice(i, 1), flag.slice(name.length + 3))
  return args.splice(i, 2)[1] ?? ''
}

export const run: Command = async (input, io) => {
  const args = [...input]
  const file = take(args, 'site-config')
  const timeZone = take(args, 'time-zone') ?? 'Asia/Tokyo'
  const parsed = serveOptions(args)
  if ('help' in parsed) return (io.out(SERVE_USAGE), 0)
  if ('error' in parsed) return (io.err(`sekisho serve: ${parsed.error}\n${SERVE_USAGE}`), 2)
  try {
    zoned(new Date(0).toISOString(), timeZone)
  } catch {
    return (io.err(`sekisho serve: --time-zone: expected an IANA zone like Asia/Tokyo, got "${timeZone}"\n`), 2)
  }
  const declared = file === undefined ? undefined : loadSiteDeclaration(file)
  if (declared && !declared.ok) return (io.err(`sekisho serve: --site-config ${declared.error}`), 2)
  const collector = createCollector({
    ...parsed.options,
    site: declared?.site,
    siteRevision: declared?.revision,
    timeZone,
  })
  const url = await collector.listen()
  io.out(`sekisho collector listening on ${url} (privacy managers' page: ${url}/)\n`)
  await new Promise<void>((resolve) => {
    const stop = () => void collector.close().then(resolve)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
