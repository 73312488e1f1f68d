// HTML strings meet the gate where a page hands them to a parser; what is not HTML (a feed, typed
// text) is left as the page wrote it, and shadow roots made from markup stay watched.
import { expect } from 'chai'
import { installGate } from '../index.ts'
import { rewriteMarkup } from './markup.ts'
import type { Gate } from '../index.ts'
import { BASE, service, until } from '../../test/fixtures.ts'

declare global {
  interface Window {
    ran?: string[]
  }
}

let granted = false
let gate: Gate
beforeEach(() => {
  granted = false
  window.ran = []
  document.body.innerHTML = ''
  gate = installGate({ services: [service('ads', ['advertising'])], isGranted: () => granted, reload() {} })
})
afterEach(() => gate.uninstall())

describe('markup: what is not HTML', () => {
  it('leaves XML a page parses (a feed) to the XML parser, as written', () => {
    const feed = new DOMParser().parseFromString(
      '<feed><entry><img src="/ads/feed.gif"/></entry></feed>',
      'application/xml',
    )
    expect(feed.querySelector('parsererror')).to.equal(null)
    expect(feed.querySelector('img')!.getAttribute('src')).to.equal('/ads/feed.gif')
  })

  it('inserts the text a page types into an editor as that text', () => {
    const editor = document.body.appendChild(document.createElement('div'))
    editor.contentEditable = 'true'
    editor.focus()
    document.execCommand('insertText', false, '<img src="/ads/typed.gif">')
    expect(editor.textContent).to.equal('<img src="/ads/typed.gif">')
  })
})

describe('markup: shadow roots it makes', () => {
  it('watches a declarative shadow root set by setHTMLUnsafe for the tags that come into it later', async () => {
    const host = document.body.appendChild(document.createElement('div'))
    host.setHTMLUnsafe('<div id="widget"><template shadowrootmode="open"><p>widget</p></template></div>')
    const root = host.querySelector('#widget')!.shadowRoot!
    // An attribute node: no setter the gate wraps, so only a watching observer sees it.
    const frame = document.createElement('iframe')
    const src = document.createAttribute('src')
    src.value = '/ads/later.html'
    frame.setAttributeNode(src)
    root.append(frame)
    await null
    expect(frame.getAttribute('data-sekisho')).to.equal('ads')
  })
})

describe('markup: scripts that never run', () => {
  it('never runs a script parsed by DOMParser or parseHTMLUnsafe that the page inserts, not even after consent', async () => {
    const src = (x: string) => `${BASE}tracker.js?n=ads-${x}`
    const parser = Document as unknown as { parseHTMLUnsafe(html: string): Document }
    document.body.append(
      new DOMParser().parseFromString(`<script src="${src('parser')}"></script>`, 'text/html').querySelector('script')!,
      parser.parseHTMLUnsafe(`<script src="${src('unsafe')}"></script>`).querySelector('script')!,
      // A marked-up script after them, released in order: once it ran, so would they have.
      document
        .createRange()
        .createContextualFragment(
          `<script type="text/plain" data-sekisho="advertising" src="${src('control')}"></script>`,
        ),
    )
    granted = true
    gate.refresh()
    expect(await until(() => window.ran!.includes('ads-control'))).to.equal(true)
    expect(window.ran).to.deep.equal(['ads-control'])
  })
})

describe('markup: what it rewrites, and what it leaves as written', () => {
  // The rules of one held host, without a gate: its URLs are taken out, its CSS url()s emptied.
  const { setAttribute } = Element.prototype
  const hold = (el: Element, url: string, attr: string) => url.startsWith('/ads/') && (el.removeAttribute(attr), true)
  const css = (text: string) => text.replace(/url\(\/ads\/[^)]*\)/g, 'url()')
  const parsed = (html: string) => document.createRange().createContextualFragment(html)

  it('gives back the very string when it holds nothing: no second serialization', () => {
    for (const html of [
      '<img src=/own.png alt=x>',
      '<p style="color:red">x</p><style>p{color:red}</style><img src=/own.png>',
      '<script>1</script><iframe src=/own.html></iframe>',
    ])
      expect(rewriteMarkup(html, false, hold, setAttribute, css)).to.equal(html)
  })

  it('empties a held url() in a style attribute and keeps the element and other styles', () => {
    const out = parsed(
      rewriteMarkup(
        '<div style="color:red">a</div><b style="background:url(/ads/x.gif)">b</b>',
        false,
        hold,
        setAttribute,
        css,
      ),
    )
    expect(out.querySelector('div')!.getAttribute('style')).to.equal('color:red')
    expect(out.querySelector('b')!.getAttribute('style')).to.match(/^background:url\((?!\/ads\/)/)
  })

  it('reads markup set into an SVG element as SVG, where an image loads from href', () => {
    const svg = document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    // (Read as HTML, <image> would be an <img>, whose href loads nothing, and go by unheld.)
    svg.innerHTML = '<image href="/ads/svg-image.gif" width="9" height="9"/>'
    const image = svg.querySelector('image')!
    expect([image.hasAttribute('href'), image.getAttribute('data-sekisho')]).to.deep.equal([false, 'ads'])
  })

  it('releases a marked-up tag that innerHTML brings, for a visitor who consented', async () => {
    granted = true
    gate.refresh()
    const div = document.body.appendChild(document.createElement('div'))
    div.innerHTML = '<img data-sekisho="advertising" data-src="/ads/swapped.gif">'
    expect(await until(() => div.querySelector('img')!.getAttribute('src') == '/ads/swapped.gif')).to.equal(true)
  })
})
