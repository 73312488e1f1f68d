// Attack tests: the rarer loaders a page reaches a tracker with (media, plugins, SVG filters,
// pings, CSS, fonts, new windows).
import { expect } from 'chai'
import type { ServiceDefinition } from '@sekisho/core'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { noLeakWindow, requested, service, until } from '../../test/fixtures.ts'

let granted: Record<string, boolean> = {}
let gate: Gate
// Most waits here check that nothing left: see noLeakWindow for why that takes a wait.
const task = noLeakWindow

beforeEach(() => {
  granted = {}
  performance.clearResourceTimings()
  document.body.innerHTML = ''
  gate = installGate({
    services: [service('ads', ['advertising'])],
    isGranted: (t: string | ServiceDefinition) =>
      typeof t === 'string' ? !!granted[t] : t.purposes.every((p) => granted[p]),
    reload() {},
  })
})
afterEach(() => gate.uninstall())

describe('installGate: other loaders', () => {
  it('holds object, embed, input type=image, audio, video, poster, track, source and feImage', async () => {
    const make = (tag: string, props: Record<string, string>) =>
      document.body.appendChild(Object.assign(document.createElement(tag), props))
    make('object', { data: '/ads/object.svg' })
    make('embed', { src: '/ads/embed.svg' })
    make('input', { type: 'image', src: '/ads/input.gif' })
    make('audio', { src: '/ads/audio.mp3', preload: 'auto' })
    const video = make('video', { poster: '/ads/poster.gif', preload: 'auto' })
    video.setAttribute('src', '/ads/video.mp4')
    video.appendChild(Object.assign(document.createElement('track'), { src: '/ads/track.vtt', default: true }))
    const media = make('video', { preload: 'auto' })
    media.appendChild(Object.assign(document.createElement('source'), { src: '/ads/source.mp4' }))
    document.body.insertAdjacentHTML(
      'beforeend',
      '<svg><filter id="f"><feImage href="/ads/fe.gif"/></filter><rect filter="url(#f)" width="9" height="9"/></svg>',
    )
    await task()
    await task()
    expect(requested('/ads/')).to.equal(false)
    expect(gate.held()).to.have.length(8)
    granted = { advertising: true }
    gate.refresh()
    expect(await until(() => requested('/ads/input.gif') && requested('/ads/poster.gif'))).to.equal(true)
  })

  it('holds <a ping> set by property, setAttribute and markup', () => {
    const a = document.body.appendChild(Object.assign(document.createElement('a'), { ping: '/own /ads/ping' }))
    const b = document.body.appendChild(document.createElement('a'))
    b.setAttribute('ping', '/ads/ping2')
    document.body.insertAdjacentHTML('beforeend', '<a href="#" ping="/ads/ping3">x</a>')
    expect([a, b, document.body.lastElementChild!].map((el) => el.getAttribute('ping'))).to.deep.equal([
      null,
      null,
      null,
    ])
  })

  it('empties CSS url() and @import of held hosts: style attributes, cssText, setProperty, sheets, markup, fonts', async () => {
    const div = document.body.appendChild(document.createElement('div'))
    div.textContent = 'x'
    div.setAttribute('style', 'background:url(/ads/attr.gif)')
    const span = document.body.appendChild(document.createElement('span'))
    span.textContent = 'x'
    span.style.cssText = 'background-image:url("/ads/css-text.gif")'
    const p = document.body.appendChild(document.createElement('p'))
    p.textContent = 'x'
    p.style.setProperty('background-image', "url('/ads/property.gif')")
    const sheet = new CSSStyleSheet()
    sheet.replaceSync('@import "/ads/import.css"; body { background: url(/ads/sync.gif) }')
    sheet.insertRule('p { border-image: url(/ads/rule.gif) 1 }')
    document.adoptedStyleSheets = [sheet]
    document.body.insertAdjacentHTML(
      'beforeend',
      '<b style="background:url(/ads/markup.gif)">x</b><style>i{background:url(/ads/style.gif)}</style><i>x</i>',
    )
    const font = new FontFace('held', 'url(/ads/font.woff2)')
    await font.load().catch(() => {})
    await task()
    document.adoptedStyleSheets = []
    // By name: the media of the test before may still be loading.
    const names = ['attr', 'css-text', 'property', 'import', 'sync', 'rule', 'markup', 'style', 'font']
    expect(names.filter((name) => requested(`/ads/${name}.`))).to.deep.equal([])
    const own = document.body.appendChild(document.createElement('div'))
    own.setAttribute('style', 'background:url(/own.gif)')
    expect(own.getAttribute('style')).to.contain('/own.gif')
  })

  /** A same-origin frame to navigate (it, not the test page, follows a refresh or a form). */
  const target = async (name: string) => {
    const frame = Object.assign(document.createElement('iframe'), { name })
    document.body.append(frame)
    return frame
  }
  /** Whether `frame` went to the ads host, waiting up to a second for it. */
  const navigated = (frame: HTMLIFrameElement) =>
    until(() => frame.contentWindow!.location.pathname.startsWith('/ads/'))
  /** The frames that went to the ads host, after waiting up to a second for any to. */
  const went = async (frames: HTMLIFrameElement[]) => {
    const names = () => frames.filter((f) => f.contentWindow!.location.pathname.startsWith('/ads/')).map((f) => f.name)
    await until(() => names().length > 0)
    return names()
  }

  it('holds <meta http-equiv=refresh> to a held host: properties, setAttribute, markup', async () => {
    const frames = await Promise.all(['property', 'attribute', 'markup', 'after'].map(target))
    const docs = frames.map((frame) => frame.contentDocument!)
    const meta = docs[0]!.createElement('meta')
    meta.httpEquiv = 'refresh'
    meta.content = '0;url=/ads/refresh-property.html'
    docs[0]!.head.append(meta)
    const attr = docs[1]!.createElement('meta')
    attr.setAttribute('http-equiv', 'Refresh')
    attr.setAttribute('content', "0; URL='/ads/refresh-attribute.html'")
    docs[1]!.head.append(attr)
    docs[2]!.body.innerHTML = '<meta http-equiv="refresh" content="0,/ads/refresh-markup.html">'
    // http-equiv set last, when the content is already there.
    const late = docs[3]!.createElement('meta')
    late.content = '0;url=/ads/refresh-after.html'
    late.httpEquiv = 'refresh'
    docs[3]!.head.append(late)
    expect(await went(frames)).to.deep.equal([])
    // A meta that is no refresh keeps its URL.
    const og = document.head.appendChild(document.createElement('meta'))
    og.setAttribute('property', 'og:image')
    og.content = `${location.origin}/ads/og.png`
    expect(og.content).to.equal(`${location.origin}/ads/og.png`)
    og.remove()
    // On consent the held refresh goes where it was told.
    granted = { advertising: true }
    gate.refresh()
    expect(await navigated(frames[0]!)).to.equal(true)
  })

  it('reads a refresh content as the browser does: seconds, a separator or space, URL= in any case, quotes', () => {
    const held = (content: string) => {
      const meta = document.createElement('meta')
      meta.content = content
      return meta.getAttribute('data-sekisho') == 'ads'
    }
    const refreshes = ['5 ; URL = "/ads/a.html"', '0.5,/ads/b.html', "3 url='/ads/c.html'", '  0\turl=/ads/d.html']
    expect(refreshes.filter(held)).to.deep.equal(refreshes)
    const others = ['url=/ads/x.html', 'width=device-width', '0;url=/own/next.html', `${location.origin}/ads/og.png`]
    expect(others.filter(held)).to.deep.equal([])
  })

  it('cancels navigations a page starts by itself to a held host: location, assign, a timer', async () => {
    // Loaded frames: the Navigation API announces nothing from a frame's initial about:blank.
    const frames = await Promise.all(
      ['href', 'assign', 'timer', 'own'].map(async (name) => {
        const frame = await target(name)
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
        frame.srcdoc = name
        await loaded
        return frame
      }),
    )
    const [href, assign, timer, own] = frames.map((f) => f.contentWindow!)
    href!.location.href = '/ads/by-href.html'
    assign!.location.assign('/ads/by-assign.html')
    timer!.setTimeout(() => timer!.location.replace('/ads/by-timer.html'))
    // The site's own pages are no one's to hold.
    own!.location.href = '/own/next.html'
    expect(await went(frames)).to.deep.equal([])
    expect(await until(() => frames[3]!.contentWindow!.location.pathname == '/own/next.html')).to.equal(true)
    granted = { advertising: true }
    href!.location.href = '/ads/by-href.html'
    expect(await navigated(frames[0]!)).to.equal(true)
  })

  it('holds form submissions to a held host: submit(), requestSubmit(), a button, formaction, a hidden frame', async () => {
    const frames = await Promise.all(['submit', 'request', 'button', 'formaction'].map(target))
    const form = (name: string, action: string, method = 'post') => {
      const el = document.body.appendChild(document.createElement('form'))
      el.method = method
      el.target = name
      el.action = action
      el.innerHTML = '<input type="hidden" name="id" value="visitor-1"><button>send</button>'
      return el
    }
    form('submit', '/ads/form-submit').submit()
    form('request', '/ads/form-request').requestSubmit()
    form('button', '/ads/form-button').querySelector('button')!.click()
    const own = form('formaction', '/own/form')
    own.querySelector('button')!.formAction = '/ads/form-formaction'
    own.requestSubmit(own.querySelector('button'))
    expect(await went(frames)).to.deep.equal([])
    granted = { advertising: true }
    form('submit', '/ads/form-after', 'get').submit()
    expect(await navigated(frames[0]!)).to.equal(true)
  })

  it('releases what the server held in document order (data-poster, data-data, data-style) and holds it again on withdrawal', async () => {
    // As @sekisho/server's transform writes them: the URL (the whole style) waits in data-*, the
    // style the tag keeps has the tracker's url() as none.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<video data-sekisho="ads" data-poster="/ads/poster-server.gif" width="9" height="9"></video>' +
        '<object data-sekisho="ads" data-data="/ads/object-server.svg" type="image/svg+xml" width="9" height="9"></object>' +
        '<div data-sekisho="ads" style="background:none;height:9px" data-style="background:url(/ads/style-server.gif);height:9px">x</div>',
    )
    const [video, object, div] = ['video', 'object', 'div'].map((tag) => document.querySelector(tag)!) as [
      Element,
      Element,
      Element,
    ]
    await task()
    const names = ['poster-server', 'object-server', 'style-server']
    expect(names.filter((name) => requested(`/ads/${name}.`))).to.deep.equal([])
    const restored: string[] = []
    const watch = new MutationObserver((records) =>
      records.forEach(
        (r) => r.target.isConnected && restored.push(`${(r.target as Element).localName} ${r.attributeName}`),
      ),
    )
    watch.observe(document.body, { subtree: true, attributeFilter: ['poster', 'data', 'style'] })
    granted = { advertising: true }
    gate.refresh()
    await task()
    watch.disconnect()
    expect(restored).to.deep.equal(['video poster', 'object data', 'div style'])
    expect(div.getAttribute('style')).to.equal('background:url(/ads/style-server.gif);height:9px')
    expect(await until(() => names.every((name) => requested(`/ads/${name}.`)))).to.equal(true)
    // Withdrawn: each waits in data-* again; the style keeps its own rules without the tracker.
    granted = {}
    gate.refresh()
    expect([video.getAttribute('poster'), object.getAttribute('data')]).to.deep.equal([null, null])
    expect([video.getAttribute('data-poster'), object.getAttribute('data-data')]).to.deep.equal([
      '/ads/poster-server.gif',
      '/ads/object-server.svg',
    ])
    expect(div.getAttribute('style')).to.not.contain('/ads/')
    expect(div.getAttribute('style')).to.contain('height:9px')
    expect(div.getAttribute('data-style')).to.contain('/ads/style-server.gif')
    expect(gate.held()).to.have.length(3)
  })

  it('refuses window.open to a held host as a popup blocker does', () => {
    expect(window.open('/ads/popup.html')).to.equal(null)
    expect(window.open(new URL('/ads/popup.html', location.href))).to.equal(null)
  })
})
