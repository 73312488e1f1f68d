// sekisho: the script-tag build. Its entries are the heads (sync: head.ts for any config,
// head-baked.ts for `sekisho bundle`), and the lazy banner-chunk.ts, receipts-chunk.ts and notice-chunk.ts;
// npm users import the @sekisho/* packages instead.
export type { SekishoApi } from './start-head.ts'
