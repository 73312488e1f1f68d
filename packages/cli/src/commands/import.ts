// `sekisho import`: appends a JSON Lines export (or bare receipts, one per line) from stdin or --in.
import { createReadStream } from 'node:fs'
import { importReceipts } from '@sekisho/collector'
import type { Command } from '../io.ts'
import { runOnStore } from './store-command.ts'

export const USAGE = `Usage: sekisho import --db FILE|postgres://… [--schema NAME] [--in FILE] < log.jsonl
  Receipts already stored (same id) are skipped. Exit 1 when a line was rejected.
`

export const run: Command = (args, io) =>
  runOnStore('import', USAGE, args, io, { in: { type: 'string' } }, async (values, store) => {
    const file = values.in as string | undefined
    const input = file ? createReadStream(file) : process.stdin
    let result
    try {
      result = await importReceipts(store, input)
    } catch (error) {
      throw new Error(`${file ? `--in: ${file}: ` : ''}${(error as Error).message}`)
    }
    for (const r of result.rejected.slice(0, 20))
      io.err(
        r.errors.map((e) => `sekisho import: line ${r.line}: ${e.path ? `${e.path}: ` : ''}${e.message}\n`).join(''),
      )
    io.out(`imported ${result.imported}, already stored ${result.duplicates}, rejected ${result.rejected.length}\n`)
    return result.rejected.length ? 1 : 0
  })
