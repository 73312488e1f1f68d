// Requests, cookies and styles a page sends a held service's way, as its scripts write them (the
// Cookie Store API, a reused XMLHttpRequest, a form whose own handler stops the event, CSS
// written through the CSSOM), and the page's own, which go on as if no gate were there.
import { expect } from 'chai'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { BASE, resetPage, serverSaw, service, until } from '../../test/fixtures.ts'

/** The Cookie Store API as this page uses it (lib.dom may not know it yet). */
interface CookieStoreLike {
  set(name: string | { name: string; value: string }, value?: string): Promise<void>
  get(name: string): Promise<{ value: string } | null>
  delete(name: string): Promise<void>
}
const cookieStore = (window as unknown as { cookieStore: CookieStoreLike }).cookieStore

let granted = false
let gate: Gate
beforeEach(() => {
  granted = false
  resetPage()
  gate = installGate({
    services: [service('ads', ['advertising'], { cookies: ['_ad'] })],
    isGranted: () => granted,
    reload() {},
  })
})
afterEach(() => gate.uninstall())

describe('requests: cookies', () => {
  it('holds cookieStore.set of a held cookie by name or by options, answering with a promise', async () => {
    const answers = [cookieStore.set('_ad', '1'), cookieStore.set({ name: '_ad', value: '2' })]
    expect(answers.map((answer) => answer instanceof Promise)).to.deep.equal([true, true])
    await Promise.all(answers)
    expect(await cookieStore.get('_ad')).to.equal(null)
    await cookieStore.set('own', '1')
    expect((await cookieStore.get('own'))?.value).to.equal('1')
    await cookieStore.delete('own')
  })

  it('answers cookieStore.set without a name as the browser does: a rejected promise, never a throw', async () => {
    const set = cookieStore.set as unknown as (...args: unknown[]) => Promise<void>
    const answers: Array<Promise<void>> = []
    expect(() => answers.push(set.call(cookieStore), set.call(cookieStore, null))).not.to.throw()
    const failed = (answer: Promise<void>) =>
      answer.then(
        () => null,
        (e: Error) => e.name,
      )
    const errors = await Promise.all(answers.map(failed))
    expect(errors).to.deep.equal(['TypeError', 'TypeError'])
  })

  it("lets a held cookie's deletion through however its Max-Age is spaced", () => {
    granted = true
    document.cookie = '_ad=1; Path=/'
    granted = false
    document.cookie = '_ad=; Max-Age = 0 ; Path=/'
    expect(document.cookie.split('; ')).to.not.include('_ad=1')
  })

  it('holds a held cookie whose past Expires the browser cannot read: it is written, not deleted', () => {
    // Chromium reads no date in a time or year with a letter glued on, and keeps the cookie for
    // the session: a gate that read these as 1970 would let the write through as a deletion.
    for (const date of ['Thu, 01 Jan 1970 00:00:00x GMT', '01 Jan 1970x 00:00:00'])
      document.cookie = `_ad=1; expires=${date}; Path=/`
    expect(document.cookie.split('; ').filter((c) => c.startsWith('_ad='))).to.deep.equal([])
  })
})

describe('requests: XMLHttpRequest, sockets, forms', () => {
  it('fires error then loadend on a held XMLHttpRequest, and sends one the page opens again to its own URL', async () => {
    const xhr = new XMLHttpRequest()
    const events: string[] = []
    for (const type of ['load', 'error', 'loadend']) xhr.addEventListener(type, () => events.push(type))
    xhr.open('GET', '/ads/xhr')
    xhr.send()
    await until(() => events.length == 2)
    expect(events).to.deep.equal(['error', 'loadend'])
    const again = new XMLHttpRequest()
    again.open('GET', '/ads/first')
    again.open('GET', `${BASE}tracker.js`)
    again.send()
    await until(() => again.readyState == XMLHttpRequest.DONE)
    expect(again.status).to.equal(200)
  })

  it('reads a socket URL as the http URL it upgrades from, and only a leading ws: or wss: as its scheme', async () => {
    const held = (url: string) =>
      fetch(url).then(
        () => false,
        (e: Error) => e.message == 'held by Sekisho',
      )
    // A path that holds "ws:" is a path: the request is the held host's all the same.
    expect(await Promise.all([held('/ads/news:1'), held(`${location.origin}/ads/aws:x`)])).to.deep.equal([true, true])
    expect(new WebSocket(` wss://${location.host}/ads/socket`).readyState).to.equal(WebSocket.CLOSED)
  })

  it('fires a plain error event, then a close event, on a held socket', async () => {
    const socket = new WebSocket(`ws://${location.host}/ads/socket`)
    const error = await new Promise<Event>((resolve) => socket.addEventListener('error', resolve))
    expect(error).to.not.be.instanceOf(CloseEvent)
  })

  it("holds a form submission to a held host even when the page's own handler stops the submit event", async () => {
    const frame = document.body.appendChild(Object.assign(document.createElement('iframe'), { name: 'sink' }))
    const form = document.body.appendChild(document.createElement('form'))
    Object.assign(form, { action: '/ads/form-stopped', target: 'sink', method: 'post' })
    form.addEventListener('submit', (event) => event.stopPropagation())
    form.requestSubmit()
    expect(await until(() => frame.contentWindow!.location.pathname.startsWith('/ads/'), 1000)).to.equal(false)
  })
})

