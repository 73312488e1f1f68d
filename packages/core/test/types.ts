// Type tests (checked by `npm run typecheck`, never run): usage that must compile, misuse that must not.
import { createConsent, decodeDecision, pushConsentDefault, validateConfig } from '../src/index.ts'
import type { ConsentModeType, Decision, ResolvedConfig, SekishoConfig } from '../src/index.ts'

declare const config: ResolvedConfig

const result = validateConfig({})
if (result.ok) {
  const resolved: ResolvedConfig = result.config
  resolved.cookie.name.toUpperCase()
  // @ts-expect-error errors exist only on failure
  result.errors
} else {
  result.errors[0]?.path.toUpperCase()
}

const consent = createConsent(config, { now: () => 0, gpc: true, cookies: { read: () => '', write: () => {} } })
const why: 'none' | 'revision' | 'expired' | undefined = consent.needsDecision()
const d: Decision = consent.setConsent({ analytics: true }, { services: { 'my-pixel': false }, method: 'custom' })
consent.$decision.get()?.purposes
// @ts-expect-error $decision is read-only outside core
consent.$decision.set(undefined)
// @ts-expect-error not a decision method
consent.acceptAll('yes')
// @ts-expect-error choices are booleans
consent.setConsent({ analytics: 'on' })
// @ts-expect-error the decoder takes the cookie value, not the header object
decodeDecision({ sekisho: '1|…' })
pushConsentDefault(config, d, [])

const map: SekishoConfig['consentMode'] = { map: { ad_storage: ['advertising'], security_storage: [] } }
// @ts-expect-error not a Consent Mode type
const badMap: SekishoConfig['consentMode'] = { map: { ads_storage: ['advertising'] } }
const type: ConsentModeType = 'ad_user_data'
void [why, map, badMap, type]
