// The gate's overhead before and after a change, for deciding between two versions of its code
// (prints figures; not a timed test): the ungated page, the gate as a git revision has it and the
// gate of the work tree, timed in frames of one page in turns (timeInFrames).
// Usage: node bench/gate-ab.mjs [runs=6] [revision=HEAD] [part of a workload's name…]
//   e.g. node bench/gate-ab.mjs 6 HEAD~1 'DOM build' 'long session'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { root } from '../scripts/run.mjs'
import { buildGate, PARSE, ratioTable, timeInFrames, WORKLOADS } from './gate-workloads.mjs'

const [runs = '6', revision = 'HEAD', ...parts] = process.argv.slice(2)
const names = [PARSE, ...Object.keys(WORKLOADS)].filter(
  (name) => !parts.length || parts.some((part) => name.includes(part)),
)

const old = mkdtempSync(join(tmpdir(), 'sekisho-gate-'))
execFileSync('sh', ['-c', `git archive ${revision} packages/gate | tar -x -C ${old}`], { cwd: root })
const codes = { ungated: '', [revision]: await buildGate(old), 'work tree': await buildGate(root) }
rmSync(old, { recursive: true })
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
})
try {
  const times = await timeInFrames(browser, codes, names, Number(runs))
  console.log(ratioTable(times, `medians of ${runs} pages`))
} finally {
  await browser.close()
}
