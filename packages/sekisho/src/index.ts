// sekisho: the script-tag build. Its entries are head.ts (sync) and banner-chunk.ts (lazy);
// npm users import the @sekisho/* packages instead.
export type { SekishoApi } from './head.ts'
