// What `sekisho scan` concludes from one page load: the services a page uses, the ones its config
// leaves out, and what reached a tracker (or a tracker's cookie or storage key) before any consent.
import { catalog } from '@sekisho/catalog'
import { localize, validateConfig, type ServiceDefinition } from '@sekisho/core'
import { matchService, namePattern } from '@sekisho/gate'
import { markupHtml, type MarkupChange } from '@sekisho/server'

/** What the browser saw before any consent (see scan-page.ts). */
export interface PageObservation {
  /** The page's final URL. */
  url: string
  /** Every request the page attempted (all frames), in order; failed ones too. */
  requests: string[]
  cookies: Array<{ name: string; domain: string }>
  storage: Array<{ area: 'localStorage' | 'sessionStorage'; key: string }>
  /** URLs of held elements (`[data-sekisho]`: src, data-src, href, data-href) and their service ids. */
  held: Array<{ url?: string; target: string }>
  /** The config the page carries (baked `window.__sekishoConfig` or `#sekisho-config`), as text. */
  configText?: string
  /** Whether the network went quiet before the timeout. */
  idle: boolean
  /** The page's HTML as served (before any script ran). */
  html?: string
}

export type Evidence = 'request' | 'cookie' | 'storage' | 'markup'

export interface ScanReport {
  url: string
  config: { source: 'page' | 'file' | 'none'; revision?: string; errors: string[] }
  /** Services seen on the page, by catalog or config id. */
  services: Array<{ id: string; name: string; inConfig: boolean; seenAs: Evidence[] }>
  /** Ids of services seen but not declared in the config. */
  notInConfig: string[]
  /** Ids the config declares that left no trace before consent (tags made by scripts, or unused). */
  notSeen: string[]
  /** Requests, cookies and storage keys of services that were not allowed to run yet. */
  leaks: Array<{ kind: 'request' | 'cookie' | 'storage'; service: string; what: string }>
  /** Third-party hosts no catalog or config service declares: to look at, not counted as leaks. */
  unknownHosts: string[]
  /** Cookies and storage keys no service declares (the site's own, or a tracker the catalog lacks). */
  unknownNames: string[]
  /** Tags of declared services in the served HTML that are not marked up (the browser's preload
   * scanner fetches them before any script runs), each with its fix (`sekisho rewrite` applies them). */
  unmarked: MarkupChange[]
  idle: boolean
}

/** Ids (and any custom definitions) from a config too broken to validate, so the scan still reports. */
function salvage(input: unknown): { ids: string[]; custom: ServiceDefinition[] } {
  const list = (input as { services?: unknown })?.services
  const ids: string[] = []
  const custom: ServiceDefinition[] = []
  for (const entry of Array.isArray(list) ? list : []) {
    if (typeof entry === 'string') ids.push(entry)
    else if (entry && typeof (entry as ServiceDefinition).id === 'string') {
      ids.push((entry as ServiceDefinition).id)
      const service = entry as ServiceDefinition
      if (Array.isArray(service.hosts))
        custom.push({ ...service, purposes: Array.isArray(service.purposes) ? service.purposes : [] })
    }
  }
  return { ids, custom }
}

/**
 * @param configText the site config's JSON (from the page, or `--config`); absent when there is none.
 */
