// Server-only: the site's consent config (sekisho.json, with the receipts endpoint this server's
// environment names) and @sekisho/server, which reads the visitor's consent cookie per request.
import { createSekishoServer } from '@sekisho/server'
import site from '../sekisho.json'

export const config = {
  ...site,
  // Read when the server starts, so one build serves any collector (SEKISHO_RECEIPTS=… node server.mjs).
  receipts: { endpoint: process.env.SEKISHO_RECEIPTS || site.receipts.endpoint },
}

export const sekisho = createSekishoServer({ config })
