// Runs the visits of one page, each in a fresh browser context (no cookies, no stored decision):
// first visit without a decision, then one visit per phase with its decision (see PHASES).
import { decodeDecision, encodeDecision } from '@sekisho/core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { sameSiteLink } from './crawl.ts'
import {
  CONSENT_STATE,
  type Decision,
  DRIVERS,
  GPC_SIGNAL,
  INSPECT,
  OPEN_SETTINGS,
  noticeText,
  READ_STORAGE,
  RECORD_DATALAYER,
} from './page-scripts.ts'

/**
 * first: no decision. reject: reject all, then reload. accept: accept all. withdraw: accept, withdraw,
 * reload, then open another page of the site. custom: one visit per refusable purpose, granting only
 * it, then reload. revision: accept, make the stored decision one of an older policy revision, reload.
 * gpc: accept all with Global Privacy Control on (the Sec-GPC header and navigator.globalPrivacyControl).
 */
export const PHASES = ['first', 'reject', 'accept', 'withdraw', 'custom', 'revision', 'gpc'] as const
export type Phase = (typeof PHASES)[number]
/** What an audit runs unless told otherwise: the decisions every visitor can make, four contexts a page. */
export const DEFAULT_PHASES: readonly Phase[] = ['first', 'reject', 'accept', 'withdraw']

export interface DataLayerEntry {
  /** The pushed item: gtag's `arguments` as an array, or the pushed object. */
  entry: unknown
  /** Whether a Google tag (gtag.js / gtm.js) had already run when it was pushed. */
  tagRan: boolean
  /** accept, gpc: pushed after the decision (the page is not reloaded in between). */
  afterDecision?: boolean
}

