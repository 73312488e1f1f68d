// `sekisho verify`: recomputes every site's hash chain and reports the first break.
import { verifyAnchors, verifyChain } from '@sekisho/collector'
import type { Command } from '../io.ts'
import { runOnStore } from './store-command.ts'

export const USAGE = `Usage: sekisho verify --db FILE|postgres://… [--schema NAME] [--site ORIGIN] [--anchors FILE]
  --anchors checks the database against the heads \`sekisho serve --anchors FILE\` signed (truncation, replacement).
  Exit 0 when every chain verifies (each site's head hash is printed, to keep elsewhere),
  1 with the first broken row otherwise.
`

export const run: Command = (args, io) =>
  runOnStore(
    'verify',
    USAGE,
    args,
    io,
    { site: { type: 'string' }, anchors: { type: 'string' } },
    async (values, store) => {
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
      const anchorsFile = values.anchors as string | undefined
      if (anchorsFile) {
        const anchored = await verifyAnchors(store, anchorsFile)
        if (!anchored.ok) {
          const b = anchored.firstBreak!
          io.err(
            `sekisho verify: --anchors: site ${b.site}: ${b.reason}\n  expected ${b.expected}\n  found    ${b.found}\n`,
          )
          return 1
        }
        io.out(`ok: ${anchored.lines} signed anchors, the last one is in the database\n`)
      }
      io.out(`ok: ${report.checked} receipts, every chain verifies\n`)
      for (const [s, hash] of await store.heads()) if (!site || s === site) io.out(`head ${s} ${hash}\n`)
      return 0
    },
  )
