// @sekisho/cli: the `sekisho` command, also callable from code.
export { main } from './main.ts'
export type { Command, Io } from './io.ts'
