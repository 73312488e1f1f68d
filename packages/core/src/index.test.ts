import { expect } from 'chai'
import * as core from './index.ts'

describe('@sekisho/core exports', () => {
  it('are exactly these (a new export is a decision, not an accident)', () => {
    expect(Object.keys(core).sort()).to.deep.equal([
      'CONSENT_MODE_MAP',
      'PURPOSE_TEXT',
      'consentModeState',
      'createConsent',
      'decodeDecision',
      'encodeDecision',
      'formatConfigErrors',
      'isGranted',
      'localize',
      'pushConsentDefault',
      'pushConsentUpdate',
      'receiptId',
      'resolveConfig',
      'validateConfig',
    ])
  })
})
