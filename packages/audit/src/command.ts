// `sekisho audit <url>`: the command line over `audit()`. @sekisho/cli loads this module only when
// the command runs, so the other commands start without the browser driver.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { type AuditReport, audit } from './audit.ts'
import { parseSitemap } from './crawl.ts'
import { SEVERITIES, type Severity } from './findings.ts'
import { DEFAULT_PHASES, type Phase, PHASES } from './phases.ts'
import { progressWriter } from './progress.ts'
import { applyBaseline, failing, toHtml, toJUnit } from './report.ts'

export interface Io {
  out: (text: string) => void
  err: (text: string) => void
}

const USAGE = `Usage: sekisho audit <url> [options]

Crawls the site from <url> and visits every page once per phase, each in a fresh Chromium context.
Reports trackers before consent or after a refusal, cookies left behind, Consent Mode order,
pre-ticked boxes, a missing reject button or notice link, services the notice or the config leaves out.
  --phases LIST        comma-separated, or "all" (default ${DEFAULT_PHASES.join(',')}); first always runs:
                       first     no decision          reject    reject all, reload
                       accept    accept all           withdraw  accept, withdraw, reload, next page
                       custom    each purpose alone   revision  decision of an older policy revision
                       gpc       accept all with Global Privacy Control on
  --config FILE        site config to compare with (default: the one the start page carries)
  --jurisdiction J     judge by the rules of J where they differ (GPC binds in US, US-CA, …;
                       default: the site config's jurisdiction, else as in California)
  --sitemap URL        audit the pages of this sitemap.xml instead of following links
  --urls FILE          audit the URLs in this file (one a line) instead of following links
  --max-pages N        default 10      --max-depth N   default 2     --max-time S  default 600
  --concurrency N      1 or 2 (default 1)                 --delay MS     pause per page (default 500)
  --ignore-robots      do not read robots.txt (only for sites you own)
  --timeout MS         budget per load or decision (default 15000)
  --browser PATH       Chromium to use (default: CHROME_PATH, then /usr/bin/chromium)
  --json FILE  --junit FILE  --html FILE   where to write the reports
  --evidence DIR       where to write each finding's screenshot, which the JSON and JUnit reports
                       name (default: sekisho-audit-evidence beside the JSON, else the JUnit report)
  --fail-on LEVEL      error | warning | info (default error)
  --baseline FILE      a previous --json report: its findings are accepted, only new ones fail
Exit code: 0 no failing finding, 1 a finding at or above --fail-on, 2 usage error.
`

const integer = (name: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(
      `--${name} must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, not "${value}"`,
    )
  return n
}

export async function run(args: string[], io: Io): Promise<number> {
  let options: ReturnType<typeof parse>
  try {
    options = parse(args)
  } catch (error) {
    io.err(`sekisho audit: ${(error as Error).message}\n${USAGE.split('\n')[0]}\n`)
    return 2
  }
  if (options === 'help') return (io.out(USAGE), 0)
  const { values, start } = options
  let urls: string[] | undefined
  let configText: string | undefined
  let baselineText: string | undefined
  try {
    if (values.config) configText = readFileSync(values.config, 'utf8')
    if (values.baseline) baselineText = readFileSync(values.baseline, 'utf8')
    if (values.urls)
      urls = readFileSync(values.urls, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    if (values.sitemap) {
      const response = await fetch(values.sitemap, { signal: AbortSignal.timeout(Number(values.timeout)) })
      if (!response.ok) throw new Error(`--sitemap ${values.sitemap}: HTTP ${response.status}`)
      urls = parseSitemap(await response.text())
    }
  } catch (error) {
    io.err(`sekisho audit: ${(error as Error).message}\n`)
    return 2
  }
  const executablePath =
    values.browser ??
    [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p))
  if (!executablePath || !existsSync(executablePath)) {
    io.err(
      "sekisho audit: no Chromium found; install your system's Chromium or pass --browser PATH (sekisho never downloads a browser)\n",
    )
    return 2
  }
  const progress = progressWriter(io, process.stderr.isTTY)
  const report = await audit({
    start,
    urls,
    configText,
    jurisdiction: values.jurisdiction,
    executablePath,
    maxPages: values['max-pages'],
    maxDepth: values['max-depth'],
    maxTime: values['max-time'] * 1000,
    concurrency: values.concurrency,
    delay: values.delay,
    timeout: values.timeout,
    ignoreRobots: values['ignore-robots'],
    phases: values.phases,
    progress: progress.update,
  })
  progress.end()
  if (baselineText !== undefined) {
    try {
      applyBaseline(report, baselineText, values.baseline)
    } catch (error) {
      io.err(`sekisho audit: ${(error as Error).message}\n`)
      return 2
    }
  }
  const threshold = values['fail-on']
  const evidence =
    values.evidence ?? (values.json || values.junit ? join(dirname(values.json ?? values.junit!), EVIDENCE) : undefined)
  if (evidence) {
    mkdirSync(evidence, { recursive: true })
    for (const [name, data] of Object.entries(report.screenshots))
      writeFileSync(join(evidence, name), Buffer.from(data.slice(data.indexOf(',') + 1), 'base64'))
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(pointing(report, evidence, values.json), null, 2))
  if (values.junit) writeFileSync(values.junit, toJUnit(pointing(report, evidence, values.junit), threshold))
  // The HTML page carries the pictures themselves: one file to pass around.
  if (values.html) writeFileSync(values.html, toHtml(report))
  const failed = failing(report, threshold)
  for (const f of report.findings)
    io.out(
      `${f.baseline ? '(baseline) ' : ''}${f.severity} ${f.rule} ${f.page} [${f.phase}]: ${f.reason}\n${f.evidence.map((e) => `    ${e}\n`).join('')}`,
    )
  io.out(
    `${report.pages.length} page(s), ${report.findings.length} finding(s), ${failed.length} at or above ${threshold}${report.skipped.length ? `, ${report.skipped.length} kept out by robots.txt` : ''}${report.timedOut ? ', time budget ran out' : ''}\n`,
  )
  return failed.length ? 1 : 0
}

