// What a command writes to and returns: injectable so tests capture output without a terminal.
export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  /** Raw bytes to stdout, for output that is not UTF-8 text (a Shift_JIS page from `rewrite`). */
  outBytes?: (bytes: Uint8Array) => void
}

/** A subcommand: takes its arguments, resolves to the exit code. */
export type Command = (args: string[], io: Io) => Promise<number>

export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  outBytes: (b) => void process.stdout.write(b),
}
