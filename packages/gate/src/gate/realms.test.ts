// Attack tests: same-origin child realms (about:blank and srcdoc frames, popups) used as a page
// uses them, to reach a tracker through that realm's own fetch, Image, sendBeacon,
// XMLHttpRequest, document.write, cookie and storage, none of which are the page's own globals.
import { sendMouse } from '@web/test-runner-commands'
import { expect } from 'chai'
import type { ServiceDefinition } from '@sekisho/core'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { requested, resetPage, service, until } from '../../test/fixtures.ts'

type Realm = Window & typeof globalThis
/** Document Picture-in-Picture (Chromium 116+; not in TypeScript's DOM types yet). */
interface DocumentPictureInPictureLike extends EventTarget {
  requestWindow(): Promise<Realm>
  window: Realm | null
}
const pip = () =>
  (window as unknown as { documentPictureInPicture: DocumentPictureInPictureLike }).documentPictureInPicture

let granted: Record<string, boolean> = {}
let gate: Gate
const isGranted = (t: string | ServiceDefinition) =>
  typeof t === 'string' ? !!granted[t] : t.purposes.every((p) => granted[p])
const clearCookies = () =>
  document.cookie.split(';').forEach((c) => (document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Path=/`))

/** A blank frame, as a page makes one to borrow clean globals. */
const blank = () => document.body.appendChild(document.createElement('iframe'))

/** Everything a realm's own APIs can send to the ads host; settles when every attempt is over. */
async function attack(win: Realm, tag: string): Promise<void> {
  await win.fetch(`/ads/fetch-${tag}`).catch(() => {})
  win.navigator.sendBeacon(`/ads/beacon-${tag}`, 'x')
  const img = new win.Image()
  const pixel = new Promise((r) => (img.onload = img.onerror = r))
  img.src = `/ads/img-${tag}.gif`
  const xhr = new win.XMLHttpRequest()
  const sent = new Promise((r) => xhr.addEventListener('loadend', r))
  xhr.open('GET', `/ads/xhr-${tag}`)
  xhr.send()
  win.document.cookie = '_ad=1; Path=/'
  win.localStorage.setItem('ad:id', '1')
  // Until the image and the request are over, or the second it takes to show they never start.
  await Promise.race([Promise.all([pixel, sent]), until(() => false, 1000)])
}

beforeEach(() => {
  granted = {}
  resetPage()
  clearCookies()
  localStorage.clear()
  gate = installGate({
    services: [service('ads', ['advertising'], { cookies: ['_ad'], storage: ['ad:*'] })],
    isGranted,
    reload() {},
  })
})
afterEach(() => gate.uninstall())

/** Whether `win` (or this page) sent anything to the ads host, waiting up to a second for it to show. */
const leaked = async (win: Window) => until(() => requested('/ads/', win) || requested('/ads/'), 1000)

describe('installGate: same-origin child realms', () => {
  it("holds an about:blank frame's own fetch, Image, sendBeacon, XMLHttpRequest, cookie and storage", async () => {
    const win = blank().contentWindow as Realm
    await attack(win, 'blank')
    expect(await leaked(win)).to.equal(false)
    expect(document.cookie).to.equal('')
    expect(localStorage.getItem('ad:id')).to.equal(null)
    // After consent the same frame's requests go out.
    granted = { advertising: true }
    await win.fetch('/ads/after').catch(() => {})
    expect(await until(() => requested('/ads/after', win))).to.equal(true)
  })

  it("holds a frame's realm reached through frames[i] right after insertion, and a nested frame's", async () => {
    const host = document.body.appendChild(document.createElement('div'))
    // A frame that navigates (srcdoc, a URL) fires no load event at its insertion, as a blank one does.
    host.innerHTML = '<iframe name="side" srcdoc="<p>side</p>"></iframe>'
    const side = (window.frames as unknown as Record<string, Realm>).side!
    const loaded = new Promise((r) => host.firstElementChild!.addEventListener('load', r))
    await attack(side, 'frames')
    await loaded
    // The frame's own document makes a frame and reaches it the same way.
    const inner = side.document.body.appendChild(side.document.createElement('iframe'))
    inner.srcdoc = '<p>nested</p>'
    const nested = side.frames[0] as Realm
    await attack(nested, 'nested')
    expect(await leaked(side)).to.equal(false)
    expect(await leaked(nested)).to.equal(false)
  })

  it('holds the realm of a frame a fragment or a wrapper element brought in, reached at once through frames[i]', async () => {
    // Frames that navigate (srcdoc) fire no load event at their insertion, as blank ones do.
    const frame = () => Object.assign(document.createElement('iframe'), { srcdoc: '<p>x</p>' })
    const fragment = document.createDocumentFragment()
    fragment.append(frame())
    const wrapper = document.createElement('div')
    wrapper.append(frame())
    const sent: Array<Promise<unknown>> = []
    for (const node of [fragment, wrapper]) {
      document.body.append(node)
      const win = window.frames[window.frames.length - 1] as Realm
      sent.push(
        win.fetch('/ads/fetch-at-once').then(
          () => 'sent',
          (e: Error) => e.message,
        ),
      )
    }
    expect(await Promise.all(sent)).to.deep.equal(['held by Sekisho', 'held by Sekisho'])
  })

  it('holds a frame in a shadow root reached at once by contentWindow and contentDocument', async () => {
    // In a shadow root a frame is neither in frames[] nor heard by the document's load listeners.
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' })
    const frames = ['a', 'b'].map((name) => {
      const frame = root.appendChild(document.createElement('iframe'))
      frame.srcdoc = `<p>${name}</p>`
      return frame
    })
    await attack(frames[0]!.contentWindow as Realm, 'shadow-window')
    await attack(frames[1]!.contentDocument!.defaultView as Realm, 'shadow-document')
    expect(await leaked(frames[0]!.contentWindow!)).to.equal(false)
    expect(await leaked(frames[1]!.contentWindow!)).to.equal(false)
  })

  it('holds document.write of a tracker script into a blank frame', async () => {
    const frame = blank()
    const doc = frame.contentDocument!
    doc.open()
    doc.write('<img src="/ads/write.gif"><script src="/ads/write.js"></script>')
    doc.close()
    expect(await leaked(frame.contentWindow!)).to.equal(false)
  })

  it("holds a srcdoc frame's own inline script: fetch, Image, sendBeacon, cookie", async () => {
    const frame = document.createElement('iframe')
    frame.srcdoc =
      '<script>fetch("/ads/srcdoc-fetch").catch(function(){}); new Image().src = "/ads/srcdoc.gif";' +
      ' navigator.sendBeacon("/ads/srcdoc-beacon", "x"); document.cookie = "_ad=2; Path=/"</script>'
    const loaded = new Promise((r) => frame.addEventListener('load', r))
    document.body.append(frame)
    await loaded
    expect(await leaked(frame.contentWindow!)).to.equal(false)
    expect(document.cookie).to.equal('')
  })

  it("holds a blob: frame's own script (same origin: its first navigation keeps the patched realm)", async () => {
    const frame = document.createElement('iframe')
    // Absolute URLs: a blob: document resolves no relative one.
    const ads = `${location.origin}/ads`
    const html = `<script>fetch("${ads}/blob-fetch").catch(function(){}); new Image().src = "${ads}/blob.gif"</script>`
    frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html' }))
    const loaded = new Promise((r) => frame.addEventListener('load', r))
    document.body.append(frame)
    await loaded
    expect(await leaked(frame.contentWindow!)).to.equal(false)
  })

  it('holds a frame navigated again, reached after its load', async () => {
    const frame = blank()
    frame.srcdoc = '<p>second document</p>'
    await new Promise((r) => frame.addEventListener('load', r))
    frame.srcdoc = '<p>third document, a new realm</p>'
    await new Promise((r) => frame.addEventListener('load', r))
    const win = window.frames[0] as Realm
    await attack(win, 'again')
    expect(await leaked(win)).to.equal(false)
  })

  // A navigation to a URL brings no srcdoc prologue: only the gate's load listener arms the new realm.
  it('holds a frame navigated again to a same-origin URL, reached through frames[i] after its load', async () => {
    const frame = blank()
    // Its base is the page's origin, as a same-origin URL's document has (a blob: one resolves no relative URL).
    const page = (text: string) =>
      URL.createObjectURL(new Blob([`<base href="${location.origin}/"><p>${text}</p>`], { type: 'text/html' }))
    for (const text of ['first page', 'second page, a new realm']) {
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }))
      frame.src = page(text)
      await loaded
    }
    const win = window.frames[window.frames.length - 1] as Realm
    expect(win.document.body.textContent).to.equal('second page, a new realm')
    await attack(win, 'url-again')
    expect(await leaked(win)).to.equal(false)
  })

  it('leaves a cross-origin frame alone: its contentWindow and contentDocument read as without the gate', async () => {
    const frame = document.body.appendChild(document.createElement('iframe'))
    frame.src = 'data:text/html,<p>opaque</p>'
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
    // A framework reads these when it renders the frame again (React after a hydration mismatch).
    expect(frame.contentDocument).to.equal(null)
    expect(frame.contentWindow === frames[frames.length - 1]).to.equal(true)
    document.body.append(frame.cloneNode())
    frame.remove()
  })

  it("holds a popup's realm: window.open('about:blank')", async () => {
    const popup = window.open('about:blank') as Realm
    try {
      await attack(popup, 'popup')
      expect(await leaked(popup)).to.equal(false)
    } finally {
      popup.close()
    }
  })

  // Document Picture-in-Picture gives the page a new same-origin window on a click (any script
  // may answer the visitor's click): reached by the promise, the `window` getter, the enter event.
  const pictureInPicture = (get: (pip: DocumentPictureInPictureLike) => Promise<Realm>) =>
    new Promise<Realm>((done, failed) => {
      const button = document.body.appendChild(document.createElement('button'))
      button.textContent = 'watch'
      button.style.cssText = 'position:fixed;left:0;top:0;width:80px;height:40px'
      button.addEventListener('click', () => get(pip()).then(done, failed), { once: true })
      sendMouse({ type: 'click', position: [10, 10] }).catch(failed)
    })
  for (const [way, get] of [
    ['the promise', (pip) => pip.requestWindow()],
    ['the window getter', (pip) => (pip.requestWindow(), Promise.resolve().then(() => pip.window!))],
    [
      'the enter event',
      (pip) =>
        new Promise<Realm>((entered) => {
          pip.addEventListener('enter', (event) => entered((event as Event & { window: Realm }).window), { once: true })
          pip.requestWindow()
        }),
    ],
  ] as const satisfies [string, (pip: DocumentPictureInPictureLike) => Promise<Realm>][])
    it(`holds a Picture-in-Picture window's realm, reached by ${way}`, async function () {
      // Only a top-level window may open one: not a test page in a frame (mutation testing's Karma).
      if (window.top != window) this.skip()
      const win = await pictureInPicture(get)
      try {
        await attack(win, 'pip')
        expect(await leaked(win)).to.equal(false)
        expect(document.cookie).to.equal('')
      } finally {
        win.close()
      }
    })

  it('holds nothing once uninstalled, also in a frame made after it', async () => {
    gate.uninstall()
    // The frame's load reaches the uninstalled gate's listener, which must not watch the frame.
    const doc = blank().contentDocument!
    const img = doc.body.appendChild(doc.createElement('img'))
    const settled = new Promise((r) => (img.onload = img.onerror = r))
    img.src = '/ads/after-uninstall.gif'
    await Promise.race([settled, until(() => false, 1000)])
    expect(img.getAttribute('src')).to.equal('/ads/after-uninstall.gif')
    expect(img.hasAttribute('data-sekisho')).to.equal(false)
  })

  it('releases what a frame held once the visitor consents', async () => {
    const frame = blank()
    const img = frame.contentDocument!.body.appendChild(frame.contentDocument!.createElement('img'))
    img.src = '/ads/held.gif'
    expect(img.getAttribute('data-sekisho')).to.equal('ads')
    granted = { advertising: true }
    gate.refresh()
    expect(await until(() => requested('/ads/held.gif', frame.contentWindow!))).to.equal(true)
  })
})
