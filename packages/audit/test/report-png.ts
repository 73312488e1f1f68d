// Regenerates packages/audit/report.png, the README's picture of the HTML report: every phase of
// the Sekisho example (its Japanese banner, its GPC warnings when judged as in California).
//   npm run build && node --import tsx --conditions=source packages/audit/test/report-png.ts
// Japanese needs a CJK font (Debian: fonts-noto-cjk); without one the script says so, and the
// picture shows boxes where the Japanese button texts are.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PHASES, toHtml } from '../src/index.ts'
import { auditSite, closeBrowser, repo, serve, sharedBrowser } from './helpers.ts'

const cjk = (() => {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
})()
if (!cjk) console.warn('no Japanese font (fc-list :lang=ja is empty): install fonts-noto-cjk, or the PNG shows boxes')

const example = await serve({
  '/sekisho/': join(repo, 'packages/sekisho/dist'),
  '/': join(repo, 'examples/script-tag'),
})
try {
  // Judged as for a visitor in California, so the picture shows findings with their evidence (under
  // its own JP config the example has none).
  const report = await auditSite(example.origin, { maxPages: 1, phases: [...PHASES], jurisdiction: 'US-CA' })
  const file = join(mkdtempSync(join(tmpdir(), 'sekisho-report-')), 'audit.html')
  writeFileSync(file, toHtml(report))
  const page = await (await sharedBrowser()).newPage({ viewport: { width: 1100, height: 1400 } })
  await page.goto(`file://${file}`)
  await page.screenshot({ path: join(repo, 'packages/audit/report.png') })
  console.log(`packages/audit/report.png from ${file} (${report.findings.length} findings)`)
} finally {
  await Promise.all([example.close(), closeBrowser()])
}
