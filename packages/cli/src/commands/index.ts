// Every `sekisho` subcommand, by name. Each command module exports one `run(args, io)`.
import type { Command } from '../io.ts'
import { run as exportCommand } from './export.ts'
import { run as importCommand } from './import.ts'
import { run as verifyCommand } from './verify.ts'

export const COMMANDS: Record<string, Command> = {
  export: exportCommand,
  verify: verifyCommand,
  import: importCommand,
}
