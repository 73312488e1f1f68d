// @sekisho/core: config types, consent state and decision rules shared by every browser package.
export type {
  ConsentModeType,
  Decision,
  DecisionMethod,
  ExportFormat,
  LocalizedText,
  PurposeConfig,
  ResolvedConfig,
  ConfigError,
  SekishoConfig,
  ServiceDefinition,
} from './types.ts'
export type { Consent, ConsentOptions, NeedsDecision } from './consent/create-consent.ts'
export type { PurposeText } from './purposes/purpose-text.ts'
export { isGranted } from './consent/is-granted.ts'
export { DECISION_METHODS } from './consent/methods.ts'
export { EXPORT_EXTENSIONS, EXPORT_FORMATS } from './exports/formats.ts'
export { pickLanguage } from './language/pick-language.ts'
export { safeUrl } from './url/safe-url.ts'
export { afterPaint, whenIdle } from './after-paint/after-paint.ts'
export { mountReopen, mountReopenButton, openOnClick, REOPEN_LABEL } from './reopen/reopen.ts'
export type { ReopenOptions } from './reopen/reopen.ts'
export { createConsent } from './consent/create-consent.ts'
export { receiptId } from './consent/receipt-id.ts'
export { localize } from './config/localize.ts'
export { validateConfig, formatConfigErrors } from './config/validate.ts'
export { resolveConfig } from './config/resolve.ts'
export { encodeDecision, decodeDecision } from './storage/consent-cookie.ts'
export {
  CONSENT_MODE_MAP,
  consentModeState,
  pushConsentDefault,
  pushConsentUpdate,
} from './consent-mode/consent-mode.ts'
// Separate module so the <head> bundle, which never imports it, carries none of its text.
export { PURPOSE_TEXT } from './purposes/purpose-text.ts'
// The names alone, for UIs that show purposes but not their descriptions (banner, console).
export { PURPOSE_LABELS } from './purposes/labels.ts'
