import { expect } from 'chai'
import { localize } from '../index.ts'

describe('localize', () => {
  it('returns plain strings as they are', () => {
    expect(localize('Google LLC', 'en')).to.equal('Google LLC')
  })
  it('prefers the asked language, then the fallbacks in order', () => {
    const text = { ja: 'グーグル', en: 'Google' }
    expect(localize(text, 'en')).to.equal('Google')
    expect(localize(text, 'fr')).to.equal('グーグル')
    expect(localize(text, 'fr', ['en', 'ja'])).to.equal('Google')
  })
  it('falls back to Japanese, then English, whatever order the text lists its languages in', () => {
    expect(localize({ en: 'Google', ja: 'グーグル' }, 'fr')).to.equal('グーグル')
    expect(localize({ ko: '구글', en: 'Google' }, 'fr')).to.equal('Google')
  })
  it('falls back to any language, then to empty', () => {
    expect(localize({ ko: '구글' }, 'en')).to.equal('구글')
    expect(localize(undefined, 'en')).to.equal('')
  })
  it('gives empty for a text in no language', () => {
    expect(localize({}, 'en')).to.equal('')
  })
})
