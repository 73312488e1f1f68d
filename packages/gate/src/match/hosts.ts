// Matches a request URL against the hosts declared by services.
import type { ServiceDefinition } from '@sekisho/core'

/**
 * The service whose host pattern matches `url`, if any. A pattern is a host name (subdomains
 * included) optionally followed by a path or query prefix, so two services sharing a host
 * (`www.googletagmanager.com/gtag/js?id=AW-` vs `?id=G-`) are told apart. Longest pattern wins.
 * The pattern `*` matches every host but the page's own (a catch-all for when the config is unusable).
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
  const host = parsed.hostname
  const rest = parsed.pathname + parsed.search
  let best: S | undefined
  let bestLength = -1
  for (const service of services) {
    for (const pattern of service.hosts) {
      const cut = pattern.search(/[/?]/)
      const patternHost = cut < 0 ? pattern : pattern.slice(0, cut)
      const prefix = cut < 0 ? '' : pattern.slice(cut)
      const hostMatches =
        pattern === '*' ? host !== new URL(base).hostname : host === patternHost || host.endsWith('.' + patternHost)
      const prefixMatches = !prefix || rest.startsWith(prefix.startsWith('?') ? parsed.pathname + prefix : prefix)
      if (hostMatches && prefixMatches && pattern.length > bestLength) {
        best = service
        bestLength = pattern.length
      }
    }
  }
  return best
}
