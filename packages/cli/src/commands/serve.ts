// `sekisho serve`: runs the reference receipt collector until SIGINT/SIGTERM.
import {
  DEFAULT_TIME_ZONE,
  createCollector,
  type ProofSource,
  SERVE_USAGE as COLLECTOR_USAGE,
  serveOptions,
  zoned,
} from '@sekisho/collector'
import type { Command } from '../io.ts'
import { readProofSource } from './proof-source.ts'
import { loadSiteDeclaration } from './site-config.ts'

const SERVE_USAGE = `${COLLECTOR_USAGE}  [--site-config site.json]… [--scripts DIR] [--time-zone ZONE]
  --site-config: the site's config (validated like sekisho validate): recipients, items, countries and
  the controller identity of the appi, kantara and iso27560 exports, kept by the collector as the declaration of
  the config's revision (exports read each receipt against its revision's declaration). Given more than
  once (older revisions first, the current one last), each revision's proof pack can be downloaded
  (GET /v1/proof-packs/REVISION, the console's "Proof pack"), with the script files of --scripts
  (default: the installed sekisho package's dist/), the same pack as sekisho proof writes. --time-zone: IANA zone of the times in
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

/** Every `--name VALUE` in `args`, in order, taken out. */
function takeAll(args: string[], name: string): string[] {
  const all: string[] = []
  for (let value = take(args, name); value !== undefined; value = take(args, name)) all.push(value)
  return all
}

export const run: Command = async (input, io) => {
  const args = [...input]
  const files = takeAll(args, 'site-config')
  const scripts = take(args, 'scripts')
  const timeZone = take(args, 'time-zone') ?? DEFAULT_TIME_ZONE
  const parsed = serveOptions(args)
  if ('help' in parsed) return (io.out(SERVE_USAGE), 0)
  if ('error' in parsed) return (io.err(`sekisho serve: ${parsed.error}\n${SERVE_USAGE}`), 2)
  try {
    zoned(new Date(0).toISOString(), timeZone)
  } catch {
    return (io.err(`sekisho serve: --time-zone: expected an IANA zone like Asia/Tokyo, got "${timeZone}"\n`), 2)
  }
  // The last config is what the site declares now; every one given is a revision whose pack can be downloaded.
  const file = files.at(-1)
  const declared = file === undefined ? undefined : loadSiteDeclaration(file)
  if (declared && !declared.ok) return (io.err(`sekisho serve: --site-config ${declared.error}`), 2)
  const proofSources: ProofSource[] = []
  for (const each of files) {
    const read = readProofSource(each, scripts)
    if (!read.ok) {
      // Without script files the collector still runs; packs need them only when asked for explicitly.
      if (read.flag === '--scripts' && scripts === undefined) {
        io.err(`sekisho serve: no proof packs: ${read.message} (give --scripts DIR)\n`)
        break
      }
      return (
        io.err(`sekisho serve: ${read.flag === '--config' ? `--site-config ${each}` : read.flag}: ${read.message}\n`), 2
      )
    }
    if (proofSources.some((p) => p.revision === read.source.revision))
      return (io.err(`sekisho serve: --site-config ${each}: revision "${read.source.revision}" is given twice\n`), 2)
    proofSources.push(read.source)
  }
  const collector = createCollector({
    ...parsed.options,
    site: declared?.site,
    siteRevision: declared?.revision,
    proofSources,
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
