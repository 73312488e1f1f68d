// The audit: crawl, run every phase of every page in fresh contexts, and collect the findings.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { type CrawlLimits, crawlPages, createFrontier, fetchRobots, sameSiteLink } from './crawl.ts'
import { type Finding, loadConfig, pageFindings, phaseFindings, siteFindings } from './findings.ts'
import { DEFAULT_PHASES, type Phase, type PhaseObservation, type PhasePlan, runPhase } from './phases.ts'

/** Flags every launch needs (the same as the repository's scripts/chromium.mjs CHROMIUM_ARGS). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]

/**
 * Launches Chromium as a visitor's Chrome with its default settings: third-party cookies and storage
 * allowed. In the incognito-like contexts the audit opens, Chromium blocks them unless the profile
 * says otherwise, and a third-party frame denied its storage would hide what it stores. So the
 * browser runs on a temporary profile with that one preference, removed on `close()`.
 */
export async function launchBrowser(executablePath: string, timeout = 30_000) {
  const { chromium } = await import('playwright-core')
  const profile = mkdtempSync(join(tmpdir(), 'sekisho-audit-profile-'))
  mkdirSync(join(profile, 'Default'))
  // Chromium's CookieControlsMode, 0 (off): third-party cookies allowed; unset, the contexts opened here block them.
  writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }))
  const persistent = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, timeout })
  return {
    browser: persistent.browser()!,
    close: async () => {
      await persistent.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export interface AuditOptions extends Partial<CrawlLimits> {
  start: string
  /** Pages to audit instead of following links (a sitemap's or a list file's URLs). */
  urls?: string[]
  /** The site config's JSON text; default: the config the start page carries, if any. */
  configText?: string
  executablePath: string
  /** Budget per wait (load, network quiet, decision), ms. Default 15000. */
  timeout?: number
  /** Pages audited at once: 1 or 2. */
  concurrency?: number
  /** Pause before each page, ms (politeness). Default 500. */
  delay?: number
  /** Skip robots.txt (only for sites you own). */
  ignoreRobots?: boolean
  /** Phases to run; `first` always runs (it finds the consent manager, its purposes and the links).
   * @default DEFAULT_PHASES (first, reject, accept, withdraw) */
  phases?: readonly Phase[]
  /** Browser contexts open at once for one page's phases (after `first`). @default 2 */
  parallelPhases?: number
  /** A Chromium already launched (playwright-core) to use instead of launching one; left open.
   * Launch it with `launchBrowser()` so that third-party frames may store as in a visitor's Chrome. */
  browser?: Browser
  /** The rules to judge by where they differ (Global Privacy Control binds in `US` and `US-<state>`):
   * default the `jurisdiction` of the site's Sekisho config; without one, as for a visitor in California. */
  jurisdiction?: string
  progress?: (done: number, total: number, line: string) => void
  prepareContext?: (context: BrowserContext) => Promise<void>
}

export interface PageResult {
  url: string
  depth: number
  cmp: string
  phases: PhaseObservation[]
  error?: string
}

export interface AuditReport {
  format: 'sekisho-audit/1'
  start: string
  startedAt: string
  durationMs: number
  config: { source: 'file' | 'page' | 'none'; errors: string[] }
  pages: PageResult[]
  /** URLs robots.txt kept out, and whether the time budget ran out. */
  skipped: string[]
  timedOut: boolean
  findings: Finding[]
  /** The findings' pictures by name (`page-1-reject.png`): PNG or JPEG data URLs. */
  screenshots: Record<string, string>
}

export async function audit(options: AuditOptions): Promise<AuditReport> {
  const startedAt = new Date()
  const timeout = options.timeout ?? 15000
  const limits: CrawlLimits = {
    maxPages: options.maxPages ?? 10,
    maxDepth: options.maxDepth ?? 2,
    maxTime: options.maxTime ?? 10 * 60_000,
  }
  const concurrency = Math.min(2, Math.max(1, options.concurrency ?? 1))
  const allowed = options.ignoreRobots ? () => true : await fetchRobots(options.start, timeout)
  const fromList = !!options.urls
  const frontier = createFrontier(fromList ? options.urls! : [options.start], limits, allowed)
  const phases = options.phases ?? DEFAULT_PHASES
  const parallel = Math.max(1, options.parallelPhases ?? 2)
  const pages: PageResult[] = []
  const findings: Finding[] = []
  const screenshots: Record<string, string> = {}
  const seen = new Set<string>()
  let configText = options.configText
  let configSource: AuditReport['config']['source'] = configText === undefined ? 'none' : 'file'

  // `timeout` is each page wait's budget; starting the browser has launchBrowser's own (a busy machine's is slow).
  const launched = options.browser ? undefined : await launchBrowser(options.executablePath)
  const browser = options.browser ?? launched!.browser
  const phaseOptions = { timeout, prepareContext: options.prepareContext }
  try {
    await crawlPages(frontier, { concurrency, delay: options.delay ?? 500 }, async (item) => {
      const result: PageResult = { url: item.url, depth: item.depth, cmp: 'none', phases: [] }
      pages.push(result)
      const observations: PhaseObservation[] = []
      const number = pages.length
      try {
        options.progress?.(pages.length - 1, limits.maxPages, `${item.url} first`)
        const first = await runPhase(browser, item.url, { phase: 'first' }, phaseOptions)
        observations.push(first)
        result.cmp = first.inspection.cmp
        if (configText === undefined && first.inspection.configText !== undefined) {
          configText = first.inspection.configText
          configSource = 'page'
        }
        if (!fromList)
          for (const link of first.inspection.links) {
            const url = sameSiteLink(link, options.start)
            if (url) frontier.add(url, item.depth + 1)
          }
        const plans = planPhases(phases, first.inspection.purposes)
        // The config read once per page (validated against the catalog), not once per phase.
        let known: ReturnType<typeof loadConfig> | undefined
        // The phases are independent (each its own context), so several run at once.
        const done = await pool(plans, parallel, (plan) => {
          options.progress?.(pages.length - 1, limits.maxPages, `${item.url} ${plan.phase} ${plan.purpose ?? ''}`)
          // A phase that fails (a load past the timeout) costs only itself, not the page's other phases.
          // A phase with a finding is pictured as it ends, a clean one is not (the page's own config
          // once its first visit has read it, as the findings below are judged).
          const evidence = (observation: PhaseObservation) =>
            phaseFindings(
              observation,
              first,
              (known ??= loadConfig(configText ?? first.inspection.configText, options.jurisdiction)),
            ).length > 0
          return runPhase(browser, item.url, plan, { ...phaseOptions, evidence }).catch((error: Error) => {
            result.error ??= `${plan.phase}: ${error.message.split('\n')[0]}`
            return undefined
          })
        })
        for (const observation of done) if (observation) observations.push(observation)
      } catch (error) {
        result.error = (error as Error).message.split('\n')[0]
      }
      // Each picture a finding points to is kept once, by name (first: the banner as visitors see it).
      const pictures = new Map<string, string>()
      for (const o of observations) {
        const picture = o.evidence ?? (o.phase === 'first' ? o.screenshot : undefined)
        if (!picture) continue
        const purpose = o.purpose === undefined ? '' : `-${o.purpose.replace(/[^\w-]+/g, '_')}`
        o.evidence = `page-${number}-${o.phase}${purpose}.${picture.startsWith('data:image/png') ? 'png' : 'jpg'}`
        pictures.set(o.evidence, picture)
      }
      const known = loadConfig(configText, options.jurisdiction)
      const page = pageFindings(observations, known)
      for (const f of page.findings) if (f.screenshot) screenshots[f.screenshot] = pictures.get(f.screenshot)!
      for (const id of page.seen) seen.add(id)
      findings.push(...page.findings)
      result.phases = observations.map(({ inspection, notice, evidence: _, ...o }) => ({
        ...o,
        // The GPC visit ran and is shown, but nothing in it is judged: say why, as for a revision.
        ...(o.phase === 'gpc' && known.gpcNotBinding && !o.problem && !o.notApplicable
          ? { notApplicable: known.gpcNotBinding }
          : {}),
        ...(notice ? { notice: withoutText(notice) } : {}),
        inspection: { ...inspection, links: [], configText: undefined },
      }))
    })
  } finally {
    await launched?.close()
  }
  const known = loadConfig(configText, options.jurisdiction)
  findings.push(...siteFindings(options.start, seen, known))
  return {
    format: 'sekisho-audit/1',
    start: options.start,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    config: { source: configSource, errors: known.errors },
    pages,
    skipped: frontier.skipped,
    timedOut: frontier.timedOut,
    findings,
    screenshots,
  }
}

/** The notice as the report keeps it: where it was read, not its whole text. */
const withoutText = ({ text: _, ...kept }: NonNullable<PhaseObservation['notice']>) => kept

/** The visits after `first`: custom once per refusable purpose (a problem visit when none is known). */
function planPhases(phases: readonly Phase[], purposes: string[] | undefined): PhasePlan[] {
  return phases
    .filter((phase) => phase !== 'first')
    .flatMap((phase): PhasePlan[] =>
      phase === 'custom' && purposes?.length ? purposes.map((purpose) => ({ phase, purpose, purposes })) : [{ phase }],
    )
}

/** Maps `items` through `run` with at most `limit` running at once; results in the items' order. */
async function pool<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await run(items[i]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}
