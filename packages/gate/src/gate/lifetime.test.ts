// Attack tests: tags that arrive after the page loaded, through every parser entry point and
// insertion method, and marked-up tags released for a visitor who has already consented.
import { expect } from 'chai'
import type { ServiceDefinition } from '@sekisho/core'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { BASE, requested, resetPage, service, until } from '../../test/fixtures.ts'

declare global {
  interface Window {
    ran?: string[]
  }
}

const trackerUrl = (id: string, n: string) => `${BASE}tracker.js?n=${id}&x=${n}`

let granted: Record<string, boolean> = {}
let gate: Gate
const isGranted = (t: string | ServiceDefinition) =>
  typeof t === 'string' ? !!granted[t] : t.purposes.every((p) => granted[p])
/** A later task: after the microtasks (and observer callbacks) of what was just done. */
const task = () => new Promise((r) => setTimeout(r, 20))
/** What a detached XHTML document parses: no HTML string reaches a gated parser on the way. */
const xhtml = (inner: string) =>
  new DOMParser().parseFromString(`<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`, 'application/xhtml+xml')
    .documentElement

beforeEach(() => {
  granted = {}
  window.ran = []
  resetPage()
  gate = installGate({
    services: [service('stats', ['analytics']), service('ads', ['advertising'])],
    isGranted,
    reload() {},
  })
})
afterEach(() => gate.uninstall())

describe('installGate: the page whole life', () => {
  it("holds the tags of a document's own HTML while its parser inserts them (the parser-time observer)", async () => {
    const frame = Object.assign(document.createElement('iframe'), { id: 'parsed' })
    document.body.append(frame)
    // The frame's realm is armed before it navigates (contentWindow); parsed.html's first script
    // reaches it again while its parser runs, which watches that document until it is parsed.
    void frame.contentWindow
    await new Promise((loaded) => {
      frame.onload = loaded
      frame.src = `${BASE}parsed.html`
    })
    const doc = frame.contentDocument!
    // The script and the image are marked up before the parser runs or shows them; the frame
    // inside the div is marked up too; the page's own script ran.
    expect((frame.contentWindow as Window & { ran?: string[] }).ran).to.deep.equal(['own-parsed'])
    expect([...doc.querySelectorAll('[data-sekisho]')].map((el) => el.localName)).to.deep.equal([
      'script',
      'img',
      'iframe',
    ])
  })

  it('holds images and frames of a detached document inserted on a timer, after the page loaded', async () => {
    await task()
    document.body.append(xhtml('<img src="/ads/late.gif"/><p><iframe src="/ads/late.html"></iframe></p>'))
    await task()
    expect(requested('/ads/')).to.equal(false)
    expect(gate.held().map((el) => el.localName)).to.deep.equal(['img', 'iframe'])
    granted = { advertising: true }
    gate.refresh()
    expect(await until(() => requested('/ads/late.gif'))).to.equal(true)
  })

  it('releases marked-up tags a PJAX swap clones in for a visitor who already consented', async () => {
    granted = { advertising: true }
    gate.refresh()
    // The page carries the next view in a template and swaps it in later (Turbo/PJAX style).
    const view = document.body.appendChild(document.createElement('template'))
    view.innerHTML = '<section><iframe data-sekisho="advertising" data-src="/ads/embed.html"></iframe></section>'
    await task()
    document.body.append(view.content.cloneNode(true))
    await task()
    const frame = document.querySelector('section iframe')!
    expect(frame.getAttribute('src')).to.equal('/ads/embed.html')
    expect(frame.getAttribute('data-sekisho-released')).to.equal('advertising')
  })

  it('releases a marked-up tag whose attributes a renderer set as nodes, inserted on a timer', async () => {
    granted = { advertising: true }
    gate.refresh()
    await task()
    const frame = document.createElement('iframe')
    for (const [name, value] of [
      ['data-sekisho', 'advertising'],
      ['data-src', '/ads/attr.html'],
    ]) {
      const attr = document.createAttribute(name!)
      attr.value = value!
      frame.setAttributeNode(attr)
    }
    document.body.append(frame)
    expect(await until(() => frame.getAttribute('src') == '/ads/attr.html')).to.equal(true)
  })

  it('keeps a marked-up script inserted by innerHTML inert on release, as the browser would', async () => {
    granted = { analytics: true }
    gate.refresh()
    const div = document.body.appendChild(document.createElement('div'))
    const tag = (x: string) =>
      `<script type="text/plain" data-sekisho="analytics" src="${trackerUrl('stats', x)}"></script>`
    div.innerHTML = tag('inner')
    // A script from markup that runs scripts, released alongside: once it ran, so would the other.
    div.append(document.createRange().createContextualFragment(tag('control')))
    expect(await until(() => window.ran!.length == 1)).to.equal(true)
    await task()
    const script = div.querySelector('script')!
    expect(script.getAttribute('data-sekisho-released')).to.equal('analytics')
    expect(script.hasAttribute('type')).to.equal(false)
    expect(window.ran).to.deep.equal(['stats'])
    expect(requested('x=inner')).to.equal(false)
  })

  it('runs once the copy a library makes of an innerHTML script (htmx), after consent', async () => {
    const div = document.body.appendChild(document.createElement('div'))
    div.innerHTML = `<script type="text/plain" data-sekisho="analytics" src="${trackerUrl('stats', 'copy')}"></script>`
    // htmx re-creates each swapped-in script so that it runs, copying its attributes.
    const old = div.querySelector('script')!
    const copy = document.createElement('script')
    for (const attr of Array.from(old.attributes)) copy.setAttribute(attr.name, attr.value)
    old.replaceWith(copy)
    await task()
    expect(window.ran).to.deep.equal([])
    granted = { analytics: true }
    gate.refresh()
    expect(await until(() => window.ran!.length == 1)).to.equal(true)
    await task()
    expect(window.ran).to.deep.equal(['stats'])
  })
})