export interface Inspection {
  cmp:
    | 'sekisho'
    | 'vanilla-cookieconsent'
    | 'klaro'
    | 'orejime'
    | 'c15t'
    | 'cookiebot'
    | 'onetrust'
    | 'generic'
    | 'none'
  /** The refusable purposes (or categories, or services) the consent manager records, read on the first visit. */
  purposes?: string[]
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

export interface StorageKey {
  name: string
  area: 'localStorage' | 'sessionStorage' | 'indexedDB'
  /** The origin of the page or frame whose storage holds it. */
  origin: string
}

export interface PhaseObservation {
  phase: Phase
  /** custom: the one purpose granted. */
  purpose?: string
  /** The audited page's final URL (withdraw: before opening the next page). */
  url: string
  /** withdraw: the page of the site opened after reloading, when the page links one. */
  next?: string
  /** Requests, in order; `after` = made after the decision (reject: including the reload that follows; withdraw: after the reload). */
  requests: Array<{ url: string; after: boolean }>
  /** Cookies at the end of the phase (browser jar plus `document.cookie`). */
  cookies: Array<{ name: string; domain: string }>
  /** Web Storage keys and IndexedDB database names at the end of the phase, of the page's origin and
   * of each of its frames' (third-party frames included), each with the origin it belongs to. */
  storage: StorageKey[]
  dataLayer: DataLayerEntry[]
  inspection: Inspection
  /** Why the decision could not be made (no such button / API), when it could not. */
  problem?: string
  /** The refusable purposes as the consent manager recorded them after the decision, when it can be read. */
  consent?: Record<string, boolean>
  /** revision: whether the banner asked again once the stored decision was of an older revision. */
  askedAgain?: boolean
  /** JPEG of the viewport as a data URL (first visit only: the banner as visitors see it). */
  screenshot?: string
  /** The picture of the phase's findings: runPhase takes a PNG of the viewport as the phase ends (a
   * data URL) only when the phase yields a finding (PhaseOptions.evidence); first's is its
   * `screenshot`. audit() names it (a key of the report's `screenshots`) and leaves it out of `phases`. */
  evidence?: string
  /** JPEG of the viewport once the manager's settings dialog (second layer) is open (first visit, where the manager has a documented way to open it). */
  dialogScreenshot?: string
  /** Why the phase does not apply to this consent manager (revision: it has no policy revision to make older). */
  notApplicable?: string
  /** accept: the external-transmission notice as rendered, on the page or where its notice link leads
   * (its text is compared with the services seen, then left out of the report). */
  notice?: { url: string; text?: string; unreadable?: string }
}

export interface PhaseOptions {
  /** Budget per wait (a load, or the settling of what a step caused), ms. */
  timeout: number
  /** Called with every new context before the page opens (tests route tracker hosts to stand-ins). */
  prepareContext?: (context: BrowserContext) => Promise<void>
  /** Whether the phase's observation yields a finding: then its page, as the phase left it, is
   * pictured (`evidence`). One screenshot per phase with findings, none for a clean one. */
  evidence?: (observation: PhaseObservation) => boolean
}

/**
 * The requests of one context: how many started, how many are in flight, and main-frame navigations,
 * so the end of a wait can be tied to what the page did rather than to a quiet window on the clock.
 */
interface Traffic {
  started: number
  inFlight: number
  navigations: number
  /** Resolves once no request is in flight (or at `deadline`, ms since the epoch). */
  idle(deadline: number): Promise<void>
}

function watchTraffic(page: Page): Traffic {
  let wake = () => {}
  const traffic: Traffic = {
    started: 0,
    inFlight: 0,
    navigations: 0,
    idle: (deadline) =>
      new Promise<void>((resolve) => {
        const limit = setTimeout(resolve, Math.max(0, deadline - Date.now()))
        const check = () => {
          if (traffic.inFlight > 0) return
          clearTimeout(limit)
          resolve()
        }
        wake = check
        check()
      }),
  }
  const context = page.context()
  context.on('request', () => {
    traffic.started++
    traffic.inFlight++
  })
  const end = () => {
    traffic.inFlight = Math.max(0, traffic.inFlight - 1)
    wake()
  }
  context.on('requestfinished', end)
  context.on('requestfailed', end)
  page.on('framenavigated', (frame) => void (frame === page.mainFrame() && traffic.navigations++))
  return traffic
}

/**
 * One turn of the page's event loop after everything already queued: a frame, then a timer (every
 * timer a tag set for up to 100 ms before it fires first, as timers run in due order however slow
 * the CPU), then an idle period (no task left). The frame matters: Sekisho releases held tags after
 * the next paint (its afterPaint, with a 250 ms timer where no frame comes), so the turn's own
 * fallback timer (200 + 100 ms) outlasts that one.
 */
const PAGE_TURN = `new Promise((resolve) => {
  let framed = false
  const next = () => {
    if (framed) return
    framed = true
    setTimeout(() => (window.requestIdleCallback || setTimeout)(() => resolve(true), { timeout: 2000 }), 100)
  }
  requestAnimationFrame(next)
  setTimeout(next, 200)
})`

/** Resolves once the page's running animations and transitions (a dialog fading in) have finished;
 * an endless one (a spinner) never does, hence the 2 s bound. */
const ANIMATIONS_DONE = `Promise.race([
  Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))),
  new Promise((resolve) => setTimeout(resolve, 2000)),
]).then(() => true)`

/**
 * Waits until what the last step caused has happened: no request in flight, the current document
 * loaded (a decision may reload the page), and a turn of the page's event loop that started no
 * request and no navigation, twice in a row (a request the page made just before a turn can reach
 * Playwright after it). Each turn is tied to the page's own work, so a loaded CPU makes it later,
 * never shorter than the chain of loads a released tag starts. `timeout` bounds the whole wait.
 */
async function settle(page: Page, traffic: Traffic, timeout: number) {
  const deadline = Date.now() + timeout
  for (let calm = 0; calm < 2 && Date.now() < deadline; ) {
    const before = traffic.started + traffic.navigations
    await traffic.idle(deadline)
    await page.waitForLoadState('load', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => {})
    // A navigation under way destroys the page's context: that turn does not count.
    const turned = await page.evaluate(PAGE_TURN).then(
      () => true,
      () => false,
    )
    calm = turned && traffic.inFlight === 0 && traffic.started + traffic.navigations === before ? calm + 1 : 0
  }
}

async function load(page: Page, url: string, traffic: Traffic, options: PhaseOptions, reload = false) {
  if (reload) await page.reload({ waitUntil: 'load', timeout: options.timeout })
  else await page.goto(url, { waitUntil: 'load', timeout: options.timeout })
  await settle(page, traffic, options.timeout)
}

async function decide(
  page: Page,
  traffic: Traffic,
  inspection: Inspection,
  decision: Decision,
  options: PhaseOptions,
  purpose?: string,
) {
  const driver = DRIVERS[inspection.cmp]?.[decision]
  const script =
    typeof driver === 'function' ? driver(purpose ?? '', inspection.purposes ?? []) : (driver as string | undefined)
  if (!script)
    return inspection.cmp === 'none'
      ? 'no consent banner found (no known consent manager, no accept/reject button in ja or en)'
      : `cannot ${decision} with ${inspection.cmp}: no documented API or button for it`
  const done = await page.evaluate(script).catch((error: Error) => `failed: ${error.message.split('\n')[0]}`)
  await settle(page, traffic, options.timeout)
  if (done !== true) return `cannot ${decision} with ${inspection.cmp}: ${done === false ? 'button not found' : done}`
  return undefined
}

/** The consent manager's own record ({ purpose: granted }), when it has a readable one. */
const readConsent = (page: Page, cmp: Inspection['cmp']) =>
  CONSENT_STATE[cmp]
    ? (page.evaluate(CONSENT_STATE[cmp]).catch(() => undefined) as Promise<Record<string, boolean> | undefined>)
    : Promise.resolve(undefined)

/** The consent manager's own record after a decision; a problem when it contradicts the decision made. */
async function recorded(page: Page, inspection: Inspection, decision: Decision, purpose?: string) {
  if (!CONSENT_STATE[inspection.cmp]) return {}
  const consent = await readConsent(page, inspection.cmp)
  if (!consent) return { problem: `cannot read ${inspection.cmp}'s consent state after ${decision}` }
  const expected = (k: string) => (decision === 'custom' ? k === purpose : decision === 'accept')
  const wrong = Object.keys(consent).filter((k) => consent[k] !== expected(k))
  if (!wrong.length) return { consent }
  const list = (granted: boolean) => wrong.filter((k) => consent[k] === granted)
  const said = [
    list(true).length ? `${list(true).join(', ')} as granted` : '',
    list(false).length ? `${list(false).join(', ')} as refused` : '',
  ].filter(Boolean)
  return {
    consent,
    problem: `after ${decision}${purpose ? ` ${purpose}` : ''} ${inspection.cmp} records ${said.join(' and ')}`,
  }
}

/** One visit to run: a phase, and for `custom` the one purpose granted. */
export interface PhasePlan {
  phase: Phase
  purpose?: string
  /** custom: every refusable purpose the first visit read (the others are refused). */
  purposes?: string[]
}

/** The decision each phase makes (first: none). */
const DECISION: Record<Exclude<Phase, 'first'>, Decision> = {
  reject: 'reject',
  accept: 'accept',
  withdraw: 'accept',
  custom: 'custom',
  revision: 'accept',
  gpc: 'accept',
}

export async function runPhase(
  browser: Browser,
  url: string,
  plan: PhasePlan,
  options: PhaseOptions,
): Promise<PhaseObservation> {
  const { phase, purpose } = plan
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1000, height: 700 },
    // Global Privacy Control as a browser that has it on sends it: the header and the DOM property.
    ...(phase === 'gpc' ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
  })
  try {
    await options.prepareContext?.(context)
    await context.addInitScript(RECORD_DATALAYER)
    if (phase === 'gpc') await context.addInitScript(GPC_SIGNAL)
    const requests: PhaseObservation['requests'] = []
    let after = false
    let recording = true
    let decidedAt: number | undefined
    // On `request`, not `response`: an attempted request is a leak whether or not it succeeds.
    context.on('request', (request) => void (recording && requests.push({ url: request.url(), after })))
    const page = await context.newPage()
    const traffic = watchTraffic(page)
    await load(page, url, traffic, options)
    let inspection = { ...((await page.evaluate(INSPECT)) as Inspection), purposes: plan.purposes }
    const observation: Partial<PhaseObservation> = purpose === undefined ? {} : { purpose }
    const inspectAgain = async () => ({
      ...((await page.evaluate(INSPECT)) as Inspection),
      cmp: inspection.cmp,
      purposes: inspection.purposes,
    })
    // A manager without a policy revision has nothing to make older: the phase does not apply.
    const revision = phase === 'revision' ? await findRevision(page, inspection.cmp) : undefined
    if (phase === 'first') {
      observation.screenshot = await screenshot(page)
      const state = await readConsent(page, inspection.cmp)
      if (state) inspection.purposes = Object.keys(state)
      // Last, as opening it may load the manager's dialog code: the second layer, as visitors see it.
      const open = OPEN_SETTINGS[inspection.cmp]
      if (open && (await page.evaluate(open).catch(() => false)) === true) {
        await settle(page, traffic, options.timeout)
        await page.evaluate(ANIMATIONS_DONE).catch(() => {})
        observation.dialogScreenshot = await screenshot(page)
      }
    } else if (revision && 'notApplicable' in revision) observation.notApplicable = revision.notApplicable
    else {
      after = phase !== 'withdraw' && phase !== 'revision'
      const decision = DECISION[phase]
      // Where the decision falls in the page's dataLayer log (Consent Mode's update must follow it).
      const pushedBefore = (await page.evaluate(
        'window.__sekishoAudit ? window.__sekishoAudit.dataLayer.length : 0',
      )) as number
      if (phase === 'accept' || phase === 'gpc') decidedAt = pushedBefore
      observation.problem =
        phase === 'custom' && purpose === undefined
          ? `cannot grant one purpose alone with ${inspection.cmp}: its purposes cannot be read`
          : await decide(page, traffic, inspection, decision, options, purpose)
      // Under GPC a manager may rightly keep sale/share purposes off: the record is kept, not judged.
      if (!observation.problem && phase === 'gpc') observation.consent = await readConsent(page, inspection.cmp)
      else if (!observation.problem) Object.assign(observation, await recorded(page, inspection, decision, purpose))
      // The choice must hold on the next page view too: a tag pasted unheld fires before any
      // decision (the first visit reports that) and again on every later view, which only a reload shows.
      if ((phase === 'reject' || phase === 'custom') && !observation.problem)
        await load(page, url, traffic, options, true)
      if (phase === 'withdraw' && !observation.problem) {
        inspection = await inspectAgain()
        observation.problem = await decide(page, traffic, inspection, 'withdraw', options)
        if (!observation.problem) Object.assign(observation, await recorded(page, inspection, 'withdraw'))
        after = true
        if (!observation.problem) {
          await load(page, url, traffic, options, true)
          // And on the next page: a withdrawal that only the current page honours is no withdrawal.
          observation.url = page.url()
          const next = (await inspectAgain()).links.map((l) => sameSiteLink(l, url)).find((l) => l && l !== url)
          if (next) await load(page, next, traffic, options)
          observation.next = next
        }
      }
      if (revision && !observation.problem) {
        observation.problem = await storeOldRevision(page, inspection.cmp, revision)
        after = true
        if (!observation.problem) {
          await load(page, url, traffic, options, true)
          const again = await inspectAgain()
          observation.askedAgain = !!(again.accept || again.reject)
        }
      }
    }
    const documentCookies = (await page.evaluate(
      "document.cookie ? document.cookie.split(/;\\s*/).map((c) => c.split('=')[0]) : []",
    )) as string[]
    const cookies = (await context.cookies()).map((c) => ({ name: c.name, domain: c.domain }))
    const host = new URL(page.url()).hostname
    for (const name of documentCookies) if (!cookies.some((c) => c.name === name)) cookies.push({ name, domain: host })
    const storage = await readStorage(page, options.timeout)
    const dataLayer = (
      (await page.evaluate('window.__sekishoAudit ? window.__sekishoAudit.dataLayer : []')) as DataLayerEntry[]
    ).map((entry, i) => (decidedAt === undefined ? entry : { ...entry, afterDecision: i >= decidedAt }))
    const finalUrl = page.url()
    // Last, as it may open another page: what the notice says, to compare with the services seen.
    if (phase === 'accept' && !observation.problem) {
      recording = false
      observation.notice = await readNotice(page, options)
    }
    const observed: PhaseObservation = {
      phase,
      url: finalUrl,
      requests,
      cookies,
      storage,
      dataLayer,
      inspection,
      ...observation,
    }
    // The page as the phase left it (withdraw: the next page; accept: the page, not its notice's).
    if (phase !== 'first' && options.evidence?.(observed))
      observed.evidence = `data:image/png;base64,${(await page.screenshot({ type: 'png' })).toString('base64')}`
    return observed
  } finally {
    await context.close()
  }
}

