import { expect } from 'chai'
import { setMarkup } from './markup.ts'

function html(text: string): string {
  const box = document.createElement('div')
  box.textContent = 'replaced'
  setMarkup(box, text)
  return box.innerHTML
}

describe('setMarkup', () => {
  it('keeps plain text, escaping what looks like HTML', () => {
    expect(html('a < b & c')).to.equal('a &lt; b &amp; c')
    expect(html('<img src=x onerror="alert(1)">')).to.equal('&lt;img src=x onerror="alert(1)"&gt;')
    expect(html('<script>alert(1)</script>')).to.equal('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html('<strong onclick="x()">hi</strong>')).to.equal('&lt;strong onclick="x()"&gt;hi&lt;/strong&gt;')
  })
  it('renders links, emphasis and line breaks', () => {
    expect(
      html('see <a href="https://example.jp/p?a=1">policy</a>, <strong>now</strong> <em>or</em><br>later'),
    ).to.equal(
      'see <a href="https://example.jp/p?a=1" target="_blank" rel="noopener">policy</a>, <strong>now</strong> <em>or</em><br>later',
    )
    expect(html('<b><i>x</i></b>')).to.equal('<b><i>x</i></b>')
  })
  it('drops unsafe link targets but keeps the words', () => {
    expect(html('<a href="javascript:alert(1)">click</a>')).to.equal('click')
    expect(html('<a href=" JavaScript:alert(1)">click</a>')).to.equal('click')
    expect(html('<a href="data:text/html,x">d</a>')).to.equal('d')
    expect(html('<a href="//evil.example">p</a>')).to.equal('p')
    expect(html('<a href="https://x.jp" onmouseover="y()">z</a>')).to.equal(
      '&lt;a href="https://x.jp" onmouseover="y()"&gt;z&lt;/a&gt;',
    )
  })
  it('closes what is left open and keeps stray closing tags as text', () => {
    expect(html('<strong>open')).to.equal('<strong>open</strong>')
    expect(html('a</em>b')).to.equal('a&lt;/em&gt;b')
  })
})
