// `sekisho erase`: carries out a data subject's erasure request (APPI Art. 35, GDPR Art. 17) on the
// receipt store: their receipts' content goes, each row's hash stays (the chain still verifies), and
// a chained erasure record says who did it, when, why and how many.
import { userInfo } from 'node:os'
import type { Command } from '../io.ts'
import { runOnStore } from './store-command.ts'

export const USAGE = `Usage: sekisho erase --db FILE|postgres://… [--schema NAME] --subject ID --reason TEXT [--by NAME]
  Erases the content (receipt, raw bytes, subject, method) of every receipt of subject ID, keeping
  each row's hash, and records the erasure (SHA-256 of ID, --by, default the OS user; --reason, e.g.
  the request's reference; the rows erased) in the chained purge log. \`sekisho verify\` checks both.
  Prints the record's hash and the number of receipts erased (0 is recorded too).
`

export const run: Command = (args, io) =>
  runOnStore(
    'erase',
    USAGE,
    args,
    io,
    { subject: { type: 'string' }, reason: { type: 'string' }, by: { type: 'string' } },
    async (values, store) => {
      for (const flag of ['subject', 'reason'] as const)
        if (typeof values[flag] !== 'string' || !values[flag]) {
          io.err(
            `sekisho erase: --${flag}: expected ${flag === 'subject' ? "the data subject's id (the receipts' subject)" : 'why, e.g. the request reference'}\n${USAGE}`,
          )
          return 1
        }
      const by = (values.by as string | undefined) || `${userInfo().username} (sekisho erase)`
      const record = await store.erase(
        { subject: values.subject as string, reason: values.reason as string, by },
        new Date().toISOString(),
      )
      io.out(`erased ${record.erased} receipts; erasure record ${record.hash} (${record.at}, by ${by})\n`)
      return 0
    },
  )
