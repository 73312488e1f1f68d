// @sekisho/core: config types, consent state and decision rules shared by every browser package.
export type {
  ConsentModeType,
  Decision,
  DecisionMethod,
  LocalizedText,
  PurposeConfig,
  ResolvedConfig,
  ConfigError,
  SekishoConfig,
  ServiceDefinition,
} from './types.ts'
export { isGranted } from './consent/is-granted.ts'
export { localize } from './config/localize.ts'
