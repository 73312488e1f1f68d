// @sekisho/receipts: consent receipts — builder, durable queue and delivery — plus the wire schema.
export {
  CONSENT_MODE_TYPES,
  DECISION_METHODS,
  RECEIPT_SCHEMA,
  formatReceiptErrors,
  validateReceipt,
} from './schema/index.ts'
export type { Receipt, ReceiptError, ReceiptValidation } from './schema/index.ts'
export { textHash } from './receipt/text-hash.ts'
export { buildReceipt } from './receipt/build-receipt.ts'
/** Receipt ids are chosen by core when a decision is made; re-exported where receipts are built. */
export { receiptId } from '@sekisho/core'
export type { BuildReceiptInput } from './receipt/build-receipt.ts'
export { createReceiptClient } from './client/receipt-client.ts'
export type { ReceiptClient, ReceiptClientOptions, ReceiptEvent } from './client/receipt-client.ts'
export { httpTextTransport, httpTransport, retryAfterMs } from './delivery/http-transport.ts'
export type {
  Rejection,
  TextTransport,
  Transport,
  TransportError,
  TransportOutcome,
} from './delivery/http-transport.ts'
export { chooseDropped, openQueue } from './queue/receipt-queue.ts'
export type { QueueEntry, ReceiptQueue } from './queue/receipt-queue.ts'
