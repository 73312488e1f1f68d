import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import * as collector from './index.ts'

describe('@sekisho/collector exports', () => {
  it('names exactly its public functions and constants', () => {
    assert.deepEqual(Object.keys(collector).sort(), [
      'CHAIN_RECIPE',
      'CONTENT_TYPES',
      'DEFAULT_TIME_ZONE',
      'EXPORT_FORMATS',
      'FILE_EXTENSIONS',
      'GENESIS',
      'ISO27560_SCHEMA',
      'NOT_DECLARED',
      'PACK_FORMAT',
      'PURPOSE_CATEGORIES',
      'RECEIPT_WARNINGS',
      'SERVE_USAGE',
      'anchorKey',
      'appendAnchor',
      'buildProofPack',
      'canonicalJson',
      'chainHash',
      'createCollector',
      'declarationHash',
      'dropPostgresSchema',
      'exportReceipts',
      'generateToken',
      'hashToken',
      'importReceipts',
      'ingest',
      'openPostgresStore',
      'openSqliteStore',
      'openStore',
      'parseDeclaration',
      'parseExportQuery',
      'parseServices',
      'receiptStats',
      'redact',
      'serveOptions',
      'toIso27560',
      'toKantara',
      'verifyAnchors',
      'verifyChain',
      'verifyDeclarations',
      'verifyPurges',
      'zoned',
    ])
  })
})
