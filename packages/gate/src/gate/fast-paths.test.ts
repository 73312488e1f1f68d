// Attack tests for the gate's fast paths: with the tracker on another host, the page's own
// relative URLs are let through unparsed (heldBy) and HTML whose URLs are all relative is not
// parsed a second time (markup). Each spelling below looks relative to a quick scan but reaches
// the tracker's host, and is held synchronously, before the browser gets the URL.
import { expect } from 'chai'
import type { Gate } from '../index.ts'
import { installGate } from '../index.ts'
import { service } from '../../test/fixtures.ts'

/** A host that is not the page's own: the fast paths only apply when no service declares the page's host. */
const OTHER = location.hostname == 'localhost' ? '127.0.0.1' : 'localhost'

let gate: Gate
beforeEach(() => {
  document.body.innerHTML = ''
  gate = installGate({
    services: [service('ads', ['advertising'], { hosts: [OTHER, 'tracker.example'] })],
    isGranted: () => false,
    reload() {},
  })
})
afterEach(() => gate.uninstall())

/** Whether the gate held `el` (its URL waits in data-*, or a script's type is text/plain). */
const held = (el: Element) => el.getAttribute('data-sekisho') == 'ads'

describe('installGate: fast paths for relative URLs', () => {
  it("lets the page's own relative URLs through, and holds the ones that only look relative", () => {
    const own = document.createElement('img')
    own.src = '/own/1.png'
    expect(held(own)).to.equal(false)
    for (const url of [`//${OTHER}/a.gif`, `/\t/${OTHER}/b.gif`, `/\n/${OTHER}/c.gif`, `\\\\${OTHER}/d.gif`]) {
      const img = document.createElement('img')
      img.src = url
      expect([url, held(img)]).to.deep.equal([url, true])
      const frame = document.createElement('iframe')
      frame.setAttribute('src', url)
      expect([url, held(frame)]).to.deep.equal([url, true])
    }
  })

  it("parses none of the page's own relative URLs, and its base once for each time it changes", () => {
    const Native = window.URL
    let parsed = 0
    window.URL = class extends Native {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args)
        parsed++
      }
    }
    const base = document.createElement('base')
    try {
      const load = (n: number) => {
        for (let i = 0; i < n; i++) document.createElement('img').src = `/own/${i}.png`
      }
      load(100)
      // The first relative URL reads the page's base (here, the document's URL) once.
      expect(parsed).to.equal(1)
      base.href = '/elsewhere/'
      document.head.appendChild(base)
      load(100)
      expect(parsed).to.equal(2)
    } finally {
      window.URL = Native
      base.remove()
    }
  })

  it('holds relative URLs once a <base> moves them to the tracker', () => {
    const pixel = () => {
      const img = document.createElement('img')
      img.src = 'pixel.gif'
      return held(img)
    }
    expect(pixel()).to.equal(false)
    const base = document.head.appendChild(document.createElement('base'))
    base.href = `http://${OTHER}/`
    try {
      expect(pixel()).to.equal(true)
    } finally {
      base.remove()
    }
    expect(pixel()).to.equal(false)
  })

  it("holds relative URLs under a <base> on a subdomain of any one of a service's hosts", () => {
    const base = document.head.appendChild(document.createElement('base'))
    base.href = 'http://cdn.tracker.example/'
    try {
      const img = document.createElement('img')
      img.src = 'pixel.gif'
      expect(held(img)).to.equal(true)
    } finally {
      base.remove()
    }
  })

  it('holds tracker URLs in markup spelled with character references, tabs or newlines between slashes', () => {
    for (const html of [
      `<img src="&#x2F;&#x2F;${OTHER}/a.gif">`,
      `<img src="/\n/${OTHER}/b.gif">`,
      `<img src="/\t\n/${OTHER}/c.gif">`,
      `<img src="\\\\${OTHER}/d.gif">`,
      `<img srcset="/own.png 1x, //${OTHER}/e.gif 2x">`,
    ]) {
      // Checked before the observer could run: the markup itself reaches the browser held.
      document.body.innerHTML = html
      expect([html, held(document.querySelector('img')!)]).to.deep.equal([html, true])
      const parsed = new DOMParser().parseFromString(html, 'text/html')
      expect([html, held(parsed.querySelector('img')!)]).to.deep.equal([html, true])
    }
    document.body.innerHTML = '<img src="/own/2.png"><a href="/p/1">own</a>'
    expect(held(document.querySelector('img')!)).to.equal(false)
  })

  it('keeps checking the tags after a tag named __proto__ or constructor in one insertion', async () => {
    // An attribute node: no setter the gate wraps, so the observer is what sees it.
    const frame = document.createElement('iframe')
    const src = document.createAttribute('src')
    src.value = `//${OTHER}/g.html`
    frame.setAttributeNode(src)
    const odd = ['__proto__', 'constructor'].map((name) => {
      const el = document.createElement(name)
      el.setAttribute('title', name)
      return el
    })
    document.body.append(...odd, frame)
    await null
    expect(held(frame)).to.equal(true)
  })
})
