// The command's progress display (a module of its own so its test loads nothing else).

export interface ErrorStream {
  err: (text: string) => void
}

/**
 * Progress on stderr: on a terminal one line redrawn in place (a bar of pages done, what runs now),
 * erased at the end; elsewhere (CI logs) one plain line per step, no control characters.
 */
export function progressWriter(io: ErrorStream, tty: boolean | undefined) {
  return {
    update: (done: number, total: number, line: string) =>
      tty
        ? io.err(`\r\x1b[K[${'#'.repeat(done)}${'.'.repeat(Math.max(0, total - done))}] ${line.slice(0, 70)}`)
        : io.err(`${line}\n`),
    end: () => {
      if (tty) io.err('\r\x1b[K')
    },
  }
}