describe('installGate: parser entry points and insertion methods', () => {
  const SWAPS: Array<[string, (node: Node) => void]> = [
    ['appendChild', (n) => document.body.appendChild(n)],
    ['insertAdjacentElement', (n) => document.body.insertAdjacentElement('beforeend', n as Element)],
    ['replaceWith', (n) => document.body.appendChild(document.createElement('b')).replaceWith(n)],
    ['before', (n) => document.body.appendChild(document.createElement('b')).before(n)],
    ['after', (n) => document.body.appendChild(document.createElement('b')).after(n)],
    ['prepend', (n) => document.body.prepend(n)],
    ['replaceChildren', (n) => document.body.appendChild(document.createElement('b')).replaceChildren(n)],
    ['adoptNode', (n) => document.body.append(document.adoptNode(n))],
    ['importNode', (n) => document.body.append(document.importNode(n, true))],
  ]
  for (const [name, insert] of SWAPS)
    it(`holds an image of a detached document inserted by ${name}`, async () => {
      insert(xhtml(`<span><img src="/ads/${name}.gif"/></span>`))
      await task()
      expect(requested('/ads/')).to.equal(false)
      expect(gate.held()).to.have.length(1)
    })

  // Adopted into this document, an image loads though it is in no tree of the document's.
  for (const [name, parent] of [
    ['a fragment', () => document.createDocumentFragment()],
    ['a detached element', () => document.createElement('div')],
  ] as const)
    it(`holds an image of a detached document appended to ${name}`, async () => {
      const node = xhtml(`<span><img src="/ads/into-${name.length}.gif"/></span>`)
      parent().appendChild(node)
      await task()
      expect(requested('/ads/')).to.equal(false)
      expect(node.querySelector('img')!.getAttribute('data-sekisho')).to.equal('ads')
    })

  const PARSERS: Array<[string, (html: string) => void]> = [
    ['DOMParser', (h) => document.body.append(...new DOMParser().parseFromString(h, 'text/html').body.childNodes)],
    ['Document.parseHTMLUnsafe', (h) => document.body.append(...(Document as any).parseHTMLUnsafe(h).body.childNodes)],
    ['setHTMLUnsafe', (h) => (document.body.appendChild(document.createElement('div')) as any).setHTMLUnsafe(h)],
    [
      'setHTMLUnsafe on a shadow root',
      (h) =>
        (document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' }) as any).setHTMLUnsafe(
          h,
        ),
    ],
    // The safe siblings keep an image whenever the page's sanitizer allows it (`{}` does).
    ['setHTML', (h) => (document.body.appendChild(document.createElement('div')) as any).setHTML(h, { sanitizer: {} })],
    [
      'setHTML on a shadow root',
      (h) =>
        (document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' }) as any).setHTML(h, {
          sanitizer: {},
        }),
    ],
    [
      'Document.parseHTML',
      (h) => document.body.append(...(Document as any).parseHTML(h, { sanitizer: {} }).body.childNodes),
    ],
    [
      'a declarative shadow root by setHTML',
      (h) =>
        (document.body.appendChild(document.createElement('div')) as any).setHTML(
          `<div><template shadowrootmode="closed">${h}</template></div>`,
          { sanitizer: {} },
        ),
    ],
    [
      'a declarative shadow root',
      (h) =>
        (document.body.appendChild(document.createElement('div')) as any).setHTMLUnsafe(
          `<div><template shadowrootmode="closed">${h}</template></div>`,
        ),
    ],
    [
      'template content',
      (h) => {
        const template = document.createElement('template')
        template.innerHTML = h
        document.body.append(template.content.cloneNode(true))
      },
    ],
    [
      'execCommand insertHTML',
      (h) => {
        const editor = document.body.appendChild(document.createElement('div'))
        editor.contentEditable = 'true'
        editor.focus()
        document.execCommand('insertHTML', false, h)
      },
    ],
  ]
  for (const [name, parse] of PARSERS)
    it(`holds images and frames parsed by ${name}`, async () => {
      parse(
        `<p>x</p><img src="/ads/${name.replace(/ /g, '-')}.gif"><iframe src="/ads/${name.replace(/ /g, '-')}.html"></iframe>`,
      )
      await task()
      await task()
      expect(requested('/ads/')).to.equal(false)
    })

  it('holds images in a srcdoc document set by property and by setAttribute', async () => {
    const frames = ['property', 'attribute'].map((how) => {
      const frame = document.createElement('iframe')
      const html = `<img src="/ads/srcdoc-${how}.gif">`
      if (how == 'property') frame.srcdoc = html
      else frame.setAttribute('srcdoc', html)
      document.body.append(frame)
      return new Promise<Window>((r) => frame.addEventListener('load', () => r(frame.contentWindow!)))
    })
    for (const win of await Promise.all(frames)) {
      await task()
      expect(requested('/ads/', win)).to.equal(false)
      expect(win.document.querySelector('img')!.getAttribute('data-sekisho')).to.equal('ads')
    }
  })

  it('holds what script adds to an attached shadow root, open or closed, after the page loaded', async () => {
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' })
    await task()
    root.append(xhtml('<img src="/ads/shadow.gif"/>'))
    await task()
    expect(requested('/ads/')).to.equal(false)
    expect(root.querySelector('img')!.getAttribute('data-sekisho')).to.equal('ads')
  })
})

