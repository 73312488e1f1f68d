// Child-process helpers shared by the repo scripts.
import { execFileSync, spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Process groups started with a limit, stopped with this process (they do not get the terminal's signals). */
const groups = new Set()
let handling = false
function stopGroupsOnSignals() {
  if (handling) return
  handling = true
  for (const [signal, number] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ]) {
    process.on(signal, () => {
      for (const pid of groups) stopGroup(pid)
      process.exit(128 + number)
    })
  }
}

function stopGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/** What is still running in a process group: pid, seconds running and command line, one per line. */
function stillRunning(pgid) {
  try {
    return execFileSync('ps', ['-eo', 'pgid=,pid=,etimes=,args='], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim().split(/\s+/)[0] === String(pgid))
      .map(
        (line) =>
          `  ${line
            .trim()
            .replace(/^\d+\s+/, '')
            .slice(0, 240)}`,
      )
      .join('\n')
  } catch (err) {
    return `  (ps failed: ${err.message})`
  }
}

/**
 * Runs a command with inherited stdio in the repo root; resolves to its exit code.
 * `limitS`: past that many seconds the command and everything it started are stopped, after printing
 * what was still running, and it resolves to 124: a hung test fails its stage with a name instead of
 * holding the whole run until CI's own limit kills it without one.
 */
export function run(cmd, args, options = {}) {
  const { limitS, ...spawnOptions } = options
  return new Promise((resolve) => {
    // Its own process group, so that the browsers and servers it started can be stopped with it.
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', detached: limitS !== undefined, ...spawnOptions })
    let timer
    let stopped = false
    if (limitS !== undefined && child.pid) {
      stopGroupsOnSignals()
      groups.add(child.pid)
      timer = setTimeout(() => {
        stopped = true
        console.error(
          `\n${cmd} ${args.join(' ').slice(0, 200)}: still running after ${limitS} s; stopped. It was running:`,
        )
        console.error(stillRunning(child.pid))
        stopGroup(child.pid)
      }, limitS * 1000)
    }
    const done = (code) => {
      clearTimeout(timer)
      if (child.pid) {
        groups.delete(child.pid)
        // What it left behind (a server a test did not close) would hold the next stage's ports and CPU.
        if (limitS !== undefined) stopGroup(child.pid)
      }
      resolve(code)
    }
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`)
      done(127)
    })
    child.on('exit', (code, signal) => done(stopped ? 124 : (code ?? (signal ? 128 : 1))))
  })
}