/**
 * The storage of the page and of every frame in it, each read in the frame's own realm (a third-party
 * frame's storage is its origin's, which only that origin's realm may open); frames of one origin
 * share theirs, so each origin's keys are listed once.
 */
async function readStorage(page: Page, timeout: number): Promise<StorageKey[]> {
  // A frame stuck loading never gives its realm: it counts as empty once the budget is spent.
  let stop = () => {}
  const spent = new Promise<StorageKey[]>((resolve) => {
    const timer = setTimeout(() => resolve([]), timeout)
    stop = () => clearTimeout(timer)
  })
  const read = await Promise.all(
    page
      .frames()
      .map((frame) => Promise.race([(frame.evaluate(READ_STORAGE) as Promise<StorageKey[]>).catch(() => []), spent])),
  ).finally(stop)
  const seen = new Set<string>()
  return read.flat().filter((k) => {
    const id = `${k.origin} ${k.area} ${k.name}`
    return !seen.has(id) && !!seen.add(id)
  })
}

/** The notice's text on the page, or on the page its notice link leads to (opened in the same context). */
async function readNotice(page: Page, options: PhaseOptions): Promise<PhaseObservation['notice']> {
  const here = (await page.evaluate(noticeText(false))) as { text?: string; href?: string }
  if (here.text !== undefined) return { url: page.url(), text: here.text }
  if (!here.href) return undefined
  const target = await page.context().newPage()
  try {
    const traffic = watchTraffic(target)
    const response = await target.goto(here.href, { waitUntil: 'load', timeout: options.timeout })
    // A link that leads nowhere has no entries to compare: reported as such, not as every entry missing.
    if (response && !response.ok()) return { url: here.href, unreadable: `HTTP ${response.status()}` }
    await settle(target, traffic, options.timeout)
    const there = (await target.evaluate(noticeText(true))) as { text?: string }
    return { url: here.href, text: there.text ?? '' }
  } catch (error) {
    return { url: here.href, unreadable: (error as Error).message.split('\n')[0] }
  } finally {
    await target.close()
  }
}

