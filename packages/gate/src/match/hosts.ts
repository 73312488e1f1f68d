// Matches a request URL against the hosts declared by services.
import type { ServiceDefinition } from '@sekisho/core'

/** Percent-encoded unreserved characters mean the same to a server as the characters: `%67tag` is `gtag`. */
const decode = (text: string) =>
  text.replace(/%([0-9a-f]{2})/gi, (encoded, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16))
    return /[\w.~-]/.test(char) ? char : encoded
  })

/** A host as the network stack resolves it: lowercase (the URL parser did that), no trailing dot. */
const hostOf = (url: URL) => url.hostname.replace(/\.$/, '')

/** A host pattern split once: host, lowercase path prefix, lowercase query (`id=G-`) if any. */
interface Pattern<S> {
  service: S
  host: string
  prefix: string
  query: string | undefined
  length: number
}

/** Services' patterns, split once per services array (the gate asks for every URL a page loads). */
const compiled = new WeakMap<readonly object[], Pattern<never>[]>()
function patternsOf<S extends Pick<ServiceDefinition, 'hosts'>>(services: readonly S[]): Pattern<S>[] {
  let patterns = compiled.get(services) as Pattern<S>[] | undefined
  if (!patterns) {
    patterns = services.flatMap((service) =>
      service.hosts.map((pattern) => {
        const cut = pattern.search(/[/?]/)
        const [prefix = '', query] = (cut < 0 ? '' : pattern.slice(cut)).toLowerCase().split('?')
        return { service, host: cut < 0 ? pattern : pattern.slice(0, cut), prefix, query, length: pattern.length }
      }),
    )
    compiled.set(services, patterns as Pattern<never>[])
  }
  return patterns
}

/** Whether some pattern of `services` names `host` or a parent of it (`*` aside, which never
 * names the page's own host). */
export function hostDeclared(host: string, services: readonly Pick<ServiceDefinition, 'hosts'>[]): boolean {
  return patternsOf(services).some((p) => p.host != '*' && (host == p.host || host.endsWith('.' + p.host)))
}

/** A URL that can only resolve to the base's own host: no scheme (`:`), no `//` or `\\` before
 * an authority, no tab or newline (the URL parser drops them: `/<tab>/host` is `//host`). */
export const relative = (url: string): boolean => !/[:\\\t\n\r]|\/\//.test(url)

/** HTML whose every URL is `relative`: no `:`, `\\`, `//` (tabs or newlines between the slashes
 * too), nor `&` (a character reference spells any of them: `&#x2F;&#x2F;host`). */
export const relativeMarkup = (html: string): boolean => !/[:\\&]|\/[\t\n\r]*\//.test(html)

/**
 * The service whose host pattern matches `url`, if any. A pattern is a host name (subdomains
 * included) optionally followed by a path prefix and a query parameter (`?id=G-`: a parameter
 * `id` whose value starts with `G-`, wherever it stands in the query), so two services sharing
 * a host (`www.googletagmanager.com/gtag/js?id=AW-` vs `?id=G-`) are told apart. Longest pattern
 * wins. The URL is read as the network stack reads it (whitespace, case, trailing dot, IPv4
 * forms, percent-encoded path); paths and values compare case-insensitively, so that no spelling
 * slips by. The pattern `*` matches every host but the page's own (a catch-all for when the
 * config is unusable).
 */
export function matchService<S extends Pick<ServiceDefinition, 'hosts'>>(
  url: string,
  services: readonly S[],
  base: string = document.baseURI,
): S | undefined {
  let parsed: URL
  try {
    parsed = new URL(url, base)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  const host = hostOf(parsed)
  const path = decode(parsed.pathname).toLowerCase()
  let best: S | undefined
  let bestLength = -1
  let params: Array<[string, string]> | undefined
  let own: string | undefined
  for (const { service, host: patternHost, prefix, query, length } of patternsOf(services)) {
    if (length <= bestLength) continue
    const hostMatches =
      patternHost === '*'
        ? host !== (own ??= hostOf(new URL(base)))
        : host === patternHost || host.endsWith('.' + patternHost)
    if (!hostMatches || !path.startsWith(prefix)) continue
    if (query != null) {
      params ??= [...parsed.searchParams]
      const found = params.some(
        ([name, value]) =>
          query.startsWith(name.toLowerCase() + '=') && value.toLowerCase().startsWith(query.slice(name.length + 1)),
      )
      if (!found) continue
    }
    best = service
    bestLength = length
  }
  return best
}
