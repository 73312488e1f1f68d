// Turns what the phases observed into findings, each with the rule it breaks, the page, the phase,
// the evidence and the fix. Services are recognised as `sekisho scan` does: the config's
// definitions, then the catalog, matched by host (@sekisho/gate) and by cookie name.
import { catalog } from '@sekisho/catalog'
import { type ServiceDefinition, validateConfig } from '@sekisho/core'
import { matchService, namePattern } from '@sekisho/gate'
import type { Phase, PhaseObservation } from './phases.ts'

export const SEVERITIES = ['info', 'warning', 'error'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface Finding {
  rule: string
  severity: Severity
  /** The page URL and phase the evidence came from (`site` for findings about the whole crawl). */
  page: string
  phase: Phase | 'site'
  /** What breaks the rule, in words. */
  reason: string
  /** Request URLs, cookies (`name (domain)`), dataLayer entries or button texts. */
  evidence: string[]
  fix: string
  /** Stable identity for `--baseline`: rule, page path, phase and subject (service id, cookie), no query strings. */
  key: string
  /** The picture of the page as the finding's phase left it: a name in the report's `screenshots`
   * (`sekisho audit` writes them as files, and its JSON and JUnit give each file's path instead). */
  screenshot?: string
  /** Accepted by the baseline: reported, not failing. */
  baseline?: boolean
}

/** The legal or technical source each rule stands on. */
export const RULES: Record<string, { source: string; severity: Severity }> = {
  'consent-before-storage': { source: 'ePrivacy Art. 5(3), GDPR Art. 6(1)(a) and 7', severity: 'error' },
  'reject-not-honoured': { source: 'ePrivacy Art. 5(3), GDPR Art. 7', severity: 'error' },
  'withdraw-not-honoured': { source: 'GDPR Art. 7(3): withdrawal as easy as consent', severity: 'error' },
  'custom-not-honoured': { source: 'GDPR Art. 6(1)(a), 7: consent is specific to each purpose', severity: 'error' },
  'revision-not-asked': {
    source: 'GDPR Art. 7(1), 13(3): consent covers the purposes the visitor was told of',
    severity: 'error',
  },
  'gpc-not-honoured': {
    source: 'Global Privacy Control: binding opt-out in California (CCPA Regs §7025) and other US states',
    severity: 'warning',
  },
  'reject-not-on-first-layer': {
    source: 'EDPB Guidelines 05/2020 and cookie banner taskforce report (2023)',
    severity: 'error',
  },
  'pre-ticked-box': { source: 'EDPB Guidelines 05/2020 §79 (Planet49, CJEU C-673/17)', severity: 'error' },
  'consent-mode-order': { source: 'Google Consent Mode: default before any tag reads consent', severity: 'error' },
  'consent-mode-missing-default': {
    source: 'Google Consent Mode v2 (EEA: required since March 2024)',
    severity: 'warning',
  },
  'consent-mode-granted-refused': { source: 'GDPR Art. 7; Google Consent Mode', severity: 'error' },
  'consent-mode-no-update': {
    source: "Google Consent Mode: an update after the visitor's choice (else tags keep the denied default)",
    severity: 'warning',
  },
  'undeclared-third-party': { source: '電気通信事業法 Art. 27-12; APPI Art. 27-28', severity: 'warning' },
  'notice-missing': { source: '電気通信事業法 Art. 27-12 (外部送信規律); APPI Art. 21', severity: 'warning' },
  'notice-entry-missing': {
    source: '電気通信事業法 Art. 27-12 (外部送信規律): the notice names every recipient; APPI Art. 27-28',
    severity: 'error',
  },
  'service-not-declared': {
    source: '電気通信事業法 Art. 27-12: the notice must list every recipient',
    severity: 'error',
  },
  'service-not-seen': { source: 'config hygiene: a declared service that never runs', severity: 'info' },
  'cmp-not-driven': { source: 'audit coverage: the phase could not be run', severity: 'warning' },
}

interface Known {
  services: ServiceDefinition[]
  declared: Set<string>
  required: Set<string>
  /** Purposes Global Privacy Control opts out of (sale or sharing). */
  saleOrShare: Set<string>
  /** Why Global Privacy Control binds nobody here (a jurisdiction outside the US whose config does not
   * honour it anyway); unset when it is judged, as for a visitor in California. */
  gpcNotBinding?: string
  hasConfig: boolean
  errors: string[]
}

/**
 * The services to recognise and those declared, from the config text (the file's, or the page's).
 * `jurisdiction` (the audit's `--jurisdiction`) overrides the one the config declares.
 */
export function loadConfig(configText: string | undefined, jurisdiction?: string): Known {
  const known: Known = {
    services: [],
    declared: new Set(),
    required: new Set(),
    saleOrShare: new Set(SALE_OR_SHARE),
    hasConfig: false,
    errors: [],
  }
  let declaredDefs: ServiceDefinition[] = []
  if (configText !== undefined) {
    known.hasConfig = true
    try {
      const result = validateConfig(JSON.parse(configText.replace(/^\uFEFF/, '')), catalog)
      if (result.ok) {
        declaredDefs = result.config.services
        known.required = new Set(result.config.purposes.filter((p) => p.required).map((p) => p.id))
        known.saleOrShare = new Set(
          result.config.purposes
            .filter((p) => !p.required && (p.saleOrShare ?? SALE_OR_SHARE.includes(p.id)))
            .map((p) => p.id),
        )
        // GPC is a binding opt-out in US states only; a site that honours it everywhere is held to that.
        const where = jurisdiction ?? result.config.jurisdiction
        if (!/^US/.test(where) && result.config.gpc !== 'always')
          known.gpcNotBinding = gpcNotBinding(where, jurisdiction === undefined)
      } else known.errors.push(...result.errors.map((e) => `${e.path}: ${e.message}`))
    } catch (error) {
      known.errors.push(`(config): not valid JSON: ${(error as Error).message}`)
    }
  }
  if (!known.gpcNotBinding && jurisdiction !== undefined && !/^US/.test(jurisdiction) && !known.hasConfig)
    known.gpcNotBinding = gpcNotBinding(jurisdiction, false)
  known.declared = new Set(declaredDefs.map((s) => s.id))
  known.services = [...declaredDefs, ...Object.values(catalog).filter((s) => !known.declared.has(s.id))]
  return known
}

const gpcNotBinding = (where: string, declared: boolean) =>
  `Global Privacy Control is not a binding opt-out under ${where}${declared ? ", the jurisdiction the site's config declares" : ''}; audit with --jurisdiction US-CA to judge it as for a visitor in California`

/** Purposes that are a sale or sharing unless the config says otherwise (as @sekisho/core decides). */
const SALE_OR_SHARE = ['advertising', 'affiliate']
/**
 * Other managers' categories in catalog purposes, so a service can be judged against the one category
 * granted: Cookiebot's (statistics, marketing, preferences), OneTrust's default groups, c15t's.
 */
const CATEGORY_PURPOSES: Record<string, string[]> = {
  statistics: ['analytics'],
  marketing: ['advertising', 'affiliate'],
  preferences: ['functional', 'personalization'],
  C0002: ['analytics'],
  C0003: ['functional', 'personalization'],
  C0004: ['advertising', 'affiliate'],
  C0005: ['advertising'],
  measurement: ['analytics'],
  functionality: ['functional'],
  experience: ['personalization'],
}
const GOOGLE_TAG =
  /^https?:\/\/([\w-]+\.)*(googletagmanager|google-analytics|doubleclick|googleadservices|googlesyndication)\.(com|net)\//
const STORAGE_KEYS = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization']
const site = (host: string) => (/^[\d.]+$|^\[/.test(host) ? host : host.split('.').slice(-2).join('.'))
/** Whether a service's host pattern (host, then an optional path and query) names `host` or a parent of it. */
const namesHost = (pattern: string, host: string) => {
  const named = pattern.split(/[/?]/)[0]!
  return named !== '*' && (host === named || host.endsWith(`.${named}`))
}
const path = (url: string) => {
  const u = new URL(url)
  return u.pathname + u.search
}

const FIX: Record<string, string> = {
  'consent-before-storage':
    'hold the tag until consent: Sekisho markup `<script type="text/plain" data-sekisho="<purpose>">`, or the CMP\'s blocking attribute',
  'reject-not-honoured':
    'after "reject all" load none of these tags and set none of their cookies; delete cookies set earlier',
  'withdraw-not-honoured':
    'on withdrawal stop the tags and delete their cookies (Sekisho does both; other CMPs: their autoClear/cookie lists)',
  'reject-not-on-first-layer':
    'put a "すべて拒否 / Reject all" button beside "accept" on the first layer, of equal weight',
  'pre-ticked-box': 'leave every non-required purpose unticked until the visitor ticks it',
  'consent-mode-order':
    "push gtag('consent', 'default', {...denied}) in <head> before gtag.js loads and before any config/event command",
  'consent-mode-missing-default':
    "push gtag('consent', 'default', {...denied}) before Google tags (Sekisho does it for you)",
  'consent-mode-no-update':
    "push gtag('consent', 'update', {...granted}) when the visitor accepts (Sekisho does it for you)",
  'consent-mode-granted-refused': 'after a refusal send only `denied` for the refused storage types',
  'undeclared-third-party': 'add a service for this host to the config (with `hosts`), or stop sending to it',
  'notice-missing':
    'link the external-transmission notice (外部送信に関する公表事項) from every page, e.g. `sekisho notice` output',
  'notice-entry-missing':
    'add the service to `services` in site.json and republish the notice (`sekisho notice`, or the `data-sekisho-notice` embed), or stop sending to it',
  'service-not-declared': 'add the catalog id to `services` in site.json (or a custom definition with `hosts`)',
  'service-not-seen':
    'remove it from `services` if the site no longer uses it (the notice would list a recipient that gets nothing)',
  'cmp-not-driven': 'check the banner by hand; the audit does not guess which button rejects',
  'custom-not-honoured':
    'hold each tag for its own purpose only (Sekisho: `data-sekisho="<purpose>"` and the service\'s `purposes` in site.json)',
  'revision-not-asked':
    'when the policy changes, change `revision` (Sekisho, vanilla-cookieconsent) so stored decisions are asked again, and hold the tags until then',
  'gpc-not-honoured':
    'keep sale/share purposes off when navigator.globalPrivacyControl is true (Sekisho: `"gpc": "always"`, or `saleOrShare` on the purpose)',
}

function make(
  rule: string,
  page: string,
  phase: Finding['phase'],
  subject: string,
  reason: string,
  evidence: string[],
): Finding {
  const def = RULES[rule]!
  const where = phase === 'site' ? 'site' : path(page)
  return {
    rule,
    severity: def.severity,
    page,
    phase,
    reason: `${reason} (${def.source})`,
    evidence,
    fix: FIX[rule]!,
    key: `${rule}|${where}|${phase}|${subject}`,
  }
}

/** Per-service evidence of one phase: requests, cookies, unknown third-party hosts. */
function classify(observation: PhaseObservation, known: Known, onlyAfter: boolean, withCookies: boolean) {
  const byService = new Map<string, { service: ServiceDefinition; evidence: string[] }>()
  const unknownHosts = new Map<string, string>()
  const add = (service: ServiceDefinition, what: string) => {
    const entry = byService.get(service.id) ?? { service, evidence: [] }
    if (!entry.evidence.includes(what)) entry.evidence.push(what)
    byService.set(service.id, entry)
  }
  const pageSite = site(new URL(observation.url).hostname)
  for (const request of observation.requests) {
    if (onlyAfter && !request.after) continue
    if (!/^https?:/.test(request.url)) continue
    const service = matchService(request.url, known.services, observation.url)
    if (service) add(service, request.url)
    else if (site(new URL(request.url).hostname) !== pageSite)
      unknownHosts.set(new URL(request.url).hostname, request.url)
  }
  const tests = known.services.map((s) => namePattern(s.cookies))
  for (const cookie of withCookies ? observation.cookies : []) {
    const service = known.services.find((_, i) => tests[i]?.test(cookie.name))
    if (service) add(service, `cookie ${cookie.name} (${cookie.domain})`)
  }
  const storageTests = known.services.map((s) => namePattern(s.storage))
  // Storage of another site's frame: that site's service if one declares its host, else a frame of its own.
  const unknownFrames = new Map<string, string[]>()
  for (const key of withCookies ? (observation.storage ?? []) : []) {
    const frame = key.origin && /^https?:/.test(key.origin) ? new URL(key.origin) : undefined
    const thirdParty = !!frame && site(frame.hostname) !== pageSite
    const what = `${key.area} ${key.name}${thirdParty ? ` (${key.origin})` : ''}`
    const service =
      known.services.find((_, i) => storageTests[i]?.test(key.name)) ??
      (thirdParty
        ? // A path-bound pattern (www.youtube.com/embed/) names its host's frames too.
          (matchService(`${key.origin}/`, known.services, observation.url) ??
          known.services.find((s) => s.hosts.some((h) => namesHost(h, frame.hostname))))
        : undefined)
    if (service) add(service, what)
    else if (thirdParty) unknownFrames.set(key.origin, [...(unknownFrames.get(key.origin) ?? []), what])
  }
  return { byService, unknownHosts, unknownFrames }
}

const LEAK_RULE: Partial<Record<Phase, [string, string]>> = {
  first: ['consent-before-storage', 'before any decision'],
  reject: ['reject-not-honoured', 'after "reject all" and reloading'],
  withdraw: ['withdraw-not-honoured', 'after withdrawing consent, reloading and opening another page'],
  revision: ['revision-not-asked', 'under a decision stored for an older policy revision'],
}

/** Whether a service may run when only `granted` (a purpose, category or service id) is: undefined when it cannot be told. */
function allowedUnder(service: ServiceDefinition, granted: string, keys: string[], known: Known) {
  const purposes = (key: string) => CATEGORY_PURPOSES[key] ?? [key]
  if (service.id === granted) return true
  if (keys.includes(service.id)) return false
  const covered = (p: string) => known.required.has(p) || keys.some((k) => purposes(k).includes(p))
  if (!service.purposes.length || !service.purposes.every(covered)) return undefined
  return service.purposes.every((p) => known.required.has(p) || purposes(granted).includes(p))
}

/** The findings of one page's phases. */
export function pageFindings(phases: PhaseObservation[], known: Known): { findings: Finding[]; seen: Set<string> } {
  const seen = new Set<string>()
  const findings = phases.flatMap((observation) => {
    const found = phaseFindings(observation, phases[0], known, seen)
    // Every finding of the phase points to its picture.
    return observation.evidence ? found.map((f) => ({ ...f, screenshot: observation.evidence })) : found
  })
  return { findings, seen }
}

/**
 * The findings of one phase (`first`: the page's first visit, whose purposes `custom` is judged
 * against); the services seen are added to `seen`.
 */
export function phaseFindings(
  observation: PhaseObservation,
  first: PhaseObservation | undefined,
  known: Known,
  seen = new Set<string>(),
): Finding[] {
  const findings: Finding[] = []
  const { phase, url, inspection } = observation
  const leak = LEAK_RULE[phase]
  if (observation.problem) {
    findings.push(make('cmp-not-driven', url, phase, inspection.cmp, observation.problem, []))
    return findings
  }
  // No decision was made (the report gives the reason): the visit repeats the first one.
  if (observation.notApplicable) return findings
  // revision: cookies set under the earlier, then valid, decision are no leak; new requests are.
  const { byService, unknownHosts, unknownFrames } = classify(
    observation,
    known,
    phase !== 'first' && phase !== 'accept',
    phase !== 'revision',
  )
  const keys = first?.inspection.purposes ?? Object.keys(observation.consent ?? {})
  // Before consent only services whose every purpose is required may run, and only if declared.
  const allowed = (s: ServiceDefinition) =>
    known.declared.has(s.id) && s.purposes.length > 0 && s.purposes.every((p) => known.required.has(p))
  for (const [id, { service, evidence }] of byService) {
    seen.add(id)
    if (leak && !allowed(service))
      findings.push(make(leak[0], url, phase, id, `${id} sent or stored data ${leak[1]}`, evidence.slice(0, 5)))
    const purpose = observation.purpose
    if (phase === 'custom' && purpose !== undefined && allowedUnder(service, purpose, keys, known) === false)
      findings.push(
        make(
          'custom-not-honoured',
          url,
          phase,
          `${purpose}/${id}`,
          `${id} (${service.purposes.join(', ')}) sent or stored data when only ${purpose} was granted`,
          evidence.slice(0, 5),
        ),
      )
    const optedOut = service.purposes.filter((p) => known.saleOrShare.has(p))
    if (phase === 'gpc' && !known.gpcNotBinding && optedOut.length && !allowed(service))
      findings.push(
        make(
          'gpc-not-honoured',
          url,
          phase,
          id,
          `${id} (${optedOut.join(', ')}: a sale or sharing) ran after "accept all" with Global Privacy Control on`,
          evidence.slice(0, 5),
        ),
      )
  }
  // A third-party frame no service declares may store nothing before consent either.
  if (leak)
    for (const [origin, evidence] of unknownFrames)
      findings.push(
        make(
          leak[0],
          url,
          phase,
          new URL(origin).host,
          `a frame from ${origin}, which no service declares, stored ${evidence.length} key(s) ${leak[1]}`,
          evidence.slice(0, 5),
        ),
      )
  if (phase === 'revision' && observation.askedAgain === false)
    findings.push(
      make(
        'revision-not-asked',
        url,
        phase,
        'banner',
        'the banner did not ask again once the stored decision was of an older policy revision',
        [`stored decision rewritten to an older revision; after reloading no accept or reject button was shown`],
      ),
    )
  for (const [host, example] of unknownHosts)
    findings.push(
      make('undeclared-third-party', url, phase, host, `request to ${host}, which no service declares`, [example]),
    )
  findings.push(...consentModeFindings(observation))
  if (phase === 'first') {
    if (inspection.accept && !inspection.reject)
      findings.push(
        make(
          'reject-not-on-first-layer',
          url,
          phase,
          inspection.cmp,
          `"${inspection.accept}" has no reject counterpart on the first layer`,
          [`accept button: ${inspection.accept}`],
        ),
      )
    if (inspection.preTicked.length)
      findings.push(
        make(
          'pre-ticked-box',
          url,
          phase,
          inspection.preTicked.join(','),
          'boxes ticked before the visitor chose',
          inspection.preTicked,
        ),
      )
  }
  // The notice, as rendered, must name each service seen sending data (by product name or id).
  const notice = observation.notice
  if (phase === 'accept' && notice?.text !== undefined) {
    const text = normalise(notice.text)
    for (const [id, { service, evidence }] of byService)
      if (!names(service).some((name) => text.includes(normalise(name))))
        findings.push(
          make(
            'notice-entry-missing',
            url,
            phase,
            id,
            `${id} (${names(service)[0]}) sent or stored data after "accept all" but the notice at ${notice.url} does not name it`,
            [...evidence.slice(0, 4), `notice: ${notice.url}`],
          ),
        )
  }
  if (phase === 'accept' && !inspection.notice && observation.requests.some((r) => isThirdParty(r.url, url)))
    findings.push(
      make(
        'notice-missing',
        url,
        phase,
        'notice',
        'the page sends to third parties but links no external-transmission notice',
        [],
      ),
    )
  return findings
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ')
/** The names a notice may list a service by: its product name in every language given, and its id. */
const names = (service: ServiceDefinition) => [
  ...(typeof service.name === 'string' ? [service.name] : Object.values(service.name)),
  service.id,
]

const isThirdParty = (request: string, page: string) =>
  /^https?:/.test(request) && site(new URL(request).hostname) !== site(new URL(page).hostname)

/** Consent Mode: default before any Google tag; nothing granted that the visitor refused. */
function consentModeFindings(observation: PhaseObservation): Finding[] {
  const { phase, url, dataLayer } = observation
  const out: Finding[] = []
  const commands = dataLayer.map((d) => ({ ...d, args: Array.isArray(d.entry) ? (d.entry as unknown[]) : [] }))
  const google = observation.requests.filter((r) => GOOGLE_TAG.test(r.url))
  const index = commands.findIndex((c) => c.args[0] === 'consent' && c.args[1] === 'default')
  if (index < 0) {
    if (google.length && phase === 'first')
      out.push(
        make(
          'consent-mode-missing-default',
          url,
          phase,
          'default',
          'Google tags load but no consent default was pushed',
          [google[0]!.url],
        ),
      )
  } else {
    const earlier = commands.slice(0, index).filter((c) => c.args[0] === 'config' || c.args[0] === 'event')
    const def = commands[index]!
    if (def.tagRan || earlier.length)
      out.push(
        make(
          'consent-mode-order',
          url,
          phase,
          'default',
          def.tagRan
            ? 'the consent default was pushed after a Google tag had already run'
            : 'config/event commands came before the consent default',
          [JSON.stringify(def.entry), ...earlier.map((c) => JSON.stringify(c.entry))].slice(0, 5),
        ),
      )
    const granted = (c: (typeof commands)[number]) => {
      const params = (c.args[2] ?? {}) as Record<string, unknown>
      return STORAGE_KEYS.filter((k) => params[k] === 'granted')
    }
    const defaultGranted = (def.args[2] as Record<string, unknown> | undefined)?.region ? [] : granted(def)
    if (defaultGranted.length)
      out.push(
        make(
          'consent-mode-granted-refused',
          url,
          phase,
          'default',
          `the default grants ${defaultGranted.join(', ')} before any decision`,
          [JSON.stringify(def.entry)],
        ),
      )
    // Accepted, the tags must be told: an update granting something after the decision.
    if (
      (phase === 'accept' ||
        (phase === 'gpc' && (!observation.consent || Object.values(observation.consent).some(Boolean)))) &&
      !commands.some((c) => c.afterDecision && c.args[0] === 'consent' && c.args[1] === 'update' && granted(c).length)
    )
      out.push(
        make(
          'consent-mode-no-update',
          url,
          phase,
          'update',
          'the visitor accepted but no consent update granting a storage type followed',
          [JSON.stringify(def.entry)],
        ),
      )
    if (phase === 'reject')
      for (const c of commands.filter((c) => c.args[0] === 'consent' && c.args[1] === 'update' && granted(c).length))
        out.push(
          make(
            'consent-mode-granted-refused',
            url,
            phase,
            'update',
            `after "reject all" an update grants ${granted(c).join(', ')}`,
            [JSON.stringify(c.entry)],
          ),
        )
  }
  return out
}

/** Findings about the whole crawl: services seen but not declared, declared but never seen. */
export function siteFindings(start: string, seenIds: Set<string>, known: Known): Finding[] {
  if (!known.hasConfig) return []
  const out: Finding[] = []
  for (const id of seenIds)
    if (!known.declared.has(id))
      out.push(
        make('service-not-declared', start, 'site', id, `${id} was seen but the config does not declare it`, [id]),
      )
  for (const id of known.declared)
    if (!seenIds.has(id))
      out.push(
        make('service-not-seen', start, 'site', id, `${id} is declared but never seen on any page or phase`, [id]),
      )
  return out
}

export const atOrAbove = (finding: Finding, threshold: Severity) =>
  SEVERITIES.indexOf(finding.severity) >= SEVERITIES.indexOf(threshold)
