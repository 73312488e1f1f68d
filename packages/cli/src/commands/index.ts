// Every `sekisho` subcommand, by name. Each command module exports one `run(args, io)`.
import type { Command } from '../io.ts'
import { run as init } from './init.ts'
import { run as notice } from './notice.ts'
import { run as validate } from './validate.ts'

export const COMMANDS: Record<string, Command> = {
  init,
  notice,
  validate,
}
