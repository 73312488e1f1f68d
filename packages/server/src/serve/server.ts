// One server-side Sekisho for a site: the config checked once, then the HTML transform and the CSP
// for each response, as Express/Connect middleware or as a fetch-style (Request → Response) transform.
import { catalog } from '@sekisho/catalog'
import { formatConfigErrors, validateConfig, type ResolvedConfig } from '@sekisho/core'
import {
  checkPolicy,
  type ConsentRequest,
  contentSecurityPolicy,
  type CspOptions,
  DEFAULT_POLICY,
  requestConsent,
} from '../csp/policy.ts'
import { createMarkup, markupHtml, type Markup, type MarkupChange, type MarkupOptions } from '../markup/markup.ts'

export interface ServerOptions {
  /** The site config, the same JSON the page's head reads (catalog ids are resolved). */
  config: unknown
  /** CSP mode: every response gets a Content-Security-Policy that leaves out the hosts of the
   * services the visitor has not granted; the HTML transform marks the sekisho script tag
   * `data-sekisho-csp` so that a decision granting more reloads the page. @default false */
  csp?: boolean | CspOptions
  /** See `MarkupOptions.framePlaceholder`. @default '' */
  framePlaceholder?: string | false
}

export interface SekishoServer {
  config: ResolvedConfig
  /** A streaming HTML transform for a page at `url`. */
  createMarkup(url?: string): Markup
  /** The whole-document transform. */
  markup(html: string, url?: string): { html: string; changes: MarkupChange[] }
  /** CSP mode's header name and value for a request, or undefined when CSP mode is off; `nonce`
   * goes into its `script-src` (a fresh one per response, for a page whose scripts carry it). */
  policy(request: ConsentRequest, options?: { nonce?: string }): { name: string; value: string } | undefined
  /** The purpose and service ids the request's consent cookie grants, by the browser's rules
   * (revision, expiry, GPC); only the required purposes when the visitor has not decided. For a
   * server render that must show what the browser will (`<SekishoProvider granted>`). */
  granted(request: ConsentRequest): string[]
}

/** Checks the config (and the CSP policy) once; throws an error naming every bad field. */
export function createSekishoServer(options: ServerOptions): SekishoServer {
  const result = validateConfig(options.config, catalog)
  if (!result.ok) throw new TypeError('sekisho: the site config is not valid:\n' + formatConfigErrors(result.errors))
  const config = result.config
  const csp = options.csp === true ? {} : options.csp || undefined
  const policy = csp?.policy ?? DEFAULT_POLICY
  if (csp) checkPolicy(policy)
  const markupOptions = (url?: string): MarkupOptions => ({
    services: config.services,
    base: url,
    framePlaceholder: options.framePlaceholder,
    csp: !!csp,
  })
  return {
    config,
    createMarkup: (url) => createMarkup(markupOptions(url)),
    markup: (html, url) => markupHtml(html, markupOptions(url)),
    policy: (request, options) =>
      csp && {
        name: csp.reportOnly ? 'Content-Security-Policy-Report-Only' : 'Content-Security-Policy',
        value: contentSecurityPolicy(config, request, policy, options),
      },
    granted(request) {
      const consent = requestConsent(config, request)
      const ids = [...config.purposes.map((p) => p.id), ...config.services.map((s) => s.id)]
      return ids.filter((id) => consent.isGranted(id))
    },
  }
}

/** An HTML response, by its Content-Type (the transform leaves every other body alone). */
export const isHtml = (type: unknown) => /^\s*text\/html\b/i.test(String(type ?? ''))
