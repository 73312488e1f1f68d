// CSP mode: a Content-Security-Policy built from the config and the visitor's consent cookie, so
// that the browser itself refuses the hosts of services not granted, in every realm, worker and CSS.
import { createConsent, type ResolvedConfig, type ServiceDefinition } from '@sekisho/core'

/** The fetch directives CSP mode manages: each gets the hosts of the granted services. */
export const MANAGED = [
  'script-src',
  'img-src',
  'connect-src',
  'frame-src',
  'style-src',
  'font-src',
  'media-src',
  'worker-src',
] as const

/** A starting policy: the site itself, inline code and styles (vendor snippets are inline), data:
 * and blob: images, frames and workers. Replace it with the site's own list of origins. */
export const DEFAULT_POLICY: Readonly<Record<string, readonly string[]>> = {
  'script-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'frame-src': ["'self'", 'blob:', 'data:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
}

export interface CspOptions {
  /** The site's own policy with no tracker in it: directive → sources. Sekisho adds the hosts of the
   * services the visitor granted to every directive of `MANAGED` (a missing one starts from 'self').
   * @default DEFAULT_POLICY */
  policy?: Record<string, readonly string[]>
  /** Send `Content-Security-Policy-Report-Only` instead, to try a policy without enforcing it.
   * @default false */
  reportOnly?: boolean
}

/** What the policy needs of a request: its Cookie header and its Sec-GPC signal. */
export interface ConsentRequest {
  cookie?: string | null
  gpc?: boolean
}

/** Sources that let any host through, which would let every tracker through too. */
const OPEN = /^(\*|https?:|wss?:|'strict-dynamic')$/i

/** Checks the site's policy once; an error names the directive and the source. */
export function checkPolicy(policy: Record<string, readonly string[]>): void {
  for (const [directive, sources] of Object.entries(policy)) {
    if (!Array.isArray(sources)) throw new TypeError(`csp.policy["${directive}"]: expected an array of sources`)
    sources.forEach((source, i) => {
      if ((MANAGED as readonly string[]).includes(directive) && OPEN.test(source))
        throw new TypeError(
          `csp.policy["${directive}"][${i}]: ${source} lets every host through, so CSP mode could hold no tracker; list the origins instead`,
        )
      if (/[;,\s]/.test(source)) throw new TypeError(`csp.policy["${directive}"][${i}]: "${source}" is not one source`)
    })
  }
}

/** CSP sources of a service: each host pattern for the host and its subdomains, with its path
 * (a query cannot be said in CSP: `gtag/js?id=G-` allows `gtag/js`, so another service on the
 * same path is let in by the browser too, and held by the gate alone). */
export const serviceSources = (service: ServiceDefinition) =>
  service.hosts
    .filter((pattern) => pattern != '*')
    .flatMap((pattern) => {
      const path = pattern.replace(/^[^/?]*/, '').replace(/\?.*$/, '')
      const host = pattern.replace(/[/?].*$/, '')
      // A CSP path matches exactly unless it ends in `/`: `/tr` says `/tr` and everything under `/tr/`.
      const paths = !path || path.endsWith('/') ? [path] : [path, path + '/']
      return paths.flatMap((p) => [host + p, '*.' + host + p])
    })

/** The visitor's consent as a request carries it (its cookie, read-only, and `Sec-GPC`). */
export const requestConsent = (config: ResolvedConfig, request: ConsentRequest) =>
  createConsent(config, {
    cookies: { read: () => request.cookie ?? '', write() {} },
    gpc: request.gpc ?? false,
    secure: true,
  })

/** The origin of the config's receipts endpoint when it is another site's (a collector of its own
 * host): CSP mode must let the page send its receipts there. */
const receiptsOrigin = (config: ResolvedConfig): string[] => {
  const endpoint = config.receipts?.endpoint
  if (!endpoint || !/^https?:\/\//i.test(endpoint)) return []
  return [new URL(endpoint).origin]
}

/** The policy for one request: the site's sources plus the hosts of the services it may use now,
 * the receipts endpoint's origin in `connect-src`, and `nonce` (if any) in `script-src`. */
export function contentSecurityPolicy(
  config: ResolvedConfig,
  request: ConsentRequest,
  policy: Record<string, readonly string[]> = DEFAULT_POLICY,
  { nonce }: { nonce?: string } = {},
): string {
  const consent = requestConsent(config, request)
  const granted = [...new Set(config.services.filter((s) => consent.isGranted(s)).flatMap(serviceSources))]
  const added: Record<string, string[]> = {
    'connect-src': receiptsOrigin(config),
    'script-src': nonce ? [`'nonce-${nonce}'`] : [],
  }
  const directives: Record<string, readonly string[]> = { ...policy }
  // 'none' stands only alone: a directive that gains sources drops it.
  for (const name of MANAGED) {
    const more = [...new Set([...(added[name] ?? []), ...granted])]
    directives[name] = [...(directives[name] ?? ["'self'"]).filter((s) => !more.length || s != "'none'"), ...more]
  }
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}
