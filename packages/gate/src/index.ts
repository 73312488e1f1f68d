// @sekisho/gate: the tag-gating runtime that holds trackers until their purpose is consented.
export { installGate } from './gate/install-gate.ts'
export type { Gate, GateOptions } from './gate/types.ts'
export { matchService } from './match/hosts.ts'
export { namePattern } from './match/names.ts'
export { cookieDomains, cookiePaths, eraseCookies, eraseStorage } from './erase/erase.ts'
