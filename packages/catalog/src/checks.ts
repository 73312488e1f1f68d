// Checks over the catalog's data, shared by its tests: sources for every fact, and no two
// services (nor a service and a site's own cookies) claiming the same host, cookie or key.
import type { ServiceDefinition } from '@sekisho/core'
import { APPI_FIELDS, FACT_FIELDS, type ServiceSources } from './sources.ts'

const has = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined)

/** Words saying a fact is not backed: in a source's note they mean the field is really unconfirmed. */
export const DOUBT = /unconfirmed|not confirmed|unverified|not verified|not found|assumed|understood to|未確認/i

/** What is wrong with the sources of `service`, one line per field; [] when every fact is accounted for. */
export function sourceProblems(service: ServiceDefinition, sources: ServiceSources): string[] {
  const problems: string[] = []
  for (const field of FACT_FIELDS) {
    const value = (service as unknown as Record<string, unknown>)[field]
    const s = sources[field]
    const at = `${service.id}.${field}`
    if (!s) {
      if (has(value) || APPI_FIELDS.includes(field)) problems.push(`${at}: no source and not marked unconfirmed`)
      continue
    }
    if (!has(value) && !APPI_FIELDS.includes(field))
      problems.push(`${at}: a source for a field the entry does not have`)
    else if (!has(value) && !('unconfirmed' in s))
      problems.push(`${at}: a source but no value; give the sourced fact in the entry`)
    else if ('unconfirmed' in s) {
      if (!/\S/.test(s.unconfirmed)) problems.push(`${at}: unconfirmed without a reason`)
    } else if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(s.url)) problems.push(`${at}: source URL is not https://`)
    else if (!/^\d{4}-\d\d-\d\d$/.test(s.checked) || !(Date.parse(s.checked) <= Date.now()))
      problems.push(`${at}: checked date ${s.checked} is not a past date`)
    else if (s.note && DOUBT.test(s.note))
      problems.push(`${at}: the source's note doubts the fact; mark it unconfirmed('why') instead`)
  }
  return problems
}

/**
 * Comment lines of a service file that call a fact unconfirmed: doubt belongs in the data
 * (`unconfirmed('why')`), where `sekisho validate` and `notice` can list it, never in a comment.
 */
export function doubtInComments(fileText: string): string[] {
  return fileText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(\/\/|\/\*|\*)/.test(line) && DOUBT.test(line))
}

type Claims = Pick<ServiceDefinition, 'id' | 'hosts' | 'cookies' | 'storage'>

const split = (pattern: string) => {
  const cut = pattern.search(/[/?]/)
  return cut < 0 ? { host: pattern, prefix: '' } : { host: pattern.slice(0, cut), prefix: pattern.slice(cut) }
}
const within = (host: string, domain: string) => host === domain || host.endsWith('.' + domain)

/**
 * Pairs of host patterns of different services where one catches the other's requests with no
 * path prefix to tell them apart (the gate picks the longest match, so prefixes may nest).
 */
export function hostOverlaps(services: readonly Claims[]): string[] {
  const out: string[] = []
  services.forEach((a, i) =>
    services.slice(i + 1).forEach((b) => {
      for (const x of a.hosts)
        for (const y of b.hosts) {
          const p = split(x)
          const q = split(y)
          const related = within(p.host, q.host) || within(q.host, p.host)
          if (related && ((!p.prefix && !q.prefix) || (p.host === q.host && p.prefix === q.prefix)))
            out.push(`${a.id} ${x} overlaps ${b.id} ${y}`)
        }
    }),
  )
  return out
}

/** Whether some name matches both `*` patterns. */
export function globsMeet(p: string, q: string): boolean {
  const seen = new Map<number, boolean>()
  const meet = (i: number, j: number): boolean => {
    const key = i * 1024 + j
    const known = seen.get(key)
    if (known !== undefined) return known
    let r: boolean
    if (i === p.length && j === q.length) r = true
    else if (p[i] === '*' && (meet(i + 1, j) || (j < q.length && meet(i, j + 1)))) r = true
    else if (q[j] === '*' && (meet(i, j + 1) || (i < p.length && meet(i + 1, j)))) r = true
    else r = i < p.length && j < q.length && p[i] !== '*' && q[j] !== '*' && p[i] === q[j] && meet(i + 1, j + 1)
    seen.set(key, r)
    return r
  }
  return meet(0, 0)
}

/** Names sites commonly give their own cookies and keys, which no service pattern may catch. */
export const FIRST_PARTY_NAMES = [
  '_gateway_session',
  '_session',
  '_session_id',
  'session',
  'sessionid',
  'PHPSESSID',
  'JSESSIONID',
  'ASP.NET_SessionId',
  'csrftoken',
  '_csrf',
  'XSRF-TOKEN',
  'laravel_session',
  'wordpress_logged_in_0a1b',
  'wp-settings-1',
  'cart',
  '_cart',
  'locale',
  'lang',
  'theme',
  'token',
  'auth',
  'user_id',
  'sekisho',
  'sekisho:config',
  '_ycl',
  'ab_test',
]

/** Cookie and storage patterns of different services that can name the same key, and patterns that catch a first-party name. */
export function cookieOverlaps(services: readonly Claims[]): string[] {
  const out: string[] = []
  const claims = services.flatMap((s) => [
    ...(s.cookies ?? []).map((p) => ({ id: s.id, kind: 'cookie', p })),
    ...(s.storage ?? []).map((p) => ({ id: s.id, kind: 'storage', p })),
  ])
  claims.forEach((a, i) => {
    for (const name of FIRST_PARTY_NAMES)
      if (globsMeet(a.p, name)) out.push(`${a.id} ${a.kind} ${a.p} catches the first-party name ${name}`)
    for (const b of claims.slice(i + 1))
      if (b.id !== a.id && globsMeet(a.p, b.p))
        out.push(`${a.id} ${a.kind} ${a.p} and ${b.id} ${b.kind} ${b.p} can name the same key`)
  })
  return out
}
