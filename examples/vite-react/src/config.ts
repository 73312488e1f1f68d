// The store's consent config, in code: the same format as the script tag's (sekisho validate).
import type { SekishoConfig } from '@sekisho/react'

export const config: SekishoConfig = {
  revision: '2026-11-01',
  controller: {
    name: '株式会社サンプル商事 オンラインストア',
    contact: 'privacy@example.jp',
    policyUrl: '/privacy.html',
  },
  jurisdiction: 'JP',
  languages: ['ja', 'en'],
  purposes: [{ id: 'necessary', required: true }, { id: 'functional' }, { id: 'analytics' }],
  services: ['google-analytics', 'youtube'],
  // Set at build time (VITE_SEKISHO_RECEIPTS=… npm run build), as Vite apps read their env.
  receipts: { endpoint: import.meta.env.VITE_SEKISHO_RECEIPTS || 'http://127.0.0.1:8787/v1/receipts' },
}
