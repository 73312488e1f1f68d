import { expect } from 'chai'
import { textHash } from '../index.ts'

describe('textHash', () => {
  it('is the SHA-256 of the UTF-8 text', async () => {
    // Known vectors: SHA-256("") and SHA-256("abc").
    expect(await textHash('')).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(await textHash('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
  it('differs for different wording, including Japanese', async () => {
    expect(await textHash('同意する')).to.not.equal(await textHash('同意します'))
  })
})