export function buildScanReport(
  seen: PageObservation,
  configText: string | undefined,
  source: 'page' | 'file',
): ScanReport {
  const config: ScanReport['config'] = { source: configText === undefined ? 'none' : source, errors: [] }
  let declared: ServiceDefinition[] = []
  let declaredIds = new Set<string>()
  let required = new Set<string>()
  if (configText !== undefined) {
    let input: unknown
    try {
      input = JSON.parse(configText.replace(/^\uFEFF/, ''))
    } catch (error) {
      config.errors.push(`(config): not valid JSON: ${(error as Error).message}`)
    }
    const result = input === undefined ? undefined : validateConfig(input, catalog)
    if (result?.ok) {
      config.revision = result.config.revision
      declared = result.config.services
      declaredIds = new Set(declared.map((s) => s.id))
      required = new Set(result.config.purposes.filter((p) => p.required).map((p) => p.id))
    } else if (result) {
      config.errors.push(...result.errors.map((e) => `${e.path}: ${e.message}`))
      const salvaged = salvage(input)
      declared = salvaged.custom
      declaredIds = new Set(salvaged.ids)
    }
  }
  // The config's definitions first (a site may narrow or widen a catalog entry), then the catalog.
  const services = [...declared, ...Object.values(catalog).filter((s) => !declared.some((d) => d.id === s.id))]
  const cookieTests = services.map((s) => namePattern(s.cookies))
  const storageTests = services.map((s) => namePattern(s.storage))
  // Before consent only services whose every purpose is required may run, and only if declared.
  const allowed = (s: ServiceDefinition) =>
    declaredIds.has(s.id) && s.purposes.length > 0 && s.purposes.every((p) => required.has(p))

  const found = new Map<string, { service: ServiceDefinition; seenAs: Set<Evidence> }>()
  const see = (service: ServiceDefinition, how: Evidence) => {
    const entry = found.get(service.id) ?? { service, seenAs: new Set<Evidence>() }
    entry.seenAs.add(how)
    found.set(service.id, entry)
  }
  const leaks: ScanReport['leaks'] = []
  const unknownHosts = new Set<string>()
  const unknownNames: string[] = []
  const pageHost = new URL(seen.url).hostname

  for (const url of new Set(seen.requests)) {
    const service = matchService(url, services, seen.url)
    if (service) {
      see(service, 'request')
      if (!allowed(service)) leaks.push({ kind: 'request', service: service.id, what: url })
    } else if (/^https?:/.test(url) && new URL(url).hostname !== pageHost) unknownHosts.add(new URL(url).hostname)
  }
  const byName = (name: string, tests: Array<RegExp | undefined>) => services.find((_, i) => tests[i]?.test(name))
  for (const cookie of seen.cookies) {
    const service = byName(cookie.name, cookieTests)
    if (!service) {
      unknownNames.push(`cookie ${cookie.name} (${cookie.domain})`)
      continue
    }
    see(service, 'cookie')
    if (!allowed(service))
      leaks.push({ kind: 'cookie', service: service.id, what: `${cookie.name} (${cookie.domain})` })
  }
  for (const item of seen.storage) {
    const service = byName(item.key, storageTests)
    if (!service) {
      unknownNames.push(`${item.area} ${item.key}`)
      continue
    }
    see(service, 'storage')
    if (!allowed(service)) leaks.push({ kind: 'storage', service: service.id, what: `${item.area} ${item.key}` })
  }
  // Held tags name their service (or a purpose) and keep their URL: the page uses them, consent pending.
  for (const tag of seen.held) {
    const service =
      services.find((s) => s.id === tag.target) ?? (tag.url ? matchService(tag.url, services, seen.url) : undefined)
    if (service) see(service, 'markup')
  }

  const list = [...found.values()].map(({ service, seenAs }) => ({
    id: service.id,
    name: localize(service.name, 'en'),
    inConfig: declaredIds.has(service.id),
    seenAs: [...seenAs],
  }))
  list.sort((a, b) => a.id.localeCompare(b.id))
  return {
    url: seen.url,
    config,
    services: list,
    notInConfig: list.filter((s) => !s.inConfig).map((s) => s.id),
    notSeen: [...declaredIds].filter((id) => !found.has(id)).sort(),
    leaks,
    unknownHosts: [...unknownHosts].sort(),
    unknownNames,
    unmarked: seen.html ? markupHtml(seen.html, { services: declared, base: seen.url }).changes : [],
    idle: seen.idle,
  }
}

/** Characters a terminal draws two columns wide (CJK, kana, hangul, full-width forms). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/g

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  return [...text].length + (text.match(WIDE)?.length ?? 0)
}

/** Rows as columns padded to their widest cell, indented by two spaces. */
export function alignColumns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]!))))
  return (
    rows
      .map(
        (r) =>
          '  ' +
          r
            .map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - displayWidth(cell))))
            .join('  '),
      )
      .join('\n') + '\n'
  )
}

/** The human-readable report: sections with aligned tables. */
export function formatScanReport(report: ScanReport): string {
  const { config } = report
  let text = `Scanned ${report.url}\n`
  text +=
    config.source === 'none'
      ? 'Config: none found on the page (pass --config site.json)\n'
      : `Config: from ${config.source === 'page' ? 'the page' : '--config'}${config.revision ? `, revision ${config.revision}` : ''}\n`
  for (const error of config.errors) text += `  config error: ${error}\n`
  if (!report.idle) text += 'Note: the network did not go idle before the timeout; later requests are not included\n'

  text += `\nServices found (${report.services.length})\n`
  if (report.services.length) {
    text += alignColumns([
      ['SERVICE', 'NAME', 'IN CONFIG', 'SEEN AS'],
      ...report.services.map((s) => [s.id, s.name, s.inConfig ? 'yes' : 'NO', s.seenAs.join(', ')]),
    ])
  }
  text += `\nNot in the config (${report.notInConfig.length})${report.notInConfig.length ? ': ' + report.notInConfig.join(', ') : ''}\n`
  if (report.notSeen.length)
    text += `Declared but not seen before consent (${report.notSeen.length}): ${report.notSeen.join(', ')}\n`
  text += `\nLeaked before consent (${report.leaks.length})\n`
  if (report.leaks.length)
    text += alignColumns([['KIND', 'SERVICE', 'WHAT'], ...report.leaks.map((l) => [l.kind, l.service, l.what])])
  else text += '  nothing: no tracker request, cookie or storage key before consent\n'
  if (report.unmarked.length) {
    text += `\nUnmarked tags in the served HTML, fetched before any script runs (${report.unmarked.length}): mark them up, or serve the page through @sekisho/server\n`
    for (const c of report.unmarked)
      text += `  line ${c.line}:${c.column} ${c.service}\n    - ${c.before}\n    + ${c.after}\n`
  }
  if (report.unknownHosts.length) {
    text += `\nThird-party hosts no known service declares (${report.unknownHosts.length})\n`
    text += report.unknownHosts.map((h) => `  ${h}\n`).join('')
  }
  if (report.unknownNames.length) {
    text += `\nCookies and storage keys no known service declares (${report.unknownNames.length})\n`
    text += report.unknownNames.map((n) => `  ${n}\n`).join('')
  }
  return text
}
