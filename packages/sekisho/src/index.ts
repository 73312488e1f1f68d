// sekisho: the one wiring of Sekisho, for npm users (`createSekisho`) and the script-tag build
// (head.ts, head-baked.ts and the lazy chunks, which call the same createSekisho).
import { catalogGateText, readGateText } from '@sekisho/catalog'
import type { SekishoConfig } from '@sekisho/core'
import {
  createSekisho as wire,
  type PartName,
  type Parts,
  type SekishoApi,
  type SekishoOptions,
} from './wiring/create-sekisho.ts'

export type { SekishoApi, SekishoOptions, GateCatalog, PartName, Parts } from './wiring/create-sekisho.ts'
export type { Decision, SekishoConfig } from '@sekisho/core'
export type { BannerView } from './wiring/banner.ts'
export type { Shown } from './wiring/receipts.ts'

/** The parts as dynamic imports of this package's own entries: a bundler splits each into its own
 * lazily loaded file (and a site may map them to URLs of its own). */
const PARTS: { [K in PartName]: () => Promise<Parts[K]> } = {
  banner: () => import('sekisho/parts/banner'),
  dialog: () => import('sekisho/parts/dialog'),
  receipts: () => import('sekisho/parts/receipts'),
  notice: () => import('sekisho/parts/notice'),
  check: () => import('sekisho/parts/check'),
}

/**
 * Wires Sekisho on this page — gate, then banner, receipts and notice — and returns its API. Call it
 * once, in the browser, before any tag can run (nothing here runs at import, so server code may
 * import this module). `options.catalog` defaults to the built-in services' gating data.
 */
export function createSekisho(config: SekishoConfig | string, options: Partial<SekishoOptions> = {}): SekishoApi {
  // The catalog's text form, as the head carries it: smaller in a site's bundle than the object literal.
  return wire(config, { catalog: readGateText(catalogGateText), load: (name) => PARTS[name]() as never, ...options })
}
