// @sekisho/gate: the tag-gating runtime that holds trackers until their purpose is consented.
export { matchService } from './match/hosts.ts'
