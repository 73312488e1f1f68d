// `sekisho verify`: recomputes every site's hash chain and reports the first break.
import { createHash } from 'node:crypto'
import { RECEIPT_WARNINGS, verifyAnchors, verifyChain } from '@sekisho/collector'
import type { Command } from '../io.ts'
import { runOnStore } from './store-command.ts'

export const USAGE = `Usage: sekisho verify --db FILE|postgres://… [--schema NAME] [--site ORIGIN] [--anchors FILE]
  --anchors checks the database against the heads \`sekisho serve --anchors FILE\` signed (truncation, replacement).
  Exit 0 when every chain verifies and every kept wording hashes to its address (each site's head
  hash is printed, to keep elsewhere), 1 with the first broken row or altered wording otherwise.
  Receipts whose wording the collector does not keep, and flagged receipts, are listed on stderr.
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
      // A kept wording must hash to its address, or it is not the wording the receipts prove.
      const texts = await store.texts()
      for (const t of texts)
        if (createHash('sha256').update(t.text, 'utf8').digest('hex') !== t.hash) {
          io.err(`sekisho verify: wording ${t.hash} was altered: its text no longer hashes to it\n`)
          return 1
        }
      io.out(
        `ok: ${report.checked} receipts, every chain verifies; ${texts.length} wordings kept, each hashes to its address\n`,
      )
      if (report.erased)
        io.out(
          `${report.erased} receipts were erased on request: each is linked by its kept hash and named by an erasure record\n`,
        )
      if (report.withoutRaw)
        io.err(
          `note: ${report.withoutRaw} receipts were stored before the collector kept the bytes received (chain recipes 1–2): only their canonical JSON is hashed\n`,
        )
      for (const [s, hash] of await store.heads()) if (!site || s === site) io.out(`head ${s} ${hash}\n`)
      const missing = await store.missingTexts(site)
      if (missing.length) {
        const count = missing.reduce((n, m) => n + m.receipts, 0)
        io.err(`warning: ${count} receipts refer to ${missing.length} wordings the collector does not keep:\n`)
        for (const m of missing.slice(0, 20))
          io.err(`  wording ${m.hash}: ${m.receipts} receipts (first ${m.firstId})\n`)
        if (missing.length > 20) io.err(`  … and ${missing.length - 20} more (GET /v1/texts lists them)\n`)
      }
      for (const w of await store.warnings(site))
        io.err(
          `warning: ${w.receipts} receipts flagged ${w.warning} (first ${w.firstId}): ${RECEIPT_WARNINGS[w.warning]}\n`,
        )
      return 0
    },
  )
