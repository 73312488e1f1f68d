import { expect } from 'chai'
import * as catalog from './index.ts'

describe('@sekisho/catalog exports', () => {
  it('are exactly the public API', () => {
    expect(Object.keys(catalog).sort()).to.deep.equal([
      'APPI_FIELDS',
      'FACT_FIELDS',
      'catalog',
      'catalogGate',
      'catalogGateText',
      'catalogSources',
      'gateEntry',
      'getService',
      'readGateText',
      'unconfirmedFacts',
    ])
  })
})
