import { expect } from 'chai'
import type { ServiceDefinition } from '@sekisho/core'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { BASE, noLeakWindow, requested, resetPage, service, until } from '../../test/fixtures.ts'

declare global {
  interface Window {
    ran?: string[]
  }
}

const analytics = service('stats', ['analytics'], { cookies: ['_st', '_st_*'], storage: ['st:*'] })
const ads = service('ads', ['advertising'], { cookies: ['_ad'] })
const trackerUrl = (id: string, n = id) => `${BASE}tracker.js?n=${id}&x=${n}`

let granted: Record<string, boolean> = {}
let gate: Gate
let reloads = 0
let undeclared: string[] = []
const isGranted = (t: string | ServiceDefinition) =>
  typeof t === 'string' ? !!granted[t] : t.purposes.every((p) => granted[p])
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)))
/** A marked-up inline script of `target`, as a page's HTML has it (inserted by a script, so it runs when released). */
const markedUpInline = (target: string) => {
  const s = document.createElement('script')
  s.type = 'text/plain'
  s.textContent = "window.ran.push('inline')"
  s.setAttribute('data-sekisho', target)
  document.body.appendChild(s)
}
/** The attributes of `el` that `act` changed. */
const attributesChanged = (el: Element, act: () => void) => {
  const observer = new MutationObserver(() => {})
  observer.observe(el, { attributes: true })
  act()
  const names = observer.takeRecords().map((r) => r.attributeName)
  observer.disconnect()
  return names
}
const clearCookies = () =>
  document.cookie.split(';').forEach((c) => (document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Path=/`))

beforeEach(() => {
  granted = {}
  reloads = 0
  undeclared = []
  window.ran = []
  resetPage()
  document.querySelectorAll('[data-sekisho],[data-sekisho-released]').forEach((el) => el.remove())
  clearCookies()
  localStorage.clear()
  gate = installGate({
    services: [analytics, ads],
    isGranted,
    reload: () => reloads++,
    onUndeclared: (url) => undeclared.push(url),
    nonce: 'n0nce',
  })
})
afterEach(() => gate.uninstall())

describe('installGate: tags injected by scripts', () => {
  it('holds scripts inserted by appendChild, insertBefore, append, prepend and replaceChild', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e']
    const scripts = ids.map((n) => {
      const s = document.createElement('script')
      s.src = `${BASE}tracker.js?n=stats&x=${n}`
      return s
    })
    const placeholder = document.createElement('span')
    document.body.append(placeholder)
    expect(document.body.appendChild(scripts[0]!)).to.equal(scripts[0])
    document.body.insertBefore(scripts[1]!, placeholder)
    document.body.append(scripts[2]!)
    document.body.prepend(scripts[3]!)
    expect(document.body.replaceChild(scripts[4]!, placeholder)).to.equal(placeholder)
    await frame()
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    expect(requested('tracker.js')).to.equal(false)
    expect(gate.held()).to.have.length(5)
  })

  it('holds a script whose src is set after it is in the document, and via setAttribute', async () => {
    const a = document.body.appendChild(document.createElement('script'))
    a.src = trackerUrl('stats', 'late')
    const b = document.createElement('script')
    b.setAttribute('src', trackerUrl('stats', 'attr'))
    document.head.appendChild(b)
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    expect(a.getAttribute('src')).to.contain('late')
  })

  it('holds a script inside a fragment or a detached subtree', async () => {
    const div = document.createElement('div')
    div.appendChild(document.createElement('script')).src = trackerUrl('stats', 'sub')
    const fragment = document.createDocumentFragment()
    fragment.appendChild(document.createElement('script')).src = trackerUrl('ads', 'frag')
    document.body.appendChild(div)
    document.body.appendChild(fragment)
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    expect(gate.held()).to.have.length(2)
  })

  it('keeps a held script held when its type is set after its src, and gives the type back on release', async () => {
    const s = document.createElement('script')
    s.src = trackerUrl('stats', 'typed')
    s.type = 'text/javascript'
    s.setAttribute('type', 'text/javascript')
    document.body.appendChild(s)
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    expect(s.getAttribute('type')).to.equal('text/plain')
    granted = { analytics: true }
    gate.refresh()
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    expect(document.querySelector('script[data-sekisho-released]')!.getAttribute('type')).to.equal('text/javascript')
  })

  it('holds scripts in fragments made by createContextualFragment, which would run', async () => {
    const range = document.createRange()
    range.selectNode(document.body)
    const fragment = range.createContextualFragment(`<script src="${trackerUrl('ads', 'ctx')}"></script><p>kept</p>`)
    document.body.appendChild(fragment)
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    expect(document.body.querySelector('p')!.textContent).to.equal('kept')
    expect(gate.held().map((el) => el.getAttribute('data-sekisho'))).to.deep.equal(['ads'])
  })

  it('releases a marked-up tag a framework renders after consent, within a microtask', async () => {
    granted = { advertising: true }
    gate.refresh()
    const frame = document.createElement('iframe')
    frame.setAttribute('data-src', '/ads/late-frame.html')
    frame.setAttribute('data-sekisho', 'advertising')
    document.body.appendChild(frame)
    await Promise.resolve()
    expect(frame.getAttribute('src')).to.equal('/ads/late-frame.html')
    expect(frame.getAttribute('data-sekisho-released')).to.equal('advertising')
  })

  it('lets first-party and undeclared scripts run, and reports undeclared third-party hosts once', async () => {
    const s = document.createElement('script')
    s.src = `${BASE}tracker.js?n=first`
    document.body.appendChild(s)
    expect(await until(() => window.ran!.includes('first'))).to.equal(true)
    const img = new Image()
    img.src = 'http://127.0.0.2:9/pixel.gif'
    const again = new Image()
    again.src = 'http://127.0.0.2:9/other.gif'
    expect(undeclared).to.deep.equal(['http://127.0.0.2:9/pixel.gif'])
  })

  it("reads relative URLs against the page's <base>: one on another host is a third party's", () => {
    gate.uninstall()
    const reported: string[] = []
    gate = installGate({
      services: [service('elsewhere', ['analytics'], { hosts: ['t.example'] })],
      isGranted,
      onUndeclared: (url) => reported.push(url),
    })
    new Image().src = 'before.gif'
    const base = document.head.appendChild(
      Object.assign(document.createElement('base'), { href: 'http://127.0.0.3:9/dir/' }),
    )
    try {
      new Image().src = 'pixel.gif'
      new Image().src = 'again.gif'
    } finally {
      base.remove()
    }
    new Image().src = 'after.gif'
    expect(reported).to.deep.equal(['pixel.gif'])
  })

  it('holds a relative URL whose <base> is a held host written with its final dot', () => {
    gate.uninstall()
    gate = installGate({ services: [service('elsewhere', ['analytics'], { hosts: ['t.example'] })], isGranted })
    const base = document.head.appendChild(
      Object.assign(document.createElement('base'), { href: 'http://t.example./dir/' }),
    )
    const img = new Image()
    try {
      img.src = 'pixel.gif'
    } finally {
      base.remove()
    }
    expect([img.getAttribute('data-sekisho'), img.hasAttribute('src')]).to.deep.equal(['elsewhere', false])
  })

  it('holds image pixels, iframes and links until granted, then releases the ones in the document', async () => {
    const pixel = new Image()
    pixel.src = '/ads/pixel.gif?detached'
    const img = document.createElement('img')
    img.setAttribute('src', '/ads/pixel.gif?placed')
    document.body.appendChild(img)
    const frameEl = document.createElement('iframe')
    frameEl.src = '/ads/frame.html'
    document.body.appendChild(frameEl)
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = '/ads/style.css'
    document.head.appendChild(link)
    await noLeakWindow()
    expect(requested('/ads/')).to.equal(false)
    expect(img.hasAttribute('src')).to.equal(false)
    granted = { advertising: true }
    gate.refresh()
    expect(img.getAttribute('src')).to.equal('/ads/pixel.gif?placed')
    expect(frameEl.getAttribute('src')).to.equal('/ads/frame.html')
    expect(link.getAttribute('href')).to.equal('/ads/style.css')
    expect(await until(() => requested('/ads/pixel.gif?placed'))).to.equal(true)
    expect(requested('detached')).to.equal(false)
    link.remove()
  })

  it('holds images added through innerHTML and insertAdjacentHTML, and leaves other markup alone', async () => {
    document.body.innerHTML = '<p id="p">hi <b>there</b></p><img src="/ads/a.gif">'
    document.body.insertAdjacentHTML('beforeend', '<img src="/ads/b.gif"><img alt="" src="/own.gif">')
    expect(document.getElementById('p')!.innerHTML).to.equal('hi <b>there</b>')
    await noLeakWindow()
    expect(requested('/ads/')).to.equal(false)
    expect(gate.held().map((el) => el.getAttribute('data-src'))).to.deep.equal(['/ads/a.gif', '/ads/b.gif'])
    granted = { advertising: true }
    gate.refresh()
    expect(await until(() => requested('/ads/a.gif') && requested('/ads/b.gif'))).to.equal(true)
  })
})

describe('installGate: beacons, cookies and storage', () => {
  it('does not send fetch, sendBeacon or XMLHttpRequest to held hosts', async () => {
    let error: unknown
    await fetch('/stats/collect').catch((e) => (error = e))
    expect(error).to.be.instanceOf(TypeError)
    expect(navigator.sendBeacon('/stats/beacon', 'x')).to.equal(false)
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/stats/xhr')
    const failed = new Promise((r) => xhr.addEventListener('error', r))
    xhr.send('x')
    await failed
    expect(requested('/stats/')).to.equal(false)
    const own = await fetch(`${BASE}tracker.js`)
    expect(own.ok).to.equal(true)
    granted = { analytics: true }
    await fetch('/stats/collect').catch(() => {})
    expect(await until(() => requested('/stats/collect'))).to.equal(true)
  })

  it('does not write held cookies or storage keys, but writes everything else', () => {
    document.cookie = '_st=1; Path=/'
    document.cookie = '_st_abc=1; Path=/'
    document.cookie = 'own=1; Path=/'
    localStorage.setItem('st:id', '1')
    sessionStorage.setItem('st:id', '1')
    localStorage.setItem('own', '1')
    expect(document.cookie).to.equal('own=1')
    expect(localStorage.getItem('st:id')).to.equal(null)
    expect(sessionStorage.getItem('st:id')).to.equal(null)
    expect(localStorage.getItem('own')).to.equal('1')
    granted = { analytics: true }
    document.cookie = '_st=2; Path=/'
    expect(document.cookie).to.contain('_st=2')
  })
})

describe('installGate: release and withdrawal', () => {
  it('releases marked-up scripts in document order: ordered externals, then the inline after them', async () => {
    // Markup whose scripts run (innerHTML's never do, held or not: lifetime.test.ts).
    const markup = (html: string) => document.body.append(document.createRange().createContextualFragment(html))
    markup(
      [
        `<script type="text/plain" data-sekisho="analytics" src="${trackerUrl('stats', 'one')}"></script>`,
        `<script type="text/plain" data-sekisho="stats" data-src="${trackerUrl('stats', 'two')}"></script>`,
        `<script type="text/plain" data-sekisho="analytics">window.ran.push('inline')</script>`,
        `<script type="text/plain" data-sekisho="advertising">window.ran.push('ads-inline')</script>`,
      ].join(''),
    )
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    expect(gate.held()).to.have.length(4)
    granted = { analytics: true }
    gate.refresh()
    expect(await until(() => window.ran!.length === 3)).to.equal(true)
    expect(window.ran).to.deep.equal(['stats', 'stats', 'inline'])
    const released = document.querySelectorAll('script[data-sekisho-released]')
    expect(Array.from(released, (s) => s.getAttribute('src') ?? 'inline')).to.deep.equal([
      trackerUrl('stats', 'one'),
      trackerUrl('stats', 'two'),
      'inline',
    ])
    expect((released[0] as HTMLScriptElement).nonce).to.equal('n0nce')
    expect(gate.held()).to.have.length(1)
  })

  it('releases injected scripts with their own async flag and handlers', async () => {
    let loaded = 0
    const s = document.createElement('script')
    s.async = true
    s.src = trackerUrl('stats', 'injected')
    s.onload = () => loaded++
    document.body.appendChild(s)
    granted = { analytics: true }
    gate.refresh()
    expect(await until(() => loaded === 1)).to.equal(true)
    const fresh = document.querySelector('script[data-sekisho-released]') as HTMLScriptElement
    expect(fresh.async).to.equal(true)
    expect(fresh.type).to.equal('')
  })

  it('on withdrawal erases the service cookies and keys, holds frames again and reloads once a script ran', async () => {
    granted = { analytics: true, advertising: true }
    gate.refresh()
    document.cookie = '_st=1; Path=/'
    document.cookie = '_st_x=1'
    document.cookie = '_ad=1; Path=/'
    document.cookie = 'own=1; Path=/'
    localStorage.setItem('st:id', '1')
    document.body.innerHTML = '<iframe data-sekisho="ads" data-src="/ads/frame.html"></iframe>'
    gate.refresh()
    expect(document.querySelector('iframe')!.getAttribute('src')).to.equal('/ads/frame.html')
    granted = { advertising: true }
    gate.refresh()
    expect(document.cookie.split('; ').sort()).to.deep.equal(['_ad=1', 'own=1'])
    expect(localStorage.getItem('st:id')).to.equal(null)
    expect(reloads).to.equal(0)
    granted = {}
    gate.refresh()
    expect(document.cookie).to.equal('own=1')
    const iframe = document.querySelector('iframe')!
    expect(iframe.hasAttribute('src')).to.equal(false)
    expect(iframe.getAttribute('data-sekisho')).to.equal('ads')
    expect(reloads).to.equal(0)

    granted = { analytics: true }
    gate.refresh()
    document.body.appendChild(document.createElement('script')).src = trackerUrl('stats', 'runs')
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    granted = {}
    gate.refresh()
    expect(reloads).to.equal(1)
  })

  it('reloads when a returning visitor withdraws what was granted before the gate was installed', () => {
    gate.uninstall()
    granted = { analytics: true }
    gate = installGate({ services: [analytics, ads], isGranted, reload: () => reloads++ })
    // Let through at once: its service was granted from the start.
    document.body.appendChild(document.createElement('img')).src = '/stats/pixel.gif'
    granted = {}
    gate.refresh()
    expect(reloads).to.equal(1)
  })

  it("reloads when a released inline script's purpose is withdrawn (no URL recorded it)", async () => {
    document.body.innerHTML = '<p>x</p>'
    markedUpInline('analytics')
    granted = { analytics: true }
    gate.refresh()
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    granted = {}
    gate.refresh()
    expect(reloads).to.equal(1)
  })

  it('does not reload when a purpose is withdrawn that no script which ran belongs to', async () => {
    markedUpInline('analytics')
    granted = { analytics: true, advertising: true }
    gate.refresh()
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    granted = { analytics: true }
    gate.refresh()
    expect(reloads).to.equal(0)
  })

  it('keeps a Consent Mode advanced service released, unreloaded, when another purpose is withdrawn', async () => {
    gate.uninstall()
    let adsGranted = true
    gate = installGate({
      services: [analytics, ads],
      // Analytics may load but keep no cookies (advanced); advertising is granted whole.
      isGranted: (target, use) => (typeof target != 'string' && target.id == 'ads' ? adsGranted : use == 'load'),
      reload: () => reloads++,
    })
    document.body.appendChild(document.createElement('script')).src = trackerUrl('stats', 'advanced')
    document.body.insertAdjacentHTML('beforeend', '<img data-sekisho="stats" data-src="/stats/advanced.gif">')
    gate.refresh()
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    const img = document.querySelector('img[data-sekisho-released="stats"]')!
    // Not held and given back either: its attributes never change.
    const changed = attributesChanged(img, () => {
      adsGranted = false
      gate.refresh()
    })
    expect([changed, img.getAttribute('src'), reloads]).to.deep.equal([[], '/stats/advanced.gif', 0])
  })

  it('releases what is granted at once when installed after the page is parsed', () => {
    gate.uninstall()
    document.body.innerHTML = '<img data-sekisho="stats" data-src="/stats/at-install.gif">'
    granted = { analytics: true }
    gate = installGate({ services: [analytics, ads], isGranted, reload: () => reloads++ })
    expect(document.querySelector('img')!.getAttribute('src')).to.equal('/stats/at-install.gif')
  })

  it('gives a held script the type set before its src back on release', async () => {
    const s = document.createElement('script')
    s.type = 'module'
    s.src = trackerUrl('stats', 'module')
    document.body.appendChild(s)
    await noLeakWindow()
    expect(s.getAttribute('type')).to.equal('text/plain')
    granted = { analytics: true }
    gate.refresh()
    // It ran as a module (the stand-in records 'module' so).
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    expect(window.ran).to.deep.equal(['module'])
    expect(document.querySelector('script[data-sekisho-released]')!.getAttribute('type')).to.equal('module')
  })

  it('releases the tags of a service that may load before it may keep cookies (Consent Mode advanced)', async () => {
    gate.uninstall()
    let load = false
    gate = installGate({ services: [analytics], isGranted: (_, use) => load && use == 'load', reload() {} })
    document.body.appendChild(document.createElement('script')).src = trackerUrl('stats', 'advanced')
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    load = true
    gate.refresh()
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    document.cookie = '_st=1; Path=/'
    expect(document.cookie).not.to.contain('_st=')
  })

  it('releases nothing once uninstalled', async () => {
    document.body.appendChild(document.createElement('script')).src = trackerUrl('stats', 'after')
    gate.uninstall()
    granted = { analytics: true }
    gate.refresh()
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
  })

  it('with reloadOnWithdraw: false erases on withdrawal but never reloads, though a script ran', async () => {
    gate.uninstall()
    gate = installGate({ services: [analytics, ads], isGranted, reload: () => reloads++, reloadOnWithdraw: false })
    granted = { analytics: true }
    gate.refresh()
    document.body.appendChild(document.createElement('script')).src = trackerUrl('stats', 'no-reload')
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    document.cookie = '_st=1; Path=/'
    granted = {}
    gate.refresh()
    expect([reloads, document.cookie]).to.deep.equal([0, ''])
  })

  it('with reloadOnWithdraw: false, holds again what can be and never runs a script twice', async () => {
    gate.uninstall()
    gate = installGate({ services: [analytics, ads], isGranted, reload: () => reloads++, reloadOnWithdraw: false })
    document.body.innerHTML =
      '<img data-sekisho="analytics" data-src="/stats/again.gif" style="width: 3px">' +
      '<iframe data-sekisho="ads" data-src="/ads/kept.html"></iframe>'
    // As the page's HTML has it (a script set by innerHTML never runs, released or not).
    const script = document.body.appendChild(document.createElement('script'))
    script.type = 'text/plain'
    script.setAttribute('data-sekisho', 'analytics')
    script.setAttribute('data-src', trackerUrl('stats', 'once'))
    granted = { analytics: true, advertising: true }
    gate.refresh()
    expect(await until(() => window.ran!.length === 1)).to.equal(true)
    const img = document.querySelector('img')!
    const iframe = document.querySelector('iframe')!
    // Advertising withdrawn: its frame is held again; analytics' image, still granted, is not
    // touched (not held and given back: its attributes never change).
    const changed = attributesChanged(img, () => {
      granted = { analytics: true }
      gate.refresh()
    })
    expect([img.getAttribute('src'), iframe.hasAttribute('src')]).to.deep.equal(['/stats/again.gif', false])
    expect(changed).to.deep.equal([])
    granted = {}
    gate.refresh()
    // Only what it loaded is taken back: a srcset it never had is not made up, its own style stays.
    expect(img.getAttributeNames().sort()).to.deep.equal(['data-sekisho', 'data-src', 'style'])
    expect(img.getAttribute('style')).to.equal('width: 3px')
    granted = { analytics: true }
    gate.refresh()
    await noLeakWindow()
    expect([img.getAttribute('src'), img.hasAttribute('srcset')]).to.deep.equal(['/stats/again.gif', false])
    // The script ran once: it cannot be taken back, so it is not held nor run again.
    expect([window.ran, reloads]).to.deep.equal([['stats'], 0])
  })

  it('draws a consent placeholder for a held frame that asks for one', () => {
    gate.uninstall()
    const requests: string[] = []
    gate = installGate({
      services: [analytics, ads],
      isGranted,
      requestConsent: (target, text) => requests.push(`${target}: ${text}`),
    })
    document.body.innerHTML =
      '<iframe data-sekisho="ads" data-sekisho-placeholder="Play video" width="320" height="180" data-src="/ads/v"></iframe>'
    gate.refresh()
    const button = document.querySelector('button.sekisho-placeholder') as HTMLButtonElement
    expect(button.textContent).to.equal('Play video')
    button.click()
    expect(requests).to.deep.equal(['ads: Play video'])
    granted = { advertising: true }
    gate.refresh()
    expect(document.querySelector('.sekisho-placeholder')).to.equal(null)
    expect(document.querySelector('iframe')!.hidden).to.equal(false)
  })
})

describe('installGate: living with other code', () => {
  it('keeps this, return values and other libraries patches working, and uninstalls cleanly', () => {
    // Another library wraps the same methods after the gate, as monitoring scripts do.
    const setAttribute = Element.prototype.setAttribute
    const src = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!
    const seen: unknown[] = []
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      seen.push(this)
      return setAttribute.call(this, name, value)
    }
    Object.defineProperty(HTMLScriptElement.prototype, 'src', {
      ...src,
      set(this: HTMLScriptElement, value: string) {
        seen.push(value)
        src.set!.call(this, value)
      },
    })
    const div = document.createElement('div')
    expect(div.setAttribute('class', 'x')).to.equal(undefined)
    expect(div.getAttribute('class')).to.equal('x')
    expect(document.body.appendChild(div)).to.equal(div)
    const s = document.createElement('script')
    s.src = trackerUrl('stats', 'stacked')
    expect(s.type).to.equal('text/plain')
    expect(s.src).to.contain('stacked')
    gate.uninstall()
    // The other library's wrappers still run; the gate's, left under them, pass everything.
    const t = document.createElement('script')
    t.setAttribute('src', trackerUrl('stats', 'after'))
    expect(t.type).to.equal('')
    expect(seen).to.deep.equal([div, trackerUrl('stats', 'stacked'), t])
    Element.prototype.setAttribute = setAttribute
    Object.defineProperty(HTMLScriptElement.prototype, 'src', src)
  })

  it('never throws from its own checks, and takes a decision it cannot read as a refusal', () => {
    gate.uninstall()
    gate = installGate({
      services: [analytics],
      isGranted: () => {
        throw new Error('broken')
      },
    })
    const s = document.createElement('script')
    expect(() => (s.src = trackerUrl('stats'))).not.to.throw()
    expect(() => document.body.appendChild(s)).not.to.throw()
    expect(() => (document.cookie = '_st=1')).not.to.throw()
    expect(() => document.body.appendChild(document.createTextNode('x'))).not.to.throw()
    // A decision that cannot be read is a refusal.
    expect(s.getAttribute('data-sekisho')).to.equal('stats')
    expect(document.cookie).not.to.contain('_st=')
  })
})

describe('installGate: wrappers a page inspects', () => {
  it("look like the originals to a script that checks for tampering: name, length, native code, toString's own flags", () => {
    const nativeCode = (fn: Function) => /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(fn))
    // (Not setAttribute nor the script src setter: a test above leaves an uninstalled gate's wrapper in them.)
    const wrapped = [
      [Element.prototype.setAttributeNS, 'setAttributeNS', 3],
      [Node.prototype.appendChild, 'appendChild', 1],
      [window.fetch, 'fetch', 1],
      [window.WebSocket, 'WebSocket', 1],
      [Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!.set!, 'set src', 1],
    ] as const
    expect(wrapped.map(([fn]) => [fn.name, fn.length, nativeCode(fn)])).to.deep.equal(
      wrapped.map(([, name, length]) => [name, length, true]),
    )
    expect(nativeCode(Function.prototype.toString)).to.equal(true)
    // The page's own functions still show their source.
    const own = function ownCode() {
      return 1
    }
    expect(own.toString()).to.contain('return 1')
    // Function.prototype.toString keeps the native property's flags: page code may replace it, as
    // some libraries do, without an error in strict code.
    const { writable, enumerable, configurable } = Object.getOwnPropertyDescriptor(Function.prototype, 'toString')!
    expect({ writable, enumerable, configurable }).to.deep.equal({
      writable: true,
      enumerable: false,
      configurable: true,
    })
  })

  it('holds a URL it cannot read (its toString throws), and throws nothing at the page', () => {
    const s = document.createElement('script')
    const url = {
      toString(): string {
        throw new Error('unreadable')
      },
    }
    expect(() => ((s as { src: unknown }).src = url)).not.to.throw()
    expect(s.hasAttribute('src')).to.equal(false)
  })

  it('throws as the originals do when called without an element (a detached call)', () => {
    const { appendChild } = Node.prototype
    const { append } = Element.prototype
    expect(() => appendChild.call(undefined, document.createElement('div'))).to.throw(TypeError)
    expect(() => append.call(null, document.createElement('div'))).to.throw(TypeError)
  })

  it('reads an attribute name once: a name that turns into src after the check sets nothing held', () => {
    // The name answers "alt" to its first `k` readings and "src" after: a check that reads it more
    // often than the browser does sees "alt" while the browser sets src.
    const turning = (k: number) => {
      let n = 0
      return { toString: () => (++n > k ? 'src' : 'alt') } as unknown as string
    }
    for (const k of [1, 2, 3, 4]) {
      const img = document.createElement('img')
      img.setAttribute(turning(k), trackerUrl('stats'))
      const ns = document.createElement('img')
      ns.setAttributeNS(null, turning(k), trackerUrl('stats'))
      expect([img.getAttribute('src'), ns.getAttribute('src')], `k=${k}`).to.deep.equal([null, null])
    }
  })
})

describe('installGate: sockets, streams and workers', () => {
  const socketUrl = (id: string) => `ws://${location.host}/${id}/socket`

  it('gives a closed socket for a held WebSocket host: no connection, then error and close (1006)', async () => {
    const socket = new WebSocket(socketUrl('stats'))
    const fired: string[] = []
    socket.onerror = () => fired.push('onerror')
    socket.addEventListener('error', () => fired.push('error'))
    const closed = new Promise<CloseEvent>((r) => socket.addEventListener('close', r as never))
    expect(socket.readyState).to.equal(WebSocket.CLOSED)
    expect(socket.url).to.equal(socketUrl('stats'))
    socket.send('hello')
    socket.close()
    const event = await closed
    expect(event.code).to.equal(1006)
    expect(event.wasClean).to.equal(false)
    expect(fired).to.deep.equal(['error', 'onerror'])
    granted = { analytics: true }
    const live = new WebSocket(socketUrl('stats'))
    expect(live.readyState).to.equal(WebSocket.CONNECTING)
    live.close()
  })

  it('gives a closed EventSource for a held host, which fires error and requests nothing', async () => {
    const source = new EventSource('/stats/stream')
    expect(source.readyState).to.equal(EventSource.CLOSED)
    await new Promise((r) => (source.onerror = r))
    expect(requested('/stats/stream')).to.equal(false)
    granted = { analytics: true }
    const live = new EventSource('/stats/stream')
    expect(live.readyState).to.equal(EventSource.CONNECTING)
    live.close()
  })

  it('keeps the constructors whole: statics, instanceof, subclasses; uninstall restores them', () => {
    granted = { analytics: true }
    class Tracked extends WebSocket {}
    const socket = new Tracked(socketUrl('stats'))
    expect(socket).to.be.instanceOf(WebSocket).and.instanceOf(Tracked)
    expect(socket.constructor).to.equal(Tracked)
    expect(WebSocket.OPEN).to.equal(1)
    socket.close()
    const names = ['WebSocket', 'EventSource', 'Worker', 'SharedWorker'] as const
    const wrapped = names.map((name) => window[name])
    gate.uninstall()
    granted = {}
    names.forEach((name, i) => expect(window[name], name).to.not.equal(wrapped[i]))
    const after = new WebSocket(socketUrl('stats'))
    expect(after.readyState).to.equal(WebSocket.CONNECTING)
    after.close()
  })

  it('refuses Worker, SharedWorker and service worker scripts from a held host with a SecurityError', async () => {
    const url = trackerUrl('stats')
    expect(() => new Worker(url))
      .to.throw(DOMException)
      .with.property('name', 'SecurityError')
    expect(() => new SharedWorker(url))
      .to.throw(DOMException)
      .with.property('name', 'SecurityError')
    const error = await navigator.serviceWorker.register(url).catch((e: DOMException) => e)
    expect(error).to.have.property('name', 'SecurityError')
    expect(await navigator.serviceWorker.getRegistrations()).to.have.length(0)
    expect(requested('tracker.js')).to.equal(false)
    granted = { analytics: true }
    const worker = new Worker(url)
    expect(worker).to.be.instanceOf(Worker)
    worker.terminate()
  })
})

