// Attack tests: the rarer loaders a page reaches a tracker with (media, plugins, SVG filters,
// pings, CSS, fonts, new windows).
import { expect } from 'chai'
import { sendMouse } from '@web/test-runner-commands'
import type { ServiceDefinition } from '@sekisho/core'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { BASE, noLeakWindow, requested, resetPage, serverSaw, service, until } from '../../test/fixtures.ts'

let granted: Record<string, boolean> = {}
let gate: Gate
// Most waits here check that nothing left: see noLeakWindow for why that takes a wait.
const task = noLeakWindow

beforeEach(() => {
  granted = {}
  resetPage()
  gate = installGate({
    services: [service('ads', ['advertising'])],
    isGranted: (t: string | ServiceDefinition) =>
      typeof t === 'string' ? !!granted[t] : t.purposes.every((p) => granted[p]),
    reload() {},
  })
})
afterEach(() => gate.uninstall())

/** Waits until a CSS image of the page's own, asked for now, is on record: what the page asked for
 * before it (images, frames, scripts, CSS) has had its time to show up in resource timing too. */
async function loadedAfter() {
  const url = `/own/after-${Math.random()}.gif`
  const el = document.body.appendChild(document.createElement('div'))
  el.textContent = 'x'
  el.setAttribute('style', `background:url(${url})`)
  void getComputedStyle(el).backgroundImage
  await until(() => requested(url))
  await task()
}

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

  it("holds new Audio(url), <frame src>, the background attribute (body, table, cells), body.background and the Cache API (the page's own lists cached as they are)", async () => {
    const audio = new Audio('/ads/audio-ctor.mp3')
    expect(audio instanceof HTMLAudioElement && audio.preload).to.equal('auto')
    const frame = document.createElement('frame')
    frame.src = '/ads/frame.html'
    document.body.append(frame)
    ;(document.body as HTMLBodyElement).background = '/ads/body-bg.gif'
    const table = document.body.appendChild(document.createElement('table'))
    table.setAttribute('background', '/ads/table-bg.gif')
    table.innerHTML = '<tr><td>x</td><td background="/ads/cell-markup.gif">y</td></tr>'
    table.rows[0]!.cells[0]!.setAttribute('background', '/ads/cell-bg.gif')
    // A style recalculation forced at once: no observer has run yet.
    for (const cell of table.rows[0]!.cells) void getComputedStyle(cell).backgroundImage
    const cache = await caches.open('sekisho-test')
    const answer = (added: Promise<void>) =>
      added.then(
        () => 'added',
        (e: Error) => `${e.name}: ${e.message}`,
      )
    const refused = await Promise.all([
      answer(cache.add('/ads/cache-add')),
      answer(cache.addAll(['/own/cached', '/ads/cache-all'])),
      // The page's own list is cached as it is, whatever it is (a Set here, read once).
      answer(cache.addAll(new Set([`${BASE}tracker.js`]))),
    ])
    const cached = (await cache.keys()).map((request) => new URL(request.url).pathname)
    await caches.delete('sekisho-test')
    expect(refused).to.deep.equal(['TypeError: held by Sekisho', 'TypeError: held by Sekisho', 'added'])
    expect(cached).to.deep.equal([`${BASE}tracker.js`])
    await loadedAfter()
    const names = ['audio-ctor', 'frame', 'body-bg', 'table-bg', 'cell-markup', 'cell-bg', 'cache-add', 'cache-all']
    const body = document.body.getAttribute('data-background')
    // The body outlives this test: not left held for the next ones.
    document.body.removeAttribute('data-sekisho')
    document.body.removeAttribute('data-background')
    expect(names.filter((name) => requested(`/ads/${name}`))).to.deep.equal([])
    expect(body).to.equal('/ads/body-bg.gif')
    // The frame, the table and its two cells (the audio element is in no document).
    expect(gate.held()).to.have.length(4)
    expect(audio.getAttribute('data-sekisho')).to.equal('ads')
    // Released on consent, as any held tag.
    granted = { advertising: true }
    gate.refresh()
    expect(await until(() => requested('/ads/table-bg.gif') && requested('/ads/cell-markup.gif'))).to.equal(true)
    // Out of the document a held audio waits, as a held new Image() does; put in, it is released.
    document.body.append(audio)
    expect(await until(() => audio.getAttribute('src') == '/ads/audio-ctor.mp3')).to.equal(true)
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

  it('reads an attribute name as HTML does: STYLE and SRCDOC in capitals are the style and srcdoc', async () => {
    const div = document.body.appendChild(document.createElement('div'))
    div.textContent = 'x'
    div.setAttribute('STYLE', 'background:url(/ads/upper-style.gif)')
    const frame = document.createElement('iframe')
    frame.setAttribute('SrcDoc', '<img src="/ads/upper-srcdoc.gif">')
    document.body.appendChild(frame)
    await task()
    expect(['upper-style', 'upper-srcdoc'].filter((name) => requested(`/ads/${name}.`))).to.deep.equal([])
    expect(div.getAttribute('style')).to.not.contain('/ads/')
  })

  it("empties CSS url() set through the style property, attributeStyleMap, addRule, grouping rules and a <style>'s text", async () => {
    /** A rendered box with class `name` (a rule's image loads only for an element it applies to). */
    const box = (name: string) => {
      const el = document.body.appendChild(document.createElement('div'))
      el.className = name
      el.textContent = 'x'
      return el
    }
    const style = (text = '') => {
      const el = document.head.appendChild(document.createElement('style'))
      el.textContent = text
      return el
    }
    ;(box('prop') as unknown as { style: string }).style = 'background:url(/ads/style-prop.gif)'
    box('map').attributeStyleMap.set('background-image', 'url(/ads/map-set.gif)')
    box('map2').attributeStyleMap.append('background-image', 'url(/ads/map-append.gif)')
    // An object whose text is the CSS: read once, as the browser reads it.
    box('object').style.cssText = { toString: () => 'background:url(/ads/css-object.gif)' } as unknown as string
    const sheets = [
      style(),
      style('@media all {}'),
      style('.nest { color: red }'),
      style(),
      style(),
      style(),
      style('.before { color: red }'),
      style(),
      style('.adjacent { color: red }'),
    ]
    ;(sheets[0]!.sheet as unknown as { addRule(s: string, t: string): void }).addRule(
      '.add',
      'background:url(/ads/add-rule.gif)',
    )
    ;(sheets[1]!.sheet!.cssRules[0] as CSSMediaRule).insertRule('.media { background: url(/ads/media-rule.gif) }')
    ;(sheets[2]!.sheet!.cssRules[0] as CSSStyleRule).insertRule('& { background: url(/ads/nested-rule.gif) }')
    sheets[3]!.textContent = '.text { background: url(/ads/text-content.gif) }'
    sheets[4]!.innerText = '.inner { background: url(/ads/inner-text.gif) }'
    sheets[5]!.appendChild(document.createTextNode('.node { background: url(/ads/text-node.gif) }'))
    sheets[5]!.append('.string { background: url(/ads/text-string.gif) }')
    sheets[6]!.firstChild!.before('.before { background: url(/ads/text-before.gif) }')
    sheets[7]!.innerHTML = '.html { background: url(/ads/inner-html.gif) }'
    sheets[8]!.insertAdjacentHTML('beforeend', '.adjacent { background: url(/ads/adjacent-html.gif) }')
    for (const name of ['add', 'media', 'nest', 'text', 'inner', 'node', 'string', 'before', 'html', 'adjacent'])
      box(name)
    // Read at once, in the same task: a style recalculation forced before any observer could run.
    for (const el of document.body.children) void getComputedStyle(el).backgroundImage
    await loadedAfter()
    const names = [
      'style-prop',
      'css-object',
      'map-set',
      'map-append',
      'add-rule',
      'media-rule',
      'nested-rule',
      'text-content',
    ]
    names.push('inner-text', 'text-node', 'text-string', 'text-before', 'inner-html', 'adjacent-html')
    expect(names.filter((name) => requested(`/ads/${name}.`))).to.deep.equal([])
    sheets.forEach((el) => el.remove())
    // The page's own styles stay as they were.
    const own = style('.own { background: url(/own-style.gif) }')
    expect(own.textContent).to.contain('/own-style.gif')
    own.remove()
  })

  it('holds URLs set through Attr nodes: setAttributeNode(NS), setNamedItem(NS), value, nodeValue, textContent', async () => {
    const attr = (name: string, value: string) => Object.assign(document.createAttribute(name), { value })
    const images = Array.from({ length: 7 }, () => document.body.appendChild(document.createElement('img')))
    images[0]!.setAttributeNode(attr('src', '/ads/node.gif'))
    images[1]!.setAttributeNodeNS(attr('src', '/ads/node-ns.gif'))
    images[2]!.attributes.setNamedItem(attr('src', '/ads/named.gif'))
    images[3]!.attributes.setNamedItemNS(attr('srcset', '/ads/named-ns.gif 1x'))
    for (const el of images.slice(4)) el.setAttribute('src', '/own.gif')
    images[4]!.getAttributeNode('src')!.value = '/ads/value.gif'
    images[5]!.attributes[0]!.nodeValue = '/ads/node-value.gif'
    images[6]!.attributes.getNamedItem('src')!.textContent = '/ads/text-content.gif'
    const frame = document.body.appendChild(document.createElement('iframe'))
    frame.setAttribute('src', 'about:blank')
    frame.getAttributeNode('src')!.value = '/ads/frame.html'
    const script = document.createElement('script')
    script.setAttributeNode(attr('src', '/ads/attr-script.js'))
    document.body.append(script)
    const styled = document.body.appendChild(document.createElement('div'))
    styled.textContent = 'x'
    styled.setAttributeNode(attr('style', 'background:url(/ads/attr-style.gif)'))
    void getComputedStyle(styled).backgroundImage
    await loadedAfter()
    const names = [
      'node',
      'node-ns',
      'named',
      'named-ns',
      'value',
      'node-value',
      'text-content',
      'frame',
      'attr-script',
    ]
    expect(names.concat('attr-style').filter((name) => requested(`/ads/${name}.`))).to.deep.equal([])
    expect([...images, frame, script].map((el) => el.getAttribute('data-sekisho'))).to.deep.equal(Array(9).fill('ads'))
    // Held as setAttribute holds: released on consent, each with its URL.
    granted = { advertising: true }
    gate.refresh()
    expect(await until(() => requested('/ads/named-ns.gif') && requested('/ads/text-content.gif'))).to.equal(true)
    // The page's own URLs, and Attr nodes of no element, pass as they were.
    const own = document.createAttribute('src')
    own.value = '/ads/loose.gif'
    expect(own.value).to.equal('/ads/loose.gif')
  })

  /** A same-origin frame to navigate (it, not the test page, follows a refresh or a form). */
  const target = async (name: string) => {
    const frame = Object.assign(document.createElement('iframe'), { name })
    document.body.append(frame)
    return frame
  }
  /** Whether `frame` went to the ads host, waiting up to a second for it. */
  const navigated = (frame: HTMLIFrameElement) =>
    until(() => frame.contentWindow!.location.pathname.startsWith('/ads/'), 1000)
  /** The frames that went to the ads host, after waiting up to a second for any to. */
  const went = async (frames: HTMLIFrameElement[]) => {
    const names = () => frames.filter((f) => f.contentWindow!.location.pathname.startsWith('/ads/')).map((f) => f.name)
    await until(() => names().length > 0, 1000)
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

  it('lets a navigation the visitor causes go to a held host: a click whose handler sets location', async () => {
    const frame = await target('clicked')
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
    frame.srcdoc = '<button style="width:100px;height:40px">go</button>'
    await loaded
    const button = frame.contentDocument!.querySelector('button')!
    button.addEventListener('click', () => (frame.contentWindow!.location.href = '/ads/clicked.html'))
    const box = frame.getBoundingClientRect()
    const inner = button.getBoundingClientRect()
    // Where this test page sits in the browser's page (a frame under mutation testing's Karma).
    const page = window.frameElement?.getBoundingClientRect() ?? { x: 0, y: 0 }
    const at = (...xs: number[]) => Math.round(xs.reduce((a, b) => a + b) + 10)
    // A real click (the test runner's mouse): it gives the frame transient user activation.
    await sendMouse({ type: 'click', position: [at(page.x, box.x, inner.x), at(page.y, box.y, inner.y)] })
    expect(await navigated(frame)).to.equal(true)
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
    // A script a page made: held as any, released as a fresh script, which no withdrawal can stop.
    document.body.append(Object.assign(document.createElement('script'), { src: '/ads/withdrawn.js' }))
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
    expect(
      [div, video, object].map((el) => [el.getAttribute('data-sekisho'), el.hasAttribute('data-sekisho-released')]),
    ).to.deep.equal(Array(3).fill(['ads', false]))
    const script = document.querySelector('script[src="/ads/withdrawn.js"]')!
    expect([script.getAttribute('data-sekisho-released'), script.hasAttribute('data-src')]).to.deep.equal([
      'ads',
      false,
    ])
    expect(gate.held()).to.have.length(3)
  })

  it('refuses window.open to a held host as a popup blocker does', () => {
    expect(window.open('/ads/popup.html')).to.equal(null)
    expect(window.open(new URL('/ads/popup.html', location.href))).to.equal(null)
  })
})

describe('loaders: speculation rules', () => {
  // Prefetches show in no page API: the test server's record of requests tells. Only a top-level
  // page's rules prefetch: not a test page in a frame (mutation testing's Karma).
  before(function () {
    if (window.top != window) this.skip()
  })
  const id = () => Math.random().toString(36).slice(2)
  const rules = (urls: string[]) => JSON.stringify({ prefetch: [{ source: 'list', urls }] })
  const script = (text = '') => {
    const el = document.createElement('script')
    el.type = 'speculationrules'
    el.textContent = text
    return el
  }
  afterEach(() => document.head.querySelectorAll('script[data-rules]').forEach((el) => el.remove()))
  const inHead = (el: HTMLScriptElement) => (el.setAttribute('data-rules', ''), document.head.appendChild(el))

  it("prefetches the page's own URLs, and holds a list rule naming a tracker's until consent", async () => {
    const [own, ads] = [`/own/spec-${id()}`, `/ads/spec-${id()}`]
    inHead(script(rules([own])))
    expect(await serverSaw(own, 5000)).to.equal(true)
    const held = inHead(script(rules([ads])))
    expect(await serverSaw(ads)).to.equal(false)
    expect(held.type).to.equal('text/plain')
    granted = { advertising: true }
    gate.refresh()
    expect(await serverSaw(ads, 5000)).to.equal(true)
  })

  for (const [how, write] of [
    ['appended as text to the connected, empty script', (el: HTMLScriptElement, text: string) => el.append(text)],
    ['set by textContent on it', (el: HTMLScriptElement, text: string) => (el.textContent = text)],
    ['set by text on it', (el: HTMLScriptElement, text: string) => (el.text = text)],
    ['set by innerHTML on it', (el: HTMLScriptElement, text: string) => (el.innerHTML = text)],
    [
      'a text node put into it by appendChild',
      (el: HTMLScriptElement, text: string) => el.appendChild(document.createTextNode(text)),
    ],
  ] as const)
    it(`holds a list rule naming a tracker's URL ${how}`, async () => {
      const url = `/ads/spec-late-${id()}`
      write(inHead(script()), rules([url]))
      expect(await serverSaw(url)).to.equal(false)
    })

  it('holds rules inside an inserted subtree', async () => {
    const url = `/ads/spec-tree-${id()}`
    const div = document.createElement('div')
    const el = script(rules([url]))
    el.setAttribute('type', 'SpeculationRules')
    div.append(el)
    document.body.append(div)
    expect(await serverSaw(url)).to.equal(false)
  })

  it('leaves a script of another type alone, whatever its text names, and rules that name no tracker', () => {
    const others = ['speculationrules-draft', 'x-speculationrules', 'application/json'].map((type) => {
      const el = document.createElement('script')
      el.type = type
      el.textContent = rules(['/ads/not-rules'])
      return inHead(el)
    })
    const own = inHead(script(rules(['/own/page', 'https://example.org/ads/'])))
    expect([...others, own].map((el) => [el.type, el.hasAttribute('data-sekisho')])).to.deep.equal([
      ['speculationrules-draft', false],
      ['x-speculationrules', false],
      ['application/json', false],
      ['speculationrules', false],
    ])
  })

  it("holds document rules whose href pattern names a tracker's URLs", async () => {
    const url = `/ads/spec-doc-${id()}`
    const link = document.body.appendChild(document.createElement('a'))
    link.href = url
    link.textContent = 'offer'
    inHead(
      script(
        JSON.stringify({
          prefetch: [{ source: 'document', where: { href_matches: '/ads/*' }, eagerness: 'immediate' }],
        }),
      ),
    )
    expect(await serverSaw(url)).to.equal(false)
  })
})