/** Where the manager keeps its policy revision, or why it has none (the phase does not apply). */
async function findRevision(page: Page, cmp: Inspection['cmp']): Promise<StoredRevision | { notApplicable: string }> {
  const store = STALE_REVISION[cmp]
  if (!store) return { notApplicable: NO_REVISION[cmp] ?? `${cmp} has no documented policy revision` }
  return (await page.evaluate(store.locate)) as StoredRevision | { notApplicable: string }
}

interface StoredRevision {
  /** The cookie holding the decision. */
  name: string
  revision: unknown
}

/** Rewrites the stored decision to an older policy revision (as if the policy changed since); a problem when it cannot. */
async function storeOldRevision(page: Page, cmp: Inspection['cmp'], found: StoredRevision) {
  const context = page.context()
  const cookie = (await context.cookies()).find((c) => c.name === found.name)
  const value = cookie && STALE_REVISION[cmp]!.rewrite(cookie.value, found.revision)
  if (!cookie || !value)
    return `cannot store an old revision with ${cmp}: no readable ${found.name} cookie after accepting`
  await context.addCookies([{ ...cookie, value }])
  return undefined
}

/**
 * Why a manager's stored decision cannot be made "older": the audit does not invent a revision the
 * manager lacks. (Klaro and Orejime ask again only when the config names a service or purpose the
 * stored record lacks: a changed purpose list, not a changed policy.)
 */
