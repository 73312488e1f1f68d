// HTML strings meet the gate where a page hands them to a parser; what is not HTML (a feed, typed
// text) is left as the page wrote it, and shadow roots made from markup stay watched.
import { expect } from 'chai'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { service } from '../../test/fixtures.ts'

let gate: Gate
beforeEach(() => {
  document.body.innerHTML = ''
  gate = installGate({ services: [service('ads', ['advertising'])], isGranted: () => false, reload() {} })
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
