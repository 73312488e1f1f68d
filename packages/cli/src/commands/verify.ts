// `sekisho verify`: recomputes every site's hash chain and reports the first break.
import { verifyChain } from '@sekisho/collector'
import type { Command } from '../io.ts'
import { runOnStore } from './store-command.ts'

export const USAGE = `Usage: sekisho verify --db FILE|postgres://… [--schema NAME] [--site ORIGIN]
  Exit 0 when every chain verifies (each site's head hash is printed, to keep elsewhere),
  1 with the first broken row otherwise.
`

export const run: Command = (args, io) =>
  runOnStore('verify', USAGE, args, io, { site: { type: 'string' } }, async (values, store) => {
    const site = values.site as string | undefined
    const report = await verifyChain(store, site ? { site } : {})
    if (!report.ok) {
      const b = report.firstBreak!
      io.err(
        `sekisho verify: chain broken after ${report.checked} rows: site ${b.site}${b.seq !== undefined ? `, row ${b.seq} (receipt ${b.id})` : ''}: ${b.reason}\n` +
          `  expected ${b.expected}\n  found    ${b.found}\n`,
      )
      return 1
    }
    io.out(`ok: ${report.checked} receipts, every chain verifies\n`)
    for (const [s, hash] of await store.heads()) if (!site || s === site) io.out(`head ${s} ${hash}\n`)
    return 0
  })