describe('installGate: srcset, SVG and namespaced attributes', () => {
  it('holds srcset and imagesrcset set by property, setAttribute and markup, and releases them', async () => {
    const img = document.body.appendChild(document.createElement('img'))
    img.srcset = '/own.gif 1x, /ads/a.gif 2x'
    const other = document.body.appendChild(document.createElement('img'))
    other.setAttribute('srcset', '/ads/b.gif 100w')
    document.body.insertAdjacentHTML(
      'beforeend',
      '<picture><source srcset="/ads/c.gif"><img src="/own.gif?p"></picture>',
    )
    // Object.assign goes through the property setters.
    const preload = document.head.appendChild(
      Object.assign(document.createElement('link'), { rel: 'preload', as: 'image', imageSrcset: '/ads/d.gif 1x' }),
    )
    await noLeakWindow()
    expect(requested('/ads/')).to.equal(false)
    expect(img.hasAttribute('srcset')).to.equal(false)
    expect(
      gate.held().map((el) => el.getAttribute('data-srcset') ?? el.getAttribute('data-imagesrcset')),
    ).to.have.members(['/own.gif 1x, /ads/a.gif 2x', '/ads/b.gif 100w', '/ads/c.gif', '/ads/d.gif 1x'])
    granted = { advertising: true }
    gate.refresh()
    expect(img.getAttribute('srcset')).to.equal('/own.gif 1x, /ads/a.gif 2x')
    expect(preload.getAttribute('imagesrcset')).to.equal('/ads/d.gif 1x')
    expect(await until(() => requested('/ads/b.gif') && requested('/ads/c.gif'))).to.equal(true)
    // Withdrawn: the srcset is held again.
    granted = {}
    gate.refresh()
    expect(img.hasAttribute('srcset')).to.equal(false)
    expect(img.getAttribute('data-srcset')).to.equal('/own.gif 1x, /ads/a.gif 2x')
    preload.remove()
  })

  it('holds setAttributeNS(null, src|href) like setAttribute', async () => {
    const script = document.createElement('script')
    script.setAttributeNS(null, 'src', trackerUrl('stats', 'ns'))
    document.body.appendChild(script)
    const img = document.body.appendChild(document.createElement('img'))
    img.setAttributeNS(null, 'src', '/ads/ns.gif')
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    expect(requested('/ads/ns.gif')).to.equal(false)
    expect(gate.held()).to.have.members([script, img])
  })

  it('holds SVG scripts and images by href and xlink:href, and releases them as SVG', async () => {
    const SVG = 'http://www.w3.org/2000/svg'
    const svg = document.body.appendChild(document.createElementNS(SVG, 'svg'))
    const script = document.createElementNS(SVG, 'script')
    script.setAttribute('href', trackerUrl('stats', 'svg'))
    svg.appendChild(script)
    const image = svg.appendChild(document.createElementNS(SVG, 'image'))
    image.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', '/ads/svg.gif')
    svg.insertAdjacentHTML('beforeend', '<image href="/ads/markup.gif"/>')
    // In HTML markup that runs scripts, an <svg> makes its <script> an SVG one.
    const markup = `<svg><script href="${trackerUrl('stats', 'fragment')}"></script></svg>`
    document.body.append(document.createRange().createContextualFragment(markup))
    await noLeakWindow()
    expect(window.ran).to.deep.equal([])
    expect(requested('/ads/')).to.equal(false)
    expect(gate.held()).to.have.length(4)
    granted = { analytics: true, advertising: true }
    gate.refresh()
    expect(await until(() => window.ran!.length == 2)).to.equal(true)
    expect(await until(() => requested('/ads/svg.gif') && requested('/ads/markup.gif'))).to.equal(true)
    expect(svg.querySelector('script')!.namespaceURI).to.equal(SVG)
  })
})

describe('installGate: storage written as properties', () => {
  it('removes held keys written as localStorage properties when the page is hidden (visibilitychange) or left (pagehide)', () => {
    localStorage['st:direct'] = '1'
    sessionStorage['st:direct'] = '1'
    ;(localStorage as unknown as Record<string, string>).own = '1'
    window.dispatchEvent(new Event('pagehide'))
    expect(localStorage.getItem('st:direct')).to.equal(null)
    expect(sessionStorage.getItem('st:direct')).to.equal(null)
    expect(localStorage.getItem('own')).to.equal('1')
    granted = { analytics: true }
    localStorage['st:direct'] = '2'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(localStorage.getItem('st:direct')).to.equal('2')
    // Withdrawn: hidden (a tab switch, which may be the last event a mobile page gets), it goes.
    granted = {}
    localStorage['st:direct'] = '3'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(localStorage.getItem('st:direct')).to.equal(null)
    sessionStorage.clear()
  })
})
