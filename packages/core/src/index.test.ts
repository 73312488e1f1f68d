import { expect } from 'chai'
import * as core from './index.ts'

describe('@sekisho/core exports', () => {
  it('are exactly these (a new export is a decision, not an accident)', () => {
    expect(Object.keys(core).sort()).to.deep.equal([
      'CONSENT_MODE_MAP',
      'DECISION_METHODS',
      'EXPORT_EXTENSIONS',
      'EXPORT_FORMATS',
      'PURPOSE_LABELS',
      'PURPOSE_TEXT',
      'REOPEN_LABEL',
      'afterPaint',
      'consentModeState',
      'createConsent',
      'decodeDecision',
      'encodeDecision',
      'formatConfigErrors',
      'isGranted',
      'localize',
      'mountReopen',
      'mountReopenButton',
      'openOnClick',
      'pickLanguage',
      'pushConsentDefault',
      'pushConsentUpdate',
      'receiptId',
      'resolveConfig',
      'safeUrl',
      'validateConfig',
      'whenIdle',
    ])
  })
})
