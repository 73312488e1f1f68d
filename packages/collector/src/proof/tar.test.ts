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
      { name: 'scripts/sekisho-banner.js', bytes: new TextEncoder().encode('/* banner */') },
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
      // Each folder once, before its files.
      assert.deepEqual(execFileSync('tar', ['-tf', 'pack.tar'], { cwd: dir, encoding: 'utf8' }).split('\n'), [
        'proof-2026-11-01/',
        'proof-2026-11-01/README.md',
        'proof-2026-11-01/empty.txt',
        'proof-2026-11-01/scripts/',
        'proof-2026-11-01/scripts/sekisho.js',
        'proof-2026-11-01/scripts/sekisho-banner.js',
        'proof-2026-11-01/wordings/',
        `proof-2026-11-01/wordings/${'a'.repeat(64)}/`,
        `proof-2026-11-01/${long}`,
        '',
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('writes folders whose path is over 100 bytes, blocks of 512 bytes and two zero blocks at the end', () => {
    const deep = `${'d'.repeat(60)}/${'e'.repeat(60)}/f.txt`
    const archive = tarArchive('p', [{ name: deep, bytes: new Uint8Array(512).fill(1) }], 0)
    // Four headers (three folders, the file), its one block, two zero blocks.
    assert.equal(archive.length, 7 * 512)
    assert.deepEqual(archive.slice(5 * 512), new Uint8Array(1024))
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-tar-'))
    try {
      writeFileSync(join(dir, 'deep.tar'), archive)
      assert.deepEqual(execFileSync('tar', ['-tf', 'deep.tar'], { cwd: dir, encoding: 'utf8' }).split('\n'), [
        'p/',
        `p/${'d'.repeat(60)}/`,
        `p/${'d'.repeat(60)}/${'e'.repeat(60)}/`,
        `p/${deep}`,
        '',
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a path or time it cannot write rather than cutting it', () => {
    const write =
      (name: string, mtime = 0) =>
      () =>
        tarArchive('p', [{ name, bytes: new Uint8Array() }], mtime)
    assert.throws(write('x'.repeat(120)), /^RangeError: tar: path too long: p\/x{120}$/)
    // At most 100 bytes of name, 155 of prefix.
    assert.doesNotThrow(write(`a/${'x'.repeat(100)}`))
    assert.throws(write(`a/${'x'.repeat(101)}`), /path too long/)
    assert.doesNotThrow(write(`${'b'.repeat(76)}/${'c'.repeat(76)}/x`))
    assert.throws(write(`${'b'.repeat(77)}/${'c'.repeat(76)}/x`), /path too long/)
    assert.doesNotThrow(write('a', 8 ** 11 - 1))
    assert.throws(write('a', 8 ** 11), /^RangeError: tar: 8589934592 does not fit a 12-byte field$/)
  })

  it('writes numeric fields as zero-padded octal, and a path of 100 bytes whole in the name field', () => {
    const path = `${'a'.repeat(49)}/${'b'.repeat(48)}`
    // After the headers of p/ and p/aaa…/.
    const file = tarArchive('p', [{ name: path, bytes: new Uint8Array(3) }], 8).subarray(1024, 1536)
    const text = (from: number, to: number) => new TextDecoder().decode(file.subarray(from, to))
    assert.equal(text(0, 100), `p/${path}`)
    assert.deepEqual(file.subarray(345, 500), new Uint8Array(155), 'no prefix')
    assert.deepEqual([text(100, 108), text(124, 136), text(136, 148)], ['0000644\0', '00000000003\0', '00000000010\0'])
  })
})
