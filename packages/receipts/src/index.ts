// @sekisho/receipts: consent receipts — builder, durable queue and delivery — plus the wire schema.
export { CONSENT_MODE_TYPES, DECISION_METHODS, RECEIPT_SCHEMA, formatReceiptErrors, validateReceipt } from './schema/index.ts'
export type { Receipt, ReceiptError, ReceiptValidation } from './schema/index.ts'
export { textHash } from './receipt/text-hash.ts'
