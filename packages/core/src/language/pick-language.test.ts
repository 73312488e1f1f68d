import { expect } from 'chai'
import { pickLanguage } from '../index.ts'

describe('pickLanguage', () => {
  it('takes the first preferred tag that is offered, as written or by its primary subtag', () => {
    expect(pickLanguage(['ja', 'en'], ['en'])).to.equal('en')
    expect(pickLanguage(['ja', 'en'], ['ja-JP', 'en-US'])).to.equal('ja')
    expect(pickLanguage(['en', 'ja'], ['fr', 'EN-gb', 'ja'])).to.equal('en')
    expect(pickLanguage(['en', 'ja'], ['JA'])).to.equal('ja')
    // A region the config offers as such (lower case, as config languages are written) wins over its primary subtag.
    expect(pickLanguage(['pt', 'pt-br'], ['pt-BR'])).to.equal('pt-br')
  })

  it('skips missing and empty tags: an explicit choice, then <html lang>', () => {
    expect(pickLanguage(['ja', 'en'], [undefined, '', null, 'en'])).to.equal('en')
  })

  it('falls back to the first offered language, and to undefined when none is', () => {
    expect(pickLanguage(['ja', 'en'], ['fr-FR', 'de'])).to.equal('ja')
    expect(pickLanguage(['en', 'ja'], [])).to.equal('en')
    expect(pickLanguage([], ['en'])).to.equal(undefined)
  })
})
