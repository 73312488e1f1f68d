// `sekisho export`: streams stored receipts as csv | jsonl | kantara | iso27560 | appi to stdout or --out.
import { createWriteStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { hostname, userInfo } from 'node:os'
import type { Writable } from 'node:stream'
import {
  DEFAULT_TIME_ZONE,
  exportReceipts,
  parseExportQuery,
  parseServices,
  type RecipientInfo,
  zoned,
} from '@sekisho/collector'
import { processIo, type Command } from '../io.ts'
import { loadSiteDeclaration } from './site-config.ts'
import { runOnStore } from './store-command.ts'

export const USAGE = `Usage: sekisho export --db FILE|postgres://… [--schema NAME] [--format csv|jsonl|kantara|iso27560|appi]
  [--from DATE] [--to DATE] [--site ORIGIN] [--purpose ID] [--method METHOD] [--subject ID]
  [--no-bom] [--site-config site.json] [--time-zone ZONE] [--services FILE.json] [--out FILE]
  --from/--to given as dates are days in --time-zone; --to includes the whole day. CSV starts with a UTF-8 BOM (Excel) unless --no-bom
  (--bom, the former opt-in, is still accepted). --site-config (validated like sekisho validate)
  gives the recipients, their address/representative, items, countries and the controller identity
  for --format appi, kantara and iso27560 (each receipt read against its revision's stored declaration
  first). --time-zone (IANA, default Asia/Tokyo) is the zone of the times in
  the csv and appi formats (their column names say which); jsonl, kantara and iso27560 stay in UTC. --services (older) maps service ids to {recipient, data}, over the config.
`

/** Writes honouring backpressure, so memory stays flat for any export size. */
async function write(target: Writable, chunk: string) {
  if (!target.write(chunk)) await new Promise((resolve) => target.once('drain', resolve))
}

export const run: Command = (args, io) =>
  runOnStore(
    'export',
    USAGE,
    args,
    io,
    {
      format: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      site: { type: 'string' },
      purpose: { type: 'string' },
      method: { type: 'string' },
      subject: { type: 'string' },
      bom: { type: 'boolean' },
      'no-bom': { type: 'boolean' },
      services: { type: 'string' },
      'site-config': { type: 'string' },
      'time-zone': { type: 'string' },
      out: { type: 'string' },
    },
    async (values, store) => {
      const timeZone = (values['time-zone'] as string | undefined) ?? DEFAULT_TIME_ZONE
      try {
        zoned(new Date(0).toISOString(), timeZone)
      } catch {
        return (io.err(`sekisho export: --time-zone: expected an IANA zone like Asia/Tokyo, got "${timeZone}"\n`), 1)
      }
      const parsed = parseExportQuery(
        (key) => (key === 'bom' ? (values['no-bom'] ? '0' : '1') : (values[key] as string | undefined)),
        (key) => `--${key}`,
        'csv',
        timeZone,
      )
      if (!parsed.ok) return (io.err(parsed.errors.map((e) => `sekisho export: ${e.path}: ${e.message}\n`).join('')), 1)
      let services: Record<string, RecipientInfo> = {}
      if (typeof values.services === 'string') {
        try {
          const checked = parseServices(JSON.parse(await readFile(values.services, 'utf8')))
          if (!checked.ok) return (io.err(`sekisho export: --services ${values.services}: ${checked.error}\n`), 1)
          services = checked.services
        } catch (error) {
          return (
            io.err(`sekisho export: --services: cannot read ${values.services}: ${(error as Error).message}\n`), 1
          )
        }
      }
      const file = values['site-config'] as string | undefined
      const declared = file === undefined ? undefined : loadSiteDeclaration(file)
      if (declared && !declared.ok) return (io.err(`sekisho export: --site-config ${declared.error}`), 1)
      const site = declared?.site
      // Logged like the collector's /v1/export: who read which receipts, when, with what filter.
      const by = `cli ${userInfo().username}@${hostname()}`
      const { format, filter } = parsed.query
      await store.logEvent({
        at: new Date().toISOString(),
        kind: 'access',
        detail: { by, what: 'export', format, filter },
      })
      const out = values.out as string | undefined
      // 1 MiB of buffer (16 of the export's chunks): with the default 16 KiB every chunk waited for its write,
      // so formatting and the disk took turns instead of overlapping.
      const target: Writable | undefined = out
        ? createWriteStream(out, { highWaterMark: 1 << 20 })
        : io === processIo
          ? process.stdout
          : undefined
      for await (const chunk of exportReceipts(store, parsed.query, { services, site, timeZone })) {
        if (target) await write(target, chunk)
        else io.out(chunk)
      }
      if (out && target)
        await new Promise<void>((resolve, reject) =>
          target.end((error?: Error | null) => (error ? reject(error) : resolve())),
        )
      return 0
    },
  )
