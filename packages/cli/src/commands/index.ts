// Every `sekisho` subcommand, by name, loaded only when run: `validate`, `notice` and `bundle` never
// load the collector (better-sqlite3, pg) or the browser driver (playwright-core), which are
// optional peer dependencies of @sekisho/cli. Each command module exports `run(args, io)`, and
// `USAGE` unless its run answers `--help` itself.
import type { Command } from '../io.ts'

export interface CommandModule {
  run: Command
  USAGE?: string
}

export const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  init: () => import('./init.ts'),
  validate: () => import('./validate.ts'),
  notice: () => import('./notice.ts'),
  bundle: () => import('./bundle.ts'),
  scan: () => import('./scan.ts'),
  export: () => import('./export.ts'),
  import: () => import('./import.ts'),
  verify: () => import('./verify.ts'),
  erase: () => import('./erase.ts'),
  proof: () => import('./proof.ts'),
  serve: () => import('./serve.ts'),
  declare: () => import('./declare.ts'),
  rewrite: () => import('./rewrite.ts'),
  audit: () => import('@sekisho/audit'),
}

/** The optional peer dependency each command needs beyond the CLI's own. */
export const PEERS: Record<string, string> = {
  serve: '@sekisho/collector',
  export: '@sekisho/collector',
  import: '@sekisho/collector',
  verify: '@sekisho/collector',
  erase: '@sekisho/collector',
  proof: '@sekisho/collector',
  scan: 'playwright-core',
  audit: '@sekisho/audit',
}
