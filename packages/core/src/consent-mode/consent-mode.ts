// Google Consent Mode v2: the seven consent types from a decision, pushed the way gtag.js does.
import type { ConsentModeType, Decision, ResolvedConfig } from '../types.ts'

/** Purposes that must all be granted for each type; `[]` is always granted. `consentMode.map` overrides entries. */
export const CONSENT_MODE_MAP: Readonly<Record<ConsentModeType, readonly string[]>> = {
  ad_storage: ['advertising'],
  ad_user_data: ['advertising'],
  ad_personalization: ['advertising'],
  analytics_storage: ['analytics'],
  functionality_storage: ['functional'],
  personalization_storage: ['personalization'],
  security_storage: [],
}

type State = Record<ConsentModeType, 'granted' | 'denied'>

/** Each consent type granted or denied; without a decision only required purposes count as granted. */
export function consentModeState(config: ResolvedConfig, decision: Decision | undefined): State {
  const map = { ...CONSENT_MODE_MAP, ...config.consentMode?.map }
  const state = {} as State
  for (const type in map) {
    state[type as ConsentModeType] = map[type as ConsentModeType].every(
      (id) => decision?.purposes[id] || config.purposes.some((p) => p.id == id && p.required),
    )
      ? 'granted'
      : 'denied'
  }
  return state
}

/** What `gtag(a, b, c)` pushes: its Arguments object, not an array (gtag.js reads it that way). */
function gtag(dataLayer: unknown[] | undefined, a: string, b: string, c: unknown): void {
  ;(dataLayer ?? ((globalThis as { dataLayer?: unknown[] }).dataLayer ??= [])).push(args(a, b, c))
}
function args(_a: unknown, _b: unknown, _c: unknown): IArguments {
  return arguments
}

/**
 * What goes into `dataLayer` before any Google tag can run (Google's "Set up consent mode"): one global
 * `gtag('consent', 'default', …)` from the config (only required purposes granted), one per configured
 * region (its own types over the global ones; Google applies the most specific region), the CMP's
 * `developer_id`, the configured `gtag('set', …)`s, and for a returning visitor their stored choice
 * as an `update` straight after, so no tag ever runs on the defaults. `dataLayer` defaults to
 * `window.dataLayer`.
 */
export function pushConsentDefault(
  config: ResolvedConfig,
  decision: Decision | undefined,
  dataLayer?: unknown[],
): void {
  const options = config.consentMode ?? {}
  const global = consentModeState(config, undefined)
  const wait = { wait_for_update: options.waitForUpdate ?? 500 }
  for (const region in options.regions)
    gtag(dataLayer, 'consent', 'default', { ...global, ...options.regions[region], ...wait, region: [region] })
  gtag(dataLayer, 'consent', 'default', { ...global, ...wait })
  if (options.developerId) gtag(dataLayer, 'set', `developer_id.${options.developerId}`, true)
  if (options.adsDataRedaction) gtag(dataLayer, 'set', 'ads_data_redaction', true)
  if (options.urlPassthrough) gtag(dataLayer, 'set', 'url_passthrough', true)
  if (decision) pushConsentUpdate(config, decision, dataLayer)
}

/** `gtag('consent', 'update', …)` after every decision. */
export function pushConsentUpdate(config: ResolvedConfig, decision: Decision | undefined, dataLayer?: unknown[]): void {
  gtag(dataLayer, 'consent', 'update', consentModeState(config, decision))
}
