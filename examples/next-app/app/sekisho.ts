// Server-only: the site's consent config (sekisho.json, with the receipts endpoint this server's
// environment names) and @sekisho/server, which reads the visitor's consent cookie per request
// (here, in the proxy and in the root layout).
import { createSekishoServer, DEFAULT_POLICY } from '@sekisho/server'
import site from '../sekisho.json'

export const config = {
  ...site,
  // Read when the server starts, so one build serves any collector (SEKISHO_RECEIPTS=… node server.mjs).
  receipts: { endpoint: process.env.SEKISHO_RECEIPTS || site.receipts.endpoint },
}

/** CSP mode (proxy.ts), on when the server starts with SEKISHO_CSP=1. */
export const csp = process.env.SEKISHO_CSP == '1'

export const sekisho = createSekishoServer({
  config,
  // Scripts by nonce alone (proxy.ts adds one per page): no inline script runs without it.
  csp: csp && { policy: { ...DEFAULT_POLICY, 'script-src': ["'self'"] } },
})