describe('installGate: ways in no observer sees after the parser', () => {
  it('refuses execCommand("insertImage") of a held URL in an editable region, and lets others by', async () => {
    const editor = document.body.appendChild(document.createElement('div'))
    editor.contentEditable = 'true'
    editor.focus()
    expect(document.execCommand('insertImage', false, '/ads/exec-image.gif')).to.equal(false)
    expect(document.execCommand('insertImage', false, '/own/exec-image.gif')).to.equal(true)
    await task()
    expect(requested('/ads/')).to.equal(false)
    expect(editor.querySelector('img')!.getAttribute('src')).to.equal('/own/exec-image.gif')
  })

  it('holds what a detached document puts in through a table caption, head or foot', async () => {
    // XHTML: no HTML string passes a gated parser on the way.
    const from = xhtml(
      '<table><caption><img src="/ads/caption.gif"/></caption><thead background="/ads/thead.gif"><tr><td>x</td></tr></thead><tfoot><tr><td><img src="/ads/tfoot.gif"/></td></tr></tfoot></table>',
    ).firstElementChild as HTMLTableElement
    const table = document.body.appendChild(document.createElement('table'))
    table.textContent = 'x'
    table.caption = from.caption
    table.tHead = from.tHead
    table.tFoot = from.tFoot
    void getComputedStyle(table.tHead!).backgroundImage
    await task()
    expect(['caption', 'thead', 'tfoot'].filter((name) => requested(`/ads/${name}`))).to.deep.equal([])
    expect(gate.held()).to.have.length(3)
    granted = { advertising: true }
    gate.refresh()
    expect(await until(() => requested('/ads/caption.gif') && requested('/ads/tfoot.gif'))).to.equal(true)
  })

  it('holds the images and scripts an XSLT transform writes into this document; releases them once', async () => {
    const xsl = new DOMParser().parseFromString(
      `<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><div><img src="/ads/xslt.gif"/><script src="${trackerUrl('ads', 'xslt').replace(/&/g, '&amp;')}"></script></div></xsl:template></xsl:stylesheet>`,
      'application/xml',
    )
    const processor = new XSLTProcessor()
    processor.importStylesheet(xsl)
    const out = processor.transformToFragment(new DOMParser().parseFromString('<a/>', 'application/xml'), document)
    expect(out.ownerDocument).to.equal(document)
    document.body.append(out)
    await task()
    // Its own URLs: an image the test before released may still be answered now, and be on record.
    expect(requested('/ads/xslt.gif') || requested('x=xslt')).to.equal(false)
    expect(window.ran).to.deep.equal([])
    granted = { advertising: true }
    gate.refresh()
    expect(await until(() => requested('/ads/xslt.gif') && window.ran!.length == 1)).to.equal(true)
    await task()
    expect(window.ran).to.deep.equal(['ads'])
  })

  it('holds the body a detached document gives document.body', async () => {
    const own = document.body
    const body = xhtml('<body><img src="/ads/body-setter.gif"/></body>').firstElementChild as HTMLBodyElement
    document.body = body
    await task()
    const leaked = requested('/ads/')
    const held = gate.held().length
    document.body = own
    expect(leaked).to.equal(false)
    expect(held).to.equal(1)
  })

  it('holds what Document.parseHTMLUnsafe parses when called detached, and returns its document', async () => {
    // A saved reference, called with no `this`, as a library keeps the parsers it picked.
    const parse = Document.parseHTMLUnsafe
    const doc = parse('<p><img src="/ads/detached-parse.gif"></p>')
    expect(doc).to.be.instanceOf(Document)
    document.body.append(doc.body.firstElementChild!)
    await task()
    expect(requested('/ads/')).to.equal(false)
    expect(gate.held()).to.have.length(1)
  })

  it('releases a tag marked up through its dataset once inserted, for a visitor who consented', async () => {
    granted = { advertising: true }
    gate.refresh()
    const img = document.createElement('img')
    // No setter runs for a dataset entry.
    img.dataset.sekisho = 'advertising'
    img.dataset.src = '/ads/dataset.gif'
    const section = document.createElement('section')
    section.append(img)
    document.body.appendChild(section)
    expect(await until(() => requested('/ads/dataset.gif'))).to.equal(true)
    // In a fragment, which an insertion empties.
    const frame = document.createElement('iframe')
    frame.dataset.sekisho = 'advertising'
    frame.dataset.src = '/ads/dataset.html'
    const fragment = document.createDocumentFragment()
    fragment.append(frame)
    await task()
    document.body.appendChild(fragment)
    expect(await until(() => requested('/ads/dataset.html'))).to.equal(true)
  })
})
