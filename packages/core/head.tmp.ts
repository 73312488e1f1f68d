export { validateConfig, createConsent, pushConsentDefault, pushConsentUpdate, consentModeState } from "./src/index.ts"
