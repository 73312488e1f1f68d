// Runs the four visits of one page, each in a fresh browser context (no cookies, no stored
// decision): first visit without a decision, reject all (then reload), accept all, withdraw after accept (then reload).
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { CONSENT_STATE, type Decision, DRIVERS, INSPECT, RECORD_DATALAYER } from './page-scripts.ts'

export const PHASES = ['first', 'reject', 'accept', 'withdraw'] as const
export type Phase = (typeof PHASES)[number]

export interface DataLayerEntry {
  /** The pushed item: gtag's `arguments` as an array, or the pushed object. */
  entry: unknown
  /** Whether a Google tag (gtag.js / gtm.js) had already run when it was pushed. */
  tagRan: boolean
}

export interface Inspection {
  cmp: 'sekisho' | 'vanilla-cookieconsent' | 'klaro' | 'orejime' | 'c15t' | 'generic' | 'none'
  /** Texts of the first-layer buttons found, when found. */
  accept?: string
  reject?: string
  /** Labels of boxes ticked in the banner before the visitor touched anything. */
  preTicked: string[]
  /** Whether the page links the external-transmission notice (外部送信) or embeds Sekisho's. */
  notice: boolean
  links: string[]
  configText?: string
}

export interface PhaseObservation {
  phase: Phase
  /** The page's final URL. */
  url: string
  /** Requests, in order; `after` = made after the decision (reject: including the reload that follows; withdraw: after the reload). */
  requests: Array<{ url: string; after: boolean }>
  /** Cookies at the end of the phase (browser jar plus `document.cookie`). */
  cookies: Array<{ name: string; domain: string }>
  dataLayer: DataLayerEntry[]
  inspection: Inspection
  /** Why the decision could not be made (no such button / API), when it could not. */
  problem?: string
  /** The refusable purposes as the consent manager recorded them after the decision, when it can be read. */
  consent?: Record<string, boolean>
  /** JPEG of the viewport as a data URL (first visit only: the banner as visitors see it). */
  screenshot?: string
}

export interface PhaseOptions {
  /** Budget per wait (load, quiet network), ms. */
  timeout: number
  /** Called with every new context before the page opens (tests route tracker hosts to stand-ins). */
  prepareContext?: (context: BrowserContext) => Promise<void>
}

/** Resolves once no request has been in flight for `quiet` ms, or after `timeout` ms. */
function quietNetwork(context: BrowserContext, timeout: number, quiet = 500): Promise<void> {
  return new Promise((resolve) => {
    let inFlight = 0
    let timer: NodeJS.Timeout | undefined
    const done = () => {
      clearTimeout(timer)
      clearTimeout(limit)
      context.off('request', start)
      context.off('requestfinished', end)
      context.off('requestfailed', end)
      resolve()
    }
    const arm = () => {
      clearTimeout(timer)
      if (inFlight === 0) timer = setTimeout(done, quiet)
    }
    const start = () => {
      inFlight++
      clearTimeout(timer)
    }
    const end = () => {
      inFlight = Math.max(0, inFlight - 1)
      arm()
    }
    const limit = setTimeout(done, timeout)
    context.on('request', start)
    context.on('requestfinished', end)
    context.on('requestfailed', end)
    arm()
  })
}

async function load(page: Page, url: string, options: PhaseOptions, reload = false) {
  const quiet = quietNetwork(page.context(), options.timeout)
  if (reload) await page.reload({ waitUntil: 'load', timeout: options.timeout })
  else await page.goto(url, { waitUntil: 'load', timeout: options.timeout })
  await quiet
}

async function decide(page: Page, inspection: Inspection, decision: Decision, options: PhaseOptions) {
  const script = DRIVERS[inspection.cmp]?.[decision]
  if (!script)
    return inspection.cmp === 'none'
      ? 'no consent banner found (no known consent manager, no accept/reject button in ja or en)'
      : `cannot ${decision} with ${inspection.cmp}: no documented API or button for it`
  const quiet = quietNetwork(page.context(), options.timeout)
  const done = await page.evaluate(script).catch((error: Error) => `failed: ${error.message.split('\n')[0]}`)
  await quiet
  if (done !== true) return `cannot ${decision} with ${inspection.cmp}: ${done === false ? 'button not found' : done}`
  return undefined
}

/** The consent manager's own record after a decision; a problem when it contradicts the decision made. */
async function recorded(page: Page, inspection: Inspection, decision: Decision) {
  const script = CONSENT_STATE[inspection.cmp]
  if (!script) return {}
  const consent = (await page.evaluate(script).catch(() => undefined)) as Record<string, boolean> | undefined
  if (!consent) return { problem: `cannot read ${inspection.cmp}'s consent state after ${decision}` }
  const wrong = Object.keys(consent).filter((k) => consent[k] !== (decision === 'accept'))
  if (!wrong.length) return { consent }
  const said = decision === 'accept' ? 'refused' : 'granted'
  return { consent, problem: `after ${decision} ${inspection.cmp} still records ${wrong.join(', ')} as ${said}` }
}

export async function runPhase(
  browser: Browser,
  url: string,
  phase: Phase,
  options: PhaseOptions,
): Promise<PhaseObservation> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1000, height: 700 } })
  try {
    await options.prepareContext?.(context)
    await context.addInitScript(RECORD_DATALAYER)
    const requests: PhaseObservation['requests'] = []
    let after = false
    // On `request`, not `response`: an attempted request is a leak whether or not it succeeds.
    context.on('request', (request) => void requests.push({ url: request.url(), after }))
    const page = await context.newPage()
    await load(page, url, options)
    let inspection = (await page.evaluate(INSPECT)) as Inspection
    const observation: Partial<PhaseObservation> = {}
    if (phase === 'first') observation.screenshot = await screenshot(page)
    if (phase !== 'first') {
      after = phase !== 'withdraw'
      const decision = phase === 'reject' ? 'reject' : 'accept'
      observation.problem = await decide(page, inspection, decision, options)
      if (!observation.problem) Object.assign(observation, await recorded(page, inspection, decision))
      // The refusal must hold on the next page view too: a tag pasted unheld fires before any
      // decision (the first visit reports that) and again on every later view, which only a reload shows.
      if (phase === 'reject' && !observation.problem) await load(page, url, options, true)
      if (phase === 'withdraw' && !observation.problem) {
        inspection = { ...inspection, ...((await page.evaluate(INSPECT)) as Inspection), cmp: inspection.cmp }
        observation.problem = await decide(page, inspection, 'withdraw', options)
        if (!observation.problem) Object.assign(observation, await recorded(page, inspection, 'withdraw'))
        after = true
        if (!observation.problem) await load(page, url, options, true)
      }
    }
    const documentCookies = (await page.evaluate(
      "document.cookie ? document.cookie.split(/;\\s*/).map((c) => c.split('=')[0]) : []",
    )) as string[]
    const cookies = (await context.cookies()).map((c) => ({ name: c.name, domain: c.domain }))
    const host = new URL(page.url()).hostname
    for (const name of documentCookies) if (!cookies.some((c) => c.name === name)) cookies.push({ name, domain: host })
    const dataLayer = (await page.evaluate(
      'window.__sekishoAudit ? window.__sekishoAudit.dataLayer : []',
    )) as DataLayerEntry[]
    return { phase, url: page.url(), requests, cookies, dataLayer, inspection, ...observation }
  } finally {
    await context.close()
  }
}

async function screenshot(page: Page): Promise<string> {
  const jpeg = await page.screenshot({ type: 'jpeg', quality: 55 })
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`
}
