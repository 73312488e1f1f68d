// The store's consent config (sekisho.json, checked by `sekisho validate` and editors through its
// $schema), with the receipts endpoint set at build time (VITE_SEKISHO_RECEIPTS=… npm run build).
import type { SekishoConfig } from 'sekisho'
import site from '../sekisho.json'

export const config: SekishoConfig = {
  ...(site as SekishoConfig),
  receipts: { endpoint: import.meta.env.VITE_SEKISHO_RECEIPTS || 'http://127.0.0.1:8787/v1/receipts' },
}
