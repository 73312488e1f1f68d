// What a built bundle is made of: its bytes per source module, read from the bundle's source map.
// Each module's `gz` is its marginal cost: the bundle's gzip size minus the gzip size of the bundle
// with that module's bytes cut out (what removing it would save; the column does not sum to the total,
// since gzip shares repeats across modules). Run after `npm run build`.
// Usage: node scripts/size.mjs --why [FILE.js ...] (default: the generic head packages/sekisho/dist/sekisho.js)
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { root } from './run.mjs'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Source-map `mappings` as per generated line a list of [column, source index or -1] (base64 VLQ). */
function decode(mappings) {
  const lines = []
  let source = 0
  for (const line of mappings.split(';')) {
    const segments = []
    let column = 0
    for (const segment of line.split(',')) {
      if (!segment) continue
      const fields = []
      let value = 0,
        shift = 0
      for (const ch of segment) {
        const digit = B64.indexOf(ch)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = shift = 0
        }
      }
      column += fields[0]
      if (fields.length > 1) source += fields[1]
      segments.push([column, fields.length > 1 ? source : -1])
    }
    lines.push(segments)
  }
  return lines
}

const gz = (text) => gzipSync(text, { level: 9 }).length

/** The part of `code` not owned by any of `indexes`. */
function without(code, owner, indexes) {
  let rest = ''
  for (let i = 0; i < code.length; i++) if (!indexes.has(owner[i])) rest += code[i]
  return rest
}

/** `file` (absolute) and its source map: the code, its source modules' names (relative to the repo,
 * or to node_modules) and, per character, the index of the module that produced it (-1: the bundle's
 * own wrapper, unmapped). */
function ownership(file) {
  const code = readFileSync(file, 'utf8')
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'))
  const names = map.sources.map((s) => relative(root, join(file, '..', s)).replace(/^(\.\.\/)*node_modules\//, ''))
  const owner = new Int16Array(code.length).fill(-1)
  const lineStarts = [0]
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1)
  decode(map.mappings).forEach((segments, line) => {
    const start = lineStarts[line]
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : code.length
    segments.forEach(([column, source], k) => {
      owner.fill(source, start + column, k + 1 < segments.length ? start + segments[k + 1][0] : end)
    })
  })
  return { code, names, owner }
}

/** The code of `file` (absolute) without the bytes its source map gives to modules under `prefix`
 * (a folder relative to the repo): what the file would weigh without them, for measuring only. */
export function cutSources(file, prefix) {
  const { code, names, owner } = ownership(file)
  return without(code, owner, new Set([...names.keys()].filter((i) => names[i].startsWith(prefix))))
}

/** Per source module of `file` (absolute): its raw bytes in the bundle and its marginal gzip cost,
 * and the same per package (all its modules cut at once). */
export function breakdown(file) {
  const { code, names, owner } = ownership(file)
  const total = gz(code)
  const measureSet = (module, indexes) => {
    const rest = without(code, owner, indexes)
    return { module, raw: code.length - rest.length, gz: total - gz(rest) }
  }
  const modules = [...names.keys(), -1]
    .map((i) => measureSet(i < 0 ? '(bundle wrapper, unmapped)' : names[i], new Set([i])))
    .filter((r) => r.raw)
  const packages = new Map()
  names.forEach((name, i) => {
    const key = /^packages\/([^/]+)/.exec(name)?.[1] ?? name.split('/')[0]
    packages.set(key, [...(packages.get(key) ?? []), i])
  })
  return {
    file: relative(root, file),
    raw: code.length,
    gzip: total,
    modules,
    packages: [...packages].map(([name, indexes]) => measureSet(name, new Set(indexes))).filter((r) => r.raw),
  }
}

/** Prints the breakdown of each file (paths relative to the repo), largest marginal cost first. */
export function printWhy(files) {
  for (const f of files.length ? files : ['packages/sekisho/dist/sekisho.js']) {
    const b = breakdown(join(root, f))
    const table = (title, rows) => {
      console.log(`| ${title} | raw | gz (marginal) |\n|---|---:|---:|`)
      for (const r of rows.sort((a, c) => c.gz - a.gz)) console.log(`| ${r.module} | ${r.raw} | ${r.gz} |`)
    }
    console.log(`\n${b.file}: ${b.raw} B raw, ${b.gzip} B gzip\n`)
    table('module', b.modules)
    console.log()
    table('package (all its modules cut at once)', b.packages)
  }
}
