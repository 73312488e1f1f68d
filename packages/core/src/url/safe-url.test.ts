import { expect } from 'chai'
import { safeUrl } from '../index.ts'

describe('safeUrl', () => {
  it('accepts http(s), mailto and same-site URLs, trimmed', () => {
    const ok = ['https://a.jp', 'HTTP://a.jp/x?y=1', 'mailto:x@a.jp', '/privacy', '#notice', './p', '../p']
    expect(ok.map(safeUrl)).to.deep.equal(ok)
    expect(safeUrl('  https://a.jp/p \n')).to.equal('https://a.jp/p')
  })

  it('refuses scripts, data and what browsers read as another site', () => {
    // `//host` and `/\host` are both protocol-relative to a browser: another site, not a path.
    const bad = ['javascript:x', ' JavaScript:x', 'vbscript:x', 'data:text/html,x', '//a.jp', '/\\a.jp', 'a.jp', '']
    expect(bad.map(safeUrl)).to.deep.equal(bad.map(() => undefined))
    expect(safeUrl(undefined)).to.equal(undefined)
  })
})
