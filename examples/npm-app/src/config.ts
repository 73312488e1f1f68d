// The store's consent config, in code: validated with the full catalog when the app starts.
import type { SekishoConfig } from '@sekisho/core'

/** Where receipts go; set at build time (`SEKISHO_RECEIPTS=… npm run build`), as apps inject their env. */
declare const SEKISHO_RECEIPTS: string

export const config: SekishoConfig = {
  revision: '2026-11-01',
  controller: {
    name: '株式会社サンプル商事 オンラインストア',
    contact: 'privacy@example.jp',
    policyUrl: '/privacy.html',
  },
  jurisdiction: 'JP',
  languages: ['ja', 'en'],
  purposes: [{ id: 'necessary', required: true }, { id: 'functional' }, { id: 'analytics' }, { id: 'advertising' }],
  services: ['google-analytics', 'meta-pixel', 'youtube'],
  receipts: { endpoint: SEKISHO_RECEIPTS },
}
