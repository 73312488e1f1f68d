// The store's Astro site: @sekisho/astro puts the config and the head gate first in every page's
// <head>. The receipts endpoint comes from SEKISHO_RECEIPTS at build time (default: npm start's collector).
import { defineConfig } from 'astro/config'
import { sekisho } from '@sekisho/astro'
import site from './sekisho.json' with { type: 'json' }

const receipts = { endpoint: process.env.SEKISHO_RECEIPTS || 'http://127.0.0.1:8787/v1/receipts' }

export default defineConfig({
  integrations: [sekisho({ config: { ...site, receipts } })],
  // The example's checks run offline: no telemetry, no dev toolbar.
  devToolbar: { enabled: false },
})
