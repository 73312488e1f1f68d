// sekisho: the script-tag build. Its entries are head.ts (sync) and the lazy banner-chunk.ts,
// receipts-chunk.ts and notice-chunk.ts;
// npm users import the @sekisho/* packages instead.
export type { SekishoApi } from './head.ts'
