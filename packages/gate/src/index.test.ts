import { expect } from 'chai'
import * as gate from './index.ts'

describe('@sekisho/gate exports', () => {
  it('names exactly its public API, and installs nothing on import', () => {
    expect(Object.keys(gate).sort()).to.deep.equal([
      'cookieDomains',
      'cookiePaths',
      'eraseCookies',
      'eraseStorage',
      'installGate',
      'matchService',
      'namePattern',
    ])
    // Importing patched nothing: setAttribute is still the browser's own.
    expect(Element.prototype.setAttribute.toString()).to.contain('[native code]')
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.set!.toString()).to.contain('[native code]')
  })
})
