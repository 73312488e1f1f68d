// Server-only: the site's consent config (sekisho.json, with the receipts endpoint this server's
// environment names) and @sekisho/server, which reads the visitor's consent cookie per request
// (in the root layout, and in CSP mode in proxy.ts).
import { createSekishoServer, DEFAULT_POLICY } from '@sekisho/server'
import site from '../sekisho.json'

export const config = {
  ...site,
  // Read when the server starts, so one build serves any collector (SEKISHO_RECEIPTS=… node server.mjs).
  receipts: { endpoint: process.env.SEKISHO_RECEIPTS || site.receipts.endpoint },
}

/** CSP mode (proxy.ts), as the server starts: SEKISHO_CSP=1 (the default policy, inline scripts
 * allowed) or SEKISHO_CSP=nonce (scripts by 'self' and the page's nonce alone); off otherwise. */
export const csp = process.env.SEKISHO_CSP == 'nonce' ? 'nonce' : process.env.SEKISHO_CSP == '1'

export const sekisho = createSekishoServer({
  config,
  csp: csp == 'nonce' ? { policy: { ...DEFAULT_POLICY, 'script-src': ["'self'"] } } : csp,
})
