// Which declared service a URL in the HTML belongs to: the gate's own matcher, so that the server
// holds exactly what the gate would hold in the browser.
import type { ServiceDefinition } from '@sekisho/core'
import { matchService } from '@sekisho/gate'

export type Match = (url: string) => ServiceDefinition | undefined

/** The gate's matcher over `services`, resolving relative URLs against `base()` (a `<base href>` may move it). */
export function createMatch(services: ServiceDefinition[], base: () => string): Match {
  return (url) => {
    try {
      return matchService(url.trim(), services, base())
    } catch {
      return undefined
    }
  }
}

/**
 * For URLs written in script text: snippets often build the URL from an origin and a path joined
 * later (LINE Tag: `'https://d.line-scdn.net' + '/n/line_tag/…'`). A bare origin counts when every
 * pattern on that host belongs to one service; where several share the host, it counts for none.
 */
export function matchOrigin(url: string, services: ServiceDefinition[], base: string): ServiceDefinition | undefined {
  let parsed: URL
  try {
    parsed = new URL(url, base)
  } catch {
    return undefined
  }
  if (parsed.pathname != '/' || parsed.search) return undefined
  const owners = services.filter((s) =>
    s.hosts.some((pattern) => {
      const host = pattern.split(/[/?]/)[0]!
      return pattern != '*' && (parsed.hostname == host || parsed.hostname.endsWith('.' + host))
    }),
  )
  return owners.length == 1 ? owners[0] : undefined
}
