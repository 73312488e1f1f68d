// A POSIX ustar archive (POSIX.1-1988, the format `tar -xf` reads everywhere) of a few in-memory
// files under one folder. Written here rather than taken from a library: the format is a 512-byte
// header per entry with octal fields and a checksum, and a proof pack needs only regular files and
// folders with short names, no streaming, links or long-name extensions.

const BLOCK = 512
const encoder = new TextEncoder()

/** Writes `value` as `width - 1` octal digits and a NUL (the ustar numeric field). */
function octal(header: Uint8Array, offset: number, width: number, value: number) {
  const digits = value.toString(8).padStart(width - 1, '0')
  if (digits.length > width - 1) throw new RangeError(`tar: ${value} does not fit a ${width}-byte field`)
  header.set(encoder.encode(digits), offset)
}

/** The header block of one entry; a name over 100 bytes is split into the 155-byte prefix and the name at a `/`. */
function header(path: string, size: number, folder: boolean, mtime: number): Uint8Array {
  const block = new Uint8Array(BLOCK)
  let name = encoder.encode(path)
  let prefix = new Uint8Array()
  if (name.length > 100) {
    const cut = path.lastIndexOf('/', path.length - 2)
    prefix = encoder.encode(path.slice(0, cut))
    name = encoder.encode(path.slice(cut + 1))
    if (cut < 0 || prefix.length > 155 || name.length > 100) throw new RangeError(`tar: path too long: ${path}`)
  }
  block.set(name, 0)
  octal(block, 100, 8, folder ? 0o755 : 0o644)
  octal(block, 108, 8, 0) // uid
  octal(block, 116, 8, 0) // gid
  octal(block, 124, 12, size)
  octal(block, 136, 12, mtime)
  block[156] = folder ? 0x35 : 0x30 // typeflag '5' folder, '0' file
  block.set(encoder.encode('ustar\u000000'), 257) // magic "ustar\0", version "00"
  block.set(prefix, 345)
  // The checksum is the byte sum of the header with its own field read as spaces.
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  octal(block, 148, 7, sum) // six digits, a NUL
  block[155] = 0x20 // and a space
  return block
}

/**
 * `files` (paths with `/`, no leading `/`) as one tar archive whose entries all sit in `folder`,
 * each folder listed before its files; `mtime` (seconds since the epoch) on every entry.
 */
export function tarArchive(
  folder: string,
  files: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
  mtime: number,
): Uint8Array {
  const parts: Uint8Array[] = []
  const folders = new Set<string>()
  const addFolder = (path: string) => {
    if (folders.has(path)) return
    folders.add(path)
    parts.push(header(`${path}/`, 0, true, mtime))
  }
  addFolder(folder)
  for (const { name, bytes } of files) {
    const segments = name.split('/')
    for (let i = 1; i < segments.length; i++) addFolder([folder, ...segments.slice(0, i)].join('/'))
    // Zeros to the next block boundary (none when the file fills its last block).
    const pad = new Uint8Array((BLOCK - (bytes.length % BLOCK)) % BLOCK)
    parts.push(header(`${folder}/${name}`, bytes.length, false, mtime), bytes, pad)
  }
  // Two zero blocks end the archive.
  parts.push(new Uint8Array(2 * BLOCK))
  const archive = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    archive.set(part, at)
    at += part.length
  }
  return archive
}
