// @sekisho/receipts/schema: the receipt contract and its validator, free of browser APIs (the
// collector and CLI import this entry on Node).
export { CONSENT_MODE_TYPES, DECISION_METHODS, NO_TEXT, RECEIPT_SCHEMA } from './receipt.ts'
export type { Receipt } from './receipt.ts'
export { EMPTY_TEXT_HASH, formatReceiptErrors, validateReceipt } from './validate.ts'
export type { ReceiptError, ReceiptValidation, ValidateOptions } from './validate.ts'
