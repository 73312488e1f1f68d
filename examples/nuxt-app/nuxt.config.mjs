// The store's Nuxt site: @sekisho/nuxt puts the config and the head gate first in every page's
// <head>. The receipts endpoint comes from SEKISHO_RECEIPTS at build time (default: npm start's collector).
import { defineNuxtConfig } from 'nuxt/config'
import site from './sekisho.json' with { type: 'json' }

const receipts = { endpoint: process.env.SEKISHO_RECEIPTS || 'http://127.0.0.1:8787/v1/receipts' }

export default defineNuxtConfig({
  modules: ['@sekisho/nuxt'],
  sekisho: { config: { ...site, receipts } },
  app: {
    head: {
      htmlAttrs: { lang: 'ja' },
      title: 'オンラインストア | 株式会社サンプル商事',
      // Google Analytics, held until analytics is consented (type="text/plain": the gate releases it).
      script: [
        {
          type: 'text/plain',
          'data-sekisho': 'analytics',
          async: true,
          src: 'https://www.googletagmanager.com/gtag/js?id=G-STORE0001',
        },
        {
          type: 'text/plain',
          'data-sekisho': 'analytics',
          innerHTML:
            "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-STORE0001');",
        },
      ],
    },
  },
  // This workspace links the packages (node_modules/@sekisho/* -> packages/*), so their built files are
  // outside node_modules, where Nuxt's auto-imports would add `import { h } from 'vue'` to minified
  // code that declares its own `h`. Installed from npm they are in node_modules, which Nuxt leaves alone.
  imports: { transform: { exclude: [/[\\/]packages[\\/][^\\/]+[\\/]dist[\\/]/] } },
  // The example's checks run offline: no telemetry, no devtools.
  telemetry: false,
  devtools: { enabled: false },
  compatibilityDate: '2026-12-01',
})
