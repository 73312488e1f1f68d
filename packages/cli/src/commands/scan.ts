// `sekisho scan <url>`: loads a page as a visitor who has not consented and reports the services it
// uses, the ones its config leaves out, and every tracker request, cookie or storage key before consent.
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Io } from '../io.ts'
import { findBrowser, NO_BROWSER, observePage } from './scan-page.ts'
import { buildScanReport, formatScanReport } from './scan-report.ts'
import { parseOrExplain } from './usage.ts'

const USAGE = 'Usage: sekisho scan <url> [--json] [--config site.json] [--timeout ms] [--browser path]\n'

const SCAN_HELP = `
Loads the page in headless Chromium as a visitor who has not consented and reports the services it
uses, those missing from its config (read from the page, or --config), and every request to a
tracker host, tracker cookie and storage key before consent.
  --json          machine-readable report
  --config FILE   the site config to compare with (default: the page's own)
  --timeout MS    budget for loading and network idle (default 15000)
  --browser PATH  Chromium/Chrome to use (default: CHROME_PATH, then the usual install paths)
Exit code: 0 nothing leaked, 1 something leaked, 2 usage error or the page could not be scanned.
`

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseOrExplain('scan', USAGE, io, () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        timeout: { type: 'string', default: '15000' },
        browser: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  )
  if (!parsed) return 2
  const { values, positionals } = parsed
  if (values.help) return (io.out(USAGE + SCAN_HELP), 0)
  const timeout = Number(values.timeout)
  let problem = positionals.length !== 1 ? 'give exactly one URL' : undefined
  if (!problem && !/^https?:\/\//.test(positionals[0]!)) problem = `"${positionals[0]}" is not an http(s) URL`
  if (!problem && !(Number.isInteger(timeout) && timeout > 0))
    problem = `--timeout must be a positive number of ms, not "${values.timeout}"`
  if (problem) {
    io.err(`sekisho scan: ${problem}\n${USAGE}`)
    return 2
  }
  let configText: string | undefined
  if (values.config) {
    try {
      configText = readFileSync(values.config, 'utf8')
    } catch (error) {
      io.err(`sekisho scan: ${values.config}: cannot read: ${(error as Error).message}\n`)
      return 2
    }
  }
  // The optional peer before anything else: when it is missing, main() names it and how to install it
  // (observePage's own import would be reported as a page that could not be loaded).
  await import('playwright-core')
  const executablePath = values.browser ?? findBrowser()
  if (!executablePath || !existsSync(executablePath)) {
    io.err(`sekisho scan: ${values.browser ? `--browser ${values.browser}: no such file. ` : ''}${NO_BROWSER}\n`)
    return 2
  }

  let seen
  try {
    seen = await observePage(positionals[0]!, {
      executablePath,
      timeout,
      progress: (line) => io.err(`sekisho scan: ${line}\n`),
    })
  } catch (error) {
    io.err(`sekisho scan: could not load ${positionals[0]}: ${(error as Error).message.split('\n')[0]}\n`)
    return 2
  }
  const report = buildScanReport(seen, configText ?? seen.configText, configText === undefined ? 'page' : 'file')
  io.out(values.json ? JSON.stringify(report, null, 2) + '\n' : formatScanReport(report))
  return report.leaks.length ? 1 : 0
}
