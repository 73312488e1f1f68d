// The gate's overhead before and after a change, for deciding between two versions of its code
// (prints figures; not a timed test). The ungated page, the gate as a git revision has it and the
// gate of the work tree each run in a frame of one page, one after another in rotating order,
// after a full garbage collection each: same renderer, same moment. Tabs timed apart (what
// bench/gate.mjs does, as a visitor's page is) differ by ±20% between two runs of the same code
// here, more than most changes to a wrapper are worth.
// Usage: node bench/gate-ab.mjs [runs=6] [revision=HEAD] [part of a workload's name…]
//   e.g. node bench/gate-ab.mjs 6 HEAD~1 'DOM build' 'long session'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { root } from '../scripts/run.mjs'
import { buildGate, servePages, services, WORKLOADS, workload } from './gate-workloads.mjs'
import { median } from './measure.mjs'

const [runs = '6', revision = 'HEAD', ...parts] = process.argv.slice(2)
const names = Object.keys(WORKLOADS).filter((name) => !parts.length || parts.some((part) => name.includes(part)))

const old = mkdtempSync(join(tmpdir(), 'sekisho-gate-'))
execFileSync('sh', ['-c', `git archive ${revision} packages/gate | tar -x -C ${old}`], { cwd: root })
const codes = { ungated: '', [revision]: await buildGate(old), 'work tree': await buildGate(root) }
rmSync(old, { recursive: true })
const modes = Object.keys(codes)

const page = (mode) => `<!doctype html><html><head><meta charset="utf-8"><script>${codes[mode]}</script><script>
${codes[mode] ? `SekishoGate.installGate({ services: ${JSON.stringify(services)}, isGranted: () => false })` : ''}
${workload}</script></head><body><div id="root"></div></body></html>`
const host = `<!doctype html><html><head><meta charset="utf-8"></head><body>${modes
  .map((_, i) => `<iframe id="m${i}" src="/m${i}"></iframe>`)
  .join('')}</body></html>`
const { origin, server } = await servePages((url) => (url === '/host' ? host : page(modes[Number(url.slice(2))])))
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
})
const times = Object.fromEntries(names.map((name) => [name, modes.map(() => [])]))
try {
  for (let run = 0; run < Number(runs); run++) {
    const tab = await browser.newPage()
    await tab.goto(`${origin}/host`, { waitUntil: 'load' })
    for (const name of names) {
      // Nine rounds, each timing every frame once in a rotated order; the median of each frame's nine.
      const medians = await tab.evaluate(
        async ({ name, count }) => {
          const frames = Array.from({ length: count }, (_, i) => document.getElementById(`m${i}`).contentWindow)
          for (const w of frames) await w.workloads[name]()
          const ms = frames.map(() => [])
          for (let round = 0; round < 9; round++)
            for (let j = 0; j < count; j++) {
              const i = (round + j) % count
              gc()
              ms[i].push(await frames[i].workloads[name]())
            }
          return ms.map((xs) => xs.sort((a, b) => a - b)[4])
        },
        { name, count: modes.length },
      )
      medians.forEach((ms, i) => times[name][i].push(ms))
    }
    await tab.close()
  }
} finally {
  await browser.close()
  server.close()
}
console.log(`| medians of ${runs} pages | ungated ms | ${modes.slice(1).join(' | ')} |`)
console.log(
  `|---|---:|${modes
    .slice(1)
    .map(() => '---:')
    .join('|')}|`,
)
for (const name of names) {
  const ungated = median(times[name][0])
  const ratios = times[name].slice(1).map((xs) => `${(median(xs) / ungated).toFixed(3)}×`)
  console.log(`| ${name} | ${ungated.toFixed(2)} | ${ratios.join(' | ')} |`)
}