/** The evidence folder's default name, beside the JSON (else the JUnit) report. */
const EVIDENCE = 'sekisho-audit-evidence'

/**
 * The report as a file at `file` gives it: each finding's screenshot as the path of its file in the
 * evidence folder, relative to the report (URL slashes on every system); the pictures themselves left out.
 */
function pointing(report: AuditReport, evidence: string | undefined, file: string): Omit<AuditReport, 'screenshots'> {
  const { screenshots: _, ...kept } = report
  const path = (name: string) => relative(dirname(file), join(evidence!, name)).split(sep).join('/')
  return {
    ...kept,
    findings: report.findings.map(({ screenshot, ...f }) =>
      screenshot && evidence ? { ...f, screenshot: path(screenshot) } : f,
    ),
  }
}

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      jurisdiction: { type: 'string' },
      sitemap: { type: 'string' },
      urls: { type: 'string' },
      'max-pages': { type: 'string', default: '10' },
      'max-depth': { type: 'string', default: '2' },
      'max-time': { type: 'string', default: '600' },
      concurrency: { type: 'string', default: '1' },
      delay: { type: 'string', default: '500' },
      'ignore-robots': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '15000' },
      browser: { type: 'string' },
      json: { type: 'string' },
      junit: { type: 'string' },
      html: { type: 'string' },
      evidence: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      phases: { type: 'string', default: DEFAULT_PHASES.join(',') },
      baseline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) return 'help' as const
  if (positionals.length !== 1) throw new Error('give exactly one start URL')
  const start = positionals[0]!
  if (!/^https?:\/\//.test(start)) throw new Error(`"${start}" is not an http(s) URL`)
  if (!(SEVERITIES as readonly string[]).includes(values['fail-on']))
    throw new Error(`--fail-on must be one of ${SEVERITIES.join(', ')}, not "${values['fail-on']}"`)
  // The jurisdictions a Sekisho config takes (core's pattern).
  if (values.jurisdiction !== undefined && !/^(JP|EU|UK|CH|KR|BR|CA|US(-[A-Z]{2})?)$/.test(values.jurisdiction))
    throw new Error(`--jurisdiction must be JP, EU, UK, CH, KR, BR, CA, US or US-<state>, not "${values.jurisdiction}"`)
  const phases = values.phases === 'all' ? [...PHASES] : values.phases.split(',').map((p) => p.trim())
  const unknown = phases.filter((p) => !(PHASES as readonly string[]).includes(p))
  if (unknown.length || !phases.length)
    throw new Error(
      `--phases takes "all" or a list of ${PHASES.join(', ')}, not "${unknown.join(',') || values.phases}"`,
    )
  return {
    start,
    values: {
      ...values,
      phases: phases as Phase[],
      'fail-on': values['fail-on'] as Severity,
      'max-pages': integer('max-pages', values['max-pages'], 1),
      'max-depth': integer('max-depth', values['max-depth'], 0),
      'max-time': integer('max-time', values['max-time'], 1),
      concurrency: integer('concurrency', values.concurrency, 1, 2),
      delay: integer('delay', values.delay, 0),
      timeout: integer('timeout', values.timeout, 1),
    },
  }
}
