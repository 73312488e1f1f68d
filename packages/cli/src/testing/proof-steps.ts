// Test helper: runs a proof pack's README steps as written, the way an auditor would, with the
// canonicaliser the README names on PATH (the `canonicalize` npm package's own CLI).
import { execFile } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

let bin: string | undefined

/** A folder holding `canonicalize` (node running the npm package's bin), made once per process. */
function canonicalizeBin(): string {
  if (bin) return bin
  bin = mkdtempSync(join(tmpdir(), 'sekisho-canonicalize-'))
  const cli = createRequire(import.meta.resolve('@sekisho/collector')).resolve('canonicalize/bin/canonicalize.js')
  writeFileSync(join(bin, 'canonicalize'), `#!/bin/sh\nexec "${process.execPath}" "${cli}"\n`)
  chmodSync(join(bin, 'canonicalize'), 0o755)
  return bin
}

/**
 * Runs the first `sh` block of `pack`/README.md in `pack` with only the system tools and `canonicalize`.
 * Asynchronous on purpose: a test may serve the collector from its own process, which a synchronous child
 * would hold for seconds on a loaded machine (the likely cause of an ECONNRESET seen there once: a fetch
 * reusing a keep-alive socket as its server-side timeout fires; not reproduced in isolation).
 */
export function runProofSteps(pack: string): Promise<{ status: number; stdout: string; stderr: string }> {
  const block = /```sh\n([\s\S]*?)```/.exec(readFileSync(join(pack, 'README.md'), 'utf8'))?.[1]
  if (!block) throw new Error(`${pack}/README.md has no sh block`)
  return new Promise((resolve) =>
    execFile(
      'bash',
      ['-c', block],
      { cwd: pack, encoding: 'utf8', env: { PATH: `${canonicalizeBin()}:/usr/bin:/bin` } },
      (error, stdout, stderr) =>
        // The exit code; 1 for a shell that could not start or was killed (code is then a name or null).
        resolve({ status: !error ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr }),
    ),
  )
}
