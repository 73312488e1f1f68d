// `sekisho declare`: sends what a site declares (its config resolved against the catalog: recipients,
// addresses, representatives, items, purposes, the controller) to a running collector as the
// declaration of the config's policy revision, so that exports of that revision's receipts read it
// even after the site declares a new one. Needs only fetch: no collector package, no database.
import { parseArgs } from 'node:util'
import type { Command } from '../io.ts'
import { loadSiteDeclaration } from './site-config.ts'
import { parseOrExplain } from './usage.ts'

export const USAGE = `Usage: sekisho declare --config site.json --collector URL [--site ORIGIN]
  Keeps the config's declaration (validated like sekisho validate) in the collector at URL as what
  --site (an origin such as https://www.example.jp; default: every site without one of its own)
  declared for the config's revision. The admin token comes from SEKISHO_ADMIN_TOKEN (never a flag:
  it would show in the process list). A revision, once declared, is never changed: declaring it again
  with the same content is fine; with other content the collector refuses it (give the config a new
  revision). Exit 0 stored or already kept, 1 refused, 2 usage or config errors.
`

export const run: Command = async (args, io) => {
  const parsed = parseOrExplain('declare', USAGE, io, () =>
    parseArgs({
      args,
      options: { config: { type: 'string' }, collector: { type: 'string' }, site: { type: 'string' } },
      strict: true,
    }),
  )
  if (!parsed) return 2
  const { config, collector, site = '*' } = parsed.values
  const token = process.env.SEKISHO_ADMIN_TOKEN
  const missing = !config
    ? '--config: expected the site config file'
    : !collector || !/^https?:\/\/[^\s]+$/.test(collector)
      ? '--collector: expected the collector URL, e.g. https://consent.example.jp'
      : !token
        ? 'SEKISHO_ADMIN_TOKEN: expected an admin token of the collector in the environment'
        : undefined
  if (missing) return (io.err(`sekisho declare: ${missing}\n${USAGE}`), 2)
  const declared = loadSiteDeclaration(config!)
  if (!declared.ok) return (io.err(`sekisho declare: --config ${declared.error}`), 2)
  let response: Response
  try {
    response = await fetch(new URL('/v1/admin/declarations', collector), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ site, revision: declared.revision, declaration: declared.site }),
    })
  } catch (error) {
    return (io.err(`sekisho declare: --collector ${collector}: ${(error as Error).message}\n`), 2)
  }
  const answer = (await response.json().catch(() => ({}))) as { status?: string; hash?: string; error?: string }
  if (!response.ok)
    return (io.err(`sekisho declare: the collector answered ${response.status}: ${answer.error ?? ''}\n`), 1)
  const what = answer.status === 'kept' ? 'was declared already, with the same content' : 'is declared'
  io.out(`revision "${declared.revision}" of ${site === '*' ? 'every site' : site} ${what} (hash ${answer.hash})\n`)
  return 0
}
