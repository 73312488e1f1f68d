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
  for (const service of services) {
    for (const pattern of service.hosts) {
      const cut = pattern.search(/[/?]/)
      const patternHost = cut < 0 ? pattern : pattern.slice(0, cut)
      const [prefix = '', query] = (cut < 0 ? '' : pattern.slice(cut)).toLowerCase().split('?')
      const hostMatches =
        pattern === '*' ? host !== hostOf(new URL(base)) : host === patternHost || host.endsWith('.' + patternHost)
      const prefixMatches =
        path.startsWith(prefix) &&
        (query == null ||
          [...parsed.searchParams].some(
            ([name, value]) =>
              query.startsWith(name.toLowerCase() + '=') &&
              value.toLowerCase().startsWith(query.slice(name.length + 1)),
          ))
      if (hostMatches && prefixMatches && pattern.length > bestLength) {
        best = service
        bestLength = pattern.length
      }
    }
  }
  return best
}