describe('requests: deferred and QUIC', () => {
  const fetchLater = (url: string, options: object) =>
    (window as unknown as { fetchLater: (u: string, o: object) => { activated: boolean } }).fetchLater(url, options)

  it('holds fetchLater to a held host (sent at once by activateAfter: 0), and sends it after consent', async () => {
    const id = Math.random().toString(36).slice(2)
    expect(fetchLater(`/ads/later-${id}`, { activateAfter: 0 }).activated).to.equal(false)
    // No page API records a deferred request: the test server's record shows it.
    expect(await serverSaw(`/ads/later-${id}`)).to.equal(false)
    granted = true
    fetchLater(`/ads/later-after-${id}`, { activateAfter: 0 })
    expect(await serverSaw(`/ads/later-after-${id}`, 5000)).to.equal(true)
  })

  it('refuses a WebTransport session to a held host as it refuses a worker, and lets others be made', () => {
    const WebTransport = (window as unknown as { WebTransport: new (url: string) => { close(): void } }).WebTransport
    expect(() => new WebTransport(`https://${location.host}/ads/transport`)).to.throw(DOMException, 'held by Sekisho')
    // A session the page may open (its own) is the browser's: one to a port nothing answers on.
    const own = new WebTransport('https://127.0.0.1:9/own')
    ;(own as unknown as { ready: Promise<void> }).ready.catch(() => {})
    ;(own as unknown as { closed: Promise<void> }).closed.catch(() => {})
  })
})

describe('requests: CSS', () => {
  it("leaves the page's own CSS alone through cssText, setProperty, insertRule, replaceSync and FontFace", () => {
    const el = document.body.appendChild(document.createElement('div'))
    el.style.cssText = 'color: red'
    el.style.setProperty('margin-top', '3px')
    expect([el.style.color, el.style.marginTop]).to.deep.equal(['red', '3px'])
    const sheet = new CSSStyleSheet()
    sheet.replaceSync('p { color: blue }')
    sheet.insertRule('b { color: green }')
    expect(Array.from(sheet.cssRules, (rule) => rule.cssText)).to.deep.equal([
      'b { color: green; }',
      'p { color: blue; }',
    ])
    expect(new FontFace('own', 'url(/own.woff2)').family).to.equal('own')
  })

  it('never reads font data as text: a FontFace of binary data goes to the browser as it is', async () => {
    // Its text would be the bytes joined by commas, which holds no url(): reading a large font as
    // text costs time, and calls the page's own toString.
    let read = 0
    const buffer = new ArrayBuffer(8)
    const sources = [new Uint8Array(8), buffer, new DataView(buffer)]
    for (const data of sources) Object.defineProperty(data, 'toString', { value: () => String(++read) })
    const faces = sources.map((data) => new FontFace('binary', data))
    expect(read).to.equal(0)
    // Not a font: each face fails as the browser's own check says, not as a text source would.
    const statuses = await Promise.all(
      faces.map((face) =>
        face.loaded.then(
          () => 'loaded',
          () => face.status,
        ),
      ),
    )
    expect(statuses).to.deep.equal(['error', 'error', 'error'])
  })

  it('empties a held url() or @import to an empty URL in its own quotes, however it is spaced', () => {
    const el = document.body.appendChild(document.createElement('div'))
    el.setAttribute(
      'style',
      'background:url( /ads/a.gif );border-image:url(\'/ads/b.gif\') 1;list-style:url("/ads/c.gif")',
    )
    expect(el.getAttribute('style')).to.equal('background:url( "" );border-image:url(\'\') 1;list-style:url("")')
    el.innerHTML = '<style>@import  "/ads/i.css"; @import\t\'/ads/j.css\';</style>'
    expect(el.querySelector('style')!.textContent).to.equal('@import  ""; @import\t\'\';')
  })
})
