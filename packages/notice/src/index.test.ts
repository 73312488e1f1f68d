import { expect } from 'chai'
import * as notice from './index.ts'

describe('@sekisho/notice exports', () => {
  it('are exactly the public API', () => {
    expect(Object.keys(notice).sort()).to.deep.equal([
      'buildNotice',
      'countryName',
      'mountNotice',
      'renderNoticeHtml',
      'renderNoticeMarkdown',
    ])
  })
})
