import { expect } from 'chai'
import { cookieDomains, cookiePaths, eraseCookies } from '../index.ts'

describe('cookie variants', () => {
  it('lists host-only, the host and every parent domain', () => {
    expect(cookieDomains('www.shop.example.co.jp')).to.deep.equal([
      '',
      '.www.shop.example.co.jp',
      '.shop.example.co.jp',
      '.example.co.jp',
      '.co.jp',
    ])
    expect(cookieDomains('127.0.0.1')).to.deep.equal(['', '127.0.0.1'])
    expect(cookieDomains('localhost')).to.deep.equal([''])
  })
  it('reads only an all-digit host as an IP address: a name may start or end with a digit', () => {
    expect(cookieDomains('4travel.jp')).to.deep.equal(['', '.4travel.jp'])
    expect(cookieDomains('intra.host01')).to.deep.equal(['', '.intra.host01'])
  })
  it('lists / and every ancestor path', () => {
    expect(cookiePaths('/shop/items/42.html')).to.deep.equal(['/', '/shop', '/shop/items', '/shop/items/42.html'])
    expect(cookiePaths('/')).to.deep.equal(['/'])
  })
  it("erases a cookie with no record of what the page wrote: the page's own path and its ancestors", () => {
    document.cookie = 'erased=1; Path=/'
    document.cookie = 'kept=1; Path=/'
    eraseCookies((name) => name == 'erased')
    expect(document.cookie.split('; ')).to.include('kept=1').and.not.include('erased=1')
    document.cookie = 'kept=; Max-Age=0; Path=/'
  })
  it('erases nothing, and throws nothing, where the document may have no cookies (an opaque origin)', () => {
    // What Chromium throws in a sandboxed or data: document, on this document's own property.
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'cookie' property from 'Document'", 'SecurityError')
      },
    })
    try {
      expect(() => eraseCookies(() => true)).not.to.throw()
    } finally {
      delete (document as { cookie?: string }).cookie
    }
    expect(() => document.cookie).not.to.throw()
  })
})
