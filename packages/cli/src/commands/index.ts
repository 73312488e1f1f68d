// Every `sekisho` subcommand, by name. Each command module exports one `run(args, io)`.
import type { Command } from '../io.ts'
import { run as bundle } from './bundle.ts'
import { run as exportCommand } from './export.ts'
import { run as importCommand } from './import.ts'
import { run as init } from './init.ts'
import { run as notice } from './notice.ts'
import { run as rewrite } from './rewrite.ts'
import { run as scan } from './scan.ts'
import { run as serve } from './serve.ts'
import { run as validate } from './validate.ts'
import { run as verifyCommand } from './verify.ts'

export const COMMANDS: Record<string, Command> = {
  init,
  validate,
  notice,
  bundle,
  scan,
  export: exportCommand,
  import: importCommand,
  verify: verifyCommand,
  serve,
  rewrite,
  // Loaded on use: the browser-driving audit stays out of every other command's start-up.
  audit: async (args, io) => (await import('@sekisho/audit')).run(args, io),
}