const NO_REVISION: Partial<Record<Inspection['cmp'], string>> = {
  klaro: 'Klaro has no policy revision (its config `version` is the config format; its docs list no revision option)',
  orejime: 'Orejime 3 has no policy revision (its README lists none; only a new purpose brings the banner back)',
  c15t: "c15t's consent record has no site-set policy revision",
  cookiebot: "Cookiebot's documented page API (window.Cookiebot) has no policy revision to make older",
  onetrust: "OneTrust's documented page API (window.OneTrust) has no policy revision to make older",
  generic: 'a consent banner the audit does not know has no policy revision it can read',
  none: 'no consent banner was found',
}

/** Where each manager keeps its policy revision, and how to make its stored record older. */
const STALE_REVISION: Partial<
  Record<Inspection['cmp'], { locate: string; rewrite: (value: string, revision: unknown) => string | undefined }>
> = {
  // Sekisho's cookie (format in @sekisho/core's README): any other revision string is an old one.
  sekisho: {
    locate:
      "window.sekisho.config ? { name: window.sekisho.config.cookie.name, revision: window.sekisho.config.revision } : { notApplicable: 'Sekisho runs without a usable config' }",
    rewrite: (value) => {
      const decision = decodeDecision(value)
      if (!decision) return undefined
      decision.revision = decision.revision === '0' ? '1' : '0'
      return encodeDecision(decision)
    },
  },
  // vanilla-cookieconsent v3 compares its cookie's `revision` with the config's only when the site sets one.
  'vanilla-cookieconsent': {
    locate: `(() => {
      const revision = window.CookieConsent.getConfig('revision')
      if (typeof revision !== 'number' || revision === 0)
        return { notApplicable: 'the site sets no \`revision\` (cookieconsent then never asks again after a policy change)' }
      return { name: (window.CookieConsent.getConfig('cookie') || {}).name || 'cc_cookie', revision }
    })()`,
    rewrite: (value, revision) => {
      try {
        const record = JSON.parse(decodeURIComponent(value))
        record.revision = (revision as number) - 1
        return encodeURIComponent(JSON.stringify(record))
      } catch {
        return undefined
      }
    },
  },
}

async function screenshot(page: Page): Promise<string> {
  const jpeg = await page.screenshot({ type: 'jpeg', quality: 55 })
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`
}
