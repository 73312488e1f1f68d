// Who may write receipts for a site: a browser page of one of the site's origins (CORS), or a
// server without Origin that presents the site's own token. Nothing else is stored.
import { timingSafeEqual } from 'node:crypto'
import { hashToken } from './tokens.ts'

export interface SiteOptions {
  /** Page origins that may send this site's receipts from a browser. @default [the site itself] */
  origins?: string[]
  /** Tokens a server-to-server sender (no Origin header) presents as `Authorization: Bearer …`;
   * once a site has any, requests without Origin need one. Kept only as SHA-256 hashes. */
  tokens?: string[]
}

/** A request's permission: which receipt `site` values it may write, or why not. */
export type SiteCheck = (site: string) => string | undefined

export interface SiteAccess {
  /** Origins allowed to POST from a browser (CORS). */
  origins: Set<string>
  /** Whether any site is configured (an unconfigured collector accepts any site, and says so at start). */
  configured: boolean
  /** The check for one request, from its Origin and Authorization headers. */
  forRequest(origin: string | undefined, authorization: string | undefined): SiteCheck
}

const bearer = (authorization: string | undefined) => /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]

/** `allowedOrigins` are sites of their own (origin = site), kept for configs written before `sites`. */
export function siteAccess(sites: Record<string, SiteOptions> = {}, allowedOrigins: string[] = []): SiteAccess {
  const originsOf = new Map<string, Set<string>>()
  const tokenHashes: Array<{ site: string; hash: Buffer }> = []
  for (const origin of allowedOrigins) originsOf.set(origin, new Set([origin]))
  for (const [site, options] of Object.entries(sites)) {
    originsOf.set(site, new Set([...(originsOf.get(site) ?? []), ...(options.origins ?? [site])]))
    for (const token of options.tokens ?? []) tokenHashes.push({ site, hash: Buffer.from(hashToken(token), 'hex') })
  }
  const origins = new Set([...originsOf.values()].flatMap((set) => [...set]))
  const configured = originsOf.size > 0
  const tokenSite = (token: string): string | undefined => {
    const presented = Buffer.from(hashToken(token), 'hex')
    let found: string | undefined
    // Every candidate is compared, each in constant time.
    for (const { site, hash } of tokenHashes) if (timingSafeEqual(hash, presented)) found ??= site
    return found
  }
  return {
    origins,
    configured,
    forRequest(origin, authorization) {
      if (origin !== undefined)
        return (site) =>
          originsOf.get(site)?.has(origin) || (site === origin && !configured)
            ? undefined
            : `expected the sending page's origin ${origin} (or a configured site listing it)`
      const token = bearer(authorization)
      const siteOfToken = token === undefined ? undefined : tokenSite(token)
      if (siteOfToken !== undefined)
        return (site) => (site === siteOfToken ? undefined : `expected ${siteOfToken}, the site of the presented token`)
      if (token !== undefined) return () => 'authorization: the token is not a site token'
      if (!configured) return () => undefined
      return (site) =>
        !originsOf.has(site)
          ? `expected a configured site (sent without an Origin header, from ${[...originsOf.keys()].slice(0, 5).join(', ')})`
          : tokenHashes.some((t) => t.site === site)
            ? 'this site takes receipts without an Origin header only with its token (Authorization: Bearer …)'
            : undefined
    },
  }
}
