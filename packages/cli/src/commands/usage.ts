// Command-line parsing errors, reported the same way by every command that uses this.
import type { Io } from '../io.ts'

/** Runs `parse` (a node:util parseArgs call); on a bad option prints why and the usage, and gives undefined (exit 2). */
export function parseOrExplain<T>(name: string, usage: string, io: Io, parse: () => T): T | undefined {
  try {
    return parse()
  } catch (error) {
    io.err(`sekisho ${name}: ${(error as Error).message}\n${usage}`)
    return undefined
  }
}
