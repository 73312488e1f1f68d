import { expect } from 'chai'
import * as receipts from './index.ts'

describe('@sekisho/receipts exports', () => {
  it('names exactly the public API', () => {
    expect(Object.keys(receipts).sort()).to.deep.equal([
      'CONSENT_MODE_TYPES',
      'DECISION_METHODS',
      'RECEIPT_SCHEMA',
      'buildReceipt',
      'chooseDropped',
      'createReceiptClient',
      'formatReceiptErrors',
      'httpTextTransport',
      'httpTransport',
      'openQueue',
      'receiptId',
      'retryAfterMs',
      'textHash',
      'validateReceipt',
    ])
  })
})
