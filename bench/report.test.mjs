// Medians, ratios, target checks and the README section: `node --test bench/`.
import assert from 'node:assert/strict'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { markdownTable, summarize, targetLines, writeReadme } from './report.mjs'

const MANAGERS = ['sekisho', 'cookieconsent', 'klaro', 'tarteaucitron', 'none'].map((id) => ({
  id,
  name: id,
  version: '1',
}))
const leak = (requests, cookies = 0) => ({
  requests: Array.from({ length: requests }, (_, i) => `https://t${i}.example/`),
  cookies: Array(cookies).fill('_x@127.0.0.1'),
  thirdPartyCookies: [],
})

function run(gzip, extra = {}) {
  return {
    firstVisit: { raw: gzip * 3, gzip, brotli: gzip - 100, files: [] },
    returningVisit: { raw: 900, gzip: 800, brotli: 700 },
    scripts: { beforePaintMs: 2, untilBannerMs: 4, totalMs: 6, firstPaintMs: 100 },
    bannerMs: 200,
    cls: 0,
    acceptToReleaseMs: 3,
    releasedAfterAccept: 5,
    insertMs: 10,
    inpAcceptMs: 24,
    inpRejectMs: 0,
    inpSettingsMs: 40,
    leaksBefore: leak(0),
    leaksAfterReject: leak(0),
    leaksAfterWithdraw: leak(0),
    ...extra,
  }
}

function result(sekishoExtra = {}) {
  const raw = {
    sekisho: [run(5000, sekishoExtra), run(5200, sekishoExtra), { id: 'sekisho', error: 'boom' }],
    cookieconsent: [run(16000, { leaksBefore: leak(2, 1) }), run(16000, { leaksBefore: leak(3, 1) })],
    klaro: [run(68000), run(68000)],
    tarteaucitron: [run(60000, { insertMs: 30 }), run(60000, { insertMs: 30 })],
    none: [run(0, { insertMs: 20 }), run(0, { insertMs: 20 })],
  }
  return { runs: 2, managers: MANAGERS, summary: summarize(raw, MANAGERS), raw }
}

test('summarize takes medians, the worst run for leaks, and keeps failed runs out of the figures', () => {
  const { summary } = result()
  assert.equal(summary.sekisho.firstVisit.gzip, 5100)
  assert.deepEqual(summary.sekisho.errors, ['boom'])
  assert.equal(summary.cookieconsent.leaksBefore.requests, 3)
  assert.equal(summary.tarteaucitron.insertRatio, 1.5)
})

test('the table gives ratios against the best peer and the inserts against no manager', () => {
  const table = markdownTable(result())
  const row = (label) => table.split('\n').find((l) => l.startsWith(`| ${label}`))
  assert.match(
    row('First visit, gzip'),
    /\| 5\.0 KB \(0\.32×\) \| 15\.6 KB \(1\.00×\) \| 66\.4 KB \(4\.25×\) \| 58\.6 KB \(3\.75×\) \| 0\.0 KB \|/,
  )
  assert.match(row('10,000 inserts'), /\| 10 ms \(0\.50×\) .* \| 30 ms \(1\.50×\) \| 20 ms \(1\.00×\) \|/)
  assert.match(row('Leaks before consent'), /\| 0 req, 0 cookies \| 3 req, 1 cookie \|/)
  assert.match(table, /sekisho failed in some runs: boom/)
})

test('targets: met when Sekisho is small and clean, missed by how much when not', () => {
  assert.deepEqual(
    targetLines(result()).filter((l) => !l.startsWith('- met')),
    [],
  )
  const bad = targetLines(
    result({
      firstVisit: { raw: 1, gzip: 15000, brotli: 1, files: [] },
      leaksBefore: leak(2, 1),
      cls: 0.02,
      acceptToReleaseMs: 80,
      scripts: { beforePaintMs: 2, untilBannerMs: 5, totalMs: 6, firstPaintMs: 100 },
      inpAcceptMs: 208,
    }),
  )
  assert.ok(bad.includes('- MISSED: INP of accept all ≤ 50 ms (208 ms)'), bad.join('\n'))
  assert.ok(bad.includes('- met: INP of reject all ≤ 50 ms (<16 ms)'), bad.join('\n'))
  assert.ok(
    bad.includes("- MISSED: script CPU until the banner is visible ≤ 1.1× vanilla-cookieconsent's (5.0 ms = 1.25×)"),
  )
  assert.ok(
    bad.includes("- MISSED: first-visit bytes ≤ 80% of the smallest peer's (gzip 14.6 KB = 94% of 15.6 KB)"),
    bad.join('\n'),
  )
  assert.ok(bad.some((l) => l.startsWith('- MISSED: zero leaks before consent') && l.includes('t0.example')))
  assert.ok(bad.includes('- MISSED: CLS 0 (worst run 0.020)'))
  assert.ok(bad.includes('- MISSED: accept-to-release < 50 ms (80 ms)'))
})

test('targets: a run without peers (--only sekisho,none) compares with none', () => {
  const raw = { sekisho: [run(5000)], none: [run(0)] }
  const managers = MANAGERS.filter((m) => m.id === 'sekisho' || m.id === 'none')
  const lines = targetLines({ runs: 1, managers, summary: summarize(raw, managers), raw })
  assert.ok(
    lines.some((l) => l.startsWith("- n/a: first-visit bytes ≤ 80% of the smallest peer's")),
    lines.join('\n'),
  )
})

test('writeReadme replaces the Performance section, or adds it after Size', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-readme-'))
  const path = join(dir, 'README.md')
  const r = {
    ...result(),
    date: '2026-11-27T12:00:00Z',
    machine: { cores: 2, cpu: 'CPU', loadAverage: [1], chromium: 'Chromium 1' },
  }
  await writeFile(path, '# X\n\n## Size\n\nsmall\n\n## Development\n\ndev\n')
  await writeReadme(path, 'TABLE-1', r)
  let text = await readFile(path, 'utf8')
  assert.match(text, /## Size\n\nsmall\n\n## Performance\n\nMeasured 2026-11-27[^]*TABLE-1\n\n## Development\n\ndev\n$/)
  // The prose names the peers the run measured, not a fixed list.
  const peers = r.managers.filter((m) => m.id !== 'sekisho' && m.id !== 'none').map((m) => m.name)
  assert.ok(peers.length >= 1)
  for (const name of peers) assert.ok(text.includes(name), name)
  await writeReadme(path, 'TABLE-2', r)
  text = await readFile(path, 'utf8')
  assert.equal(text.match(/## Performance/g).length, 1)
  assert.ok(text.includes('TABLE-2') && !text.includes('TABLE-1'))
})
