// @sekisho/collector: the reference receipt collector (HTTP ingest, storage, export).
export { createCollector } from './http/server.ts'
export type { Collector, CollectorOptions } from './http/server.ts'
export { serveOptions, SERVE_USAGE } from './serve/serve-options.ts'
export { openStore, redact } from './store/open.ts'
export { openSqliteStore } from './store/sqlite.ts'
export type { SqliteStoreOptions } from './store/sqlite.ts'
export { openPostgresStore, dropPostgresSchema } from './store/postgres.ts'
export type { PostgresStoreOptions } from './store/postgres.ts'
export type {
  AppendEntry,
  AppendResult,
  ChainBreak,
  ChainReport,
  CollectorEvent,
  ErasedRow,
  ErasureRequest,
  ErasureResult,
  MissingText,
  StoredText,
  PurgeResult,
  ReceiptAggregate,
  ReceiptFilter,
  ReceiptStore,
  StoredReceipt,
  StoredToken,
  TokenScope,
} from './store/store.ts'
export { RECEIPT_WARNINGS } from './store/store.ts'
export { CHAIN_RECIPE, canonicalJson, chainHash, GENESIS } from './chain/hash.ts'
export { verifyChain } from './chain/verify.ts'
export { anchorKey, appendAnchor, verifyAnchors } from './chain/anchors.ts'
export type { AnchorLine, AnchorReport } from './chain/anchors.ts'
export { verifyPurges } from './chain/purges.ts'
export { declarationHash, parseDeclaration, verifyDeclarations } from './export/declarations.ts'
export type { StoredDeclaration } from './export/declarations.ts'
export type { ChainedRecord, ErasureRecord, PurgeRecord, PurgeReason } from './chain/purges.ts'
export type { AnchorPostOptions } from './chain/anchor-post.ts'
export { ingest } from './ingest/ingest.ts'
export type { IngestResponse, Rejection } from './ingest/ingest.ts'
export { exportReceipts, CONTENT_TYPES, FILE_EXTENSIONS } from './export/export.ts'
export type { ExportOptions, RecipientInfo } from './export/export.ts'
export type { SiteDeclaration, DeclaredService } from './export/site.ts'
export { DEFAULT_TIME_ZONE, NOT_DECLARED, zoned } from './export/site.ts'
export { parseExportQuery, EXPORT_FORMATS } from './export/query.ts'
export type { ExportFormat, ExportQuery, ParamError } from './export/query.ts'
export { toKantara, PURPOSE_CATEGORIES } from './export/kantara.ts'
export { toIso27560, ISO27560_SCHEMA } from './export/iso27560.ts'
export type { ControllerInfo, KantaraOptions } from './export/kantara.ts'
export { receiptStats } from './export/stats.ts'
export type { Stats } from './export/stats.ts'
export { importReceipts } from './import/import.ts'
export type { ImportResult } from './import/import.ts'
export { hashToken, generateToken } from './access/tokens.ts'
export type { TokenOption } from './access/tokens.ts'
export type { SiteOptions } from './access/sites.ts'
export { parseServices } from './export/services.ts'
export { buildProofPack, PACK_FORMAT } from './proof/pack.ts'
export type { ProofPack, ProofSource } from './proof/pack.ts'
