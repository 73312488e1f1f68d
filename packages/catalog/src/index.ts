// @sekisho/catalog: built-in service definitions, resolved by id from site configs.
import type { ServiceDefinition } from '@sekisho/core'
import { a8net } from './services/a8net.ts'
import { adobeAnalytics } from './services/adobe-analytics.ts'
import { afb } from './services/afb.ts'
import { amazonAssociates } from './services/amazon-associates.ts'
import { criteo } from './services/criteo.ts'
import { googleAds } from './services/google-ads.ts'
import { googleAnalytics } from './services/google-analytics.ts'
import { googleMaps } from './services/google-maps.ts'
import { googleTagManager } from './services/google-tag-manager.ts'
import { hotjar } from './services/hotjar.ts'
import { hubspot } from './services/hubspot.ts'
import { karte } from './services/karte.ts'
import { lineTag } from './services/line-tag.ts'
import { metaPixel } from './services/meta-pixel.ts'
import { microsoftClarity } from './services/microsoft-clarity.ts'
import { moshimoAffiliate } from './services/moshimo-affiliate.ts'
import { ptengine } from './services/ptengine.ts'
import { rakutenAffiliate } from './services/rakuten-affiliate.ts'
import { tiktokPixel } from './services/tiktok-pixel.ts'
import { treasureData } from './services/treasure-data.ts'
import { valuecommerce } from './services/valuecommerce.ts'
import { xPixel } from './services/x-pixel.ts'
import { yahooJapanAds } from './services/yahoo-japan-ads.ts'
import { youtube } from './services/youtube.ts'

export { catalogGate, type GateEntry } from './gate-data.ts'
export { gateEntry } from './gate-entry.ts'

/** Every built-in service, keyed by id (one file per service in `services/`, named after its id). */
export const catalog: Readonly<Record<string, ServiceDefinition>> = {
  a8net: a8net,
  'adobe-analytics': adobeAnalytics,
  afb: afb,
  'amazon-associates': amazonAssociates,
  criteo: criteo,
  'google-ads': googleAds,
  'google-analytics': googleAnalytics,
  'google-maps': googleMaps,
  'google-tag-manager': googleTagManager,
  hotjar: hotjar,
  hubspot: hubspot,
  karte: karte,
  'line-tag': lineTag,
  'meta-pixel': metaPixel,
  'microsoft-clarity': microsoftClarity,
  'moshimo-affiliate': moshimoAffiliate,
  ptengine: ptengine,
  'rakuten-affiliate': rakutenAffiliate,
  'tiktok-pixel': tiktokPixel,
  'treasure-data': treasureData,
  valuecommerce: valuecommerce,
  'x-pixel': xPixel,
  'yahoo-japan-ads': yahooJapanAds,
  youtube: youtube,
}

/** The built-in definition for `id`, or undefined. */
export function getService(id: string): ServiceDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(catalog, id) ? catalog[id] : undefined
}
