import { expect } from 'chai'
import { PURPOSE_TEXT } from '../index.ts'
import { BUILT_IN_PURPOSES } from './built-in.ts'

describe('PURPOSE_TEXT', () => {
  it('describes exactly the purposes the validator counts as built in', () => {
    expect(Object.keys(PURPOSE_TEXT)).to.deep.equal(BUILT_IN_PURPOSES)
  })

  it('covers the usual purposes with ja/en label, one-sentence description and a DPV term', () => {
    expect(Object.keys(PURPOSE_TEXT)).to.deep.equal([
      'necessary',
      'analytics',
      'advertising',
      'affiliate',
      'functional',
      'personalization',
    ])
    for (const [id, text] of Object.entries(PURPOSE_TEXT)) {
      expect(text.label.ja, id).to.match(/\S/)
      expect(text.label.en, id).to.match(/\S/)
      expect(text.description.ja.match(/。/g), id).to.have.length(1)
      expect(text.description.ja.endsWith('。'), id).to.equal(true)
      expect(text.description.en.match(/\.(\s|$)/g), id).to.have.length(1)
      expect(text.dpv, id).to.match(/^dpv:[A-Z]\w+$/)
    }
  })
})
