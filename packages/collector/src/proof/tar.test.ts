// The tar writer as the standard tool reads it: `tar` lists and unpacks every file byte for byte.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tarArchive } from './tar.ts'

describe('tarArchive', () => {
  it('unpacks with tar into one folder, byte for byte, long paths included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-tar-'))
    const long = `wordings/${'a'.repeat(64)}/${'b'.repeat(64)}.txt`
    const files = [
      { name: 'README.md', bytes: new TextEncoder().encode('# 証明パック\n') },
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'scripts/sekisho.js', bytes: new Uint8Array(1500).map((_, i) => i % 251) },
      { name: long, bytes: new Uint8Array(512).fill(7) },
    ]
    try {
      writeFileSync(join(dir, 'pack.tar'), tarArchive('proof-2026-11-01', files, 1_800_000_000))
      const listing = execFileSync('tar', ['-tvf', 'pack.tar'], { cwd: dir, encoding: 'utf8' })
      assert.match(listing, /^drwxr-xr-x .* proof-2026-11-01\/$/m)
      assert.match(listing, /^-rw-r--r-- .* 1500 \d{4}-\d\d-\d\d \d\d:\d\d proof-2026-11-01\/scripts\/sekisho\.js$/m)
      execFileSync('tar', ['-xf', 'pack.tar'], { cwd: dir })
      for (const { name, bytes } of files)
        assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'proof-2026-11-01', name))), bytes, name)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a path it cannot write rather than cutting it', () => {
    assert.throws(() => tarArchive('p', [{ name: 'x'.repeat(120), bytes: new Uint8Array() }], 0), /path too long/)
  })
})
