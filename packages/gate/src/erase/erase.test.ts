import { expect } from 'chai'
import { cookieDomains, cookiePaths } from '../index.ts'

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
  it('lists / and every ancestor path', () => {
    expect(cookiePaths('/shop/items/42.html')).to.deep.equal(['/', '/shop', '/shop/items', '/shop/items/42.html'])
    expect(cookiePaths('/')).to.deep.equal(['/'])
  })
})
