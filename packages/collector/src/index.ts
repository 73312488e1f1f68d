// @sekisho/collector: the reference receipt collector (HTTP ingest, storage, export).
export { createCollector } from './http/server.ts'
export type { Collector, CollectorOptions } from './http/server.ts'
