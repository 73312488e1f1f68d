// The rules of tag holding stated one by one: what an attribute name means for which tag, values
// read once (Trusted Types objects kept as they are), a tag marked up by setAttribute released
// at once for a consented visitor, and a frame a template brings into a shadow root.
import { expect } from 'chai'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { requested, resetPage, service, until } from '../../test/fixtures.ts'
import { changed, readOnce, refreshUrl } from './elements.ts'

let granted = false
let gate: Gate
beforeEach(() => {
  granted = false
  resetPage()
  gate = installGate({ services: [service('ads', ['advertising'])], isGranted: () => granted, reload() {} })
})
afterEach(() => gate.uninstall())

describe('elements: attribute names and values', () => {
  it("holds an attribute only where it loads: a div's src, an img's href, a title with url() stay as set", () => {
    const div = document.createElement('div')
    div.setAttribute('src', '/ads/div.gif')
    const img = document.createElement('img')
    img.setAttribute('href', '/ads/img-href.gif')
    const p = document.createElement('p')
    p.setAttribute('title', 'see url(/ads/title.gif)')
    expect([div.getAttribute('src'), img.getAttribute('href'), p.getAttribute('title')]).to.deep.equal([
      '/ads/div.gif',
      '/ads/img-href.gif',
      'see url(/ads/title.gif)',
    ])
    expect([div, img, p].some((el) => el.hasAttribute('data-sekisho'))).to.equal(false)
  })

  it('reads a value once and keeps a Trusted Types object as it is', () => {
    const policy = (
      window as unknown as {
        trustedTypes: { createPolicy(n: string, r: object): { createScriptURL(s: string): object } }
      }
    ).trustedTypes.createPolicy(`test-${Math.random()}`, { createScriptURL: (s: string) => s })
    const url = policy.createScriptURL('/own/a.js')
    expect(readOnce(url)).to.equal(url)
    expect(changed(url, (text) => text)).to.equal(url)
    expect(changed(url, (text) => text.replace('a.js', 'b.js'))).to.equal('/own/b.js')
    let reads = 0
    const shifty = { toString: () => (reads++ ? '/ads/later.gif' : '/own/first.gif') }
    expect([readOnce(shifty), readOnce('x'), readOnce(7)]).to.deep.equal(['/own/first.gif', 'x', '7'])
  })
})

describe('elements: values read as the browser reads them', () => {
  it("reads where a refresh goes in each way its content is written, and nothing else's content as a URL", () => {
    expect(
      ['0;url=/ads/a', ' 5 , URL = /ads/b ', "1; '/ads/c'", '0.5 url=/ads/d', '3;URL="/ads/e"', '2'].map(refreshUrl),
    ).to.deep.equal(['/ads/a', '/ads/b', '/ads/c', '/ads/d', '/ads/e', ''])
    // og:image and its like carry a URL that no browser goes to.
    expect(['https://tracker.example/og.png', 'x; url=/ads/f', 'v2; url=/ads/g', ''].map(refreshUrl)).to.deep.equal([
      '',
      '',
      '',
      '',
    ])
  })

  it('keeps every kind of Trusted Types object as it is: HTML, script, script URL', () => {
    const policy = (
      window as unknown as {
        trustedTypes: { createPolicy(n: string, r: object): Record<string, (s: string) => object> }
      }
    ).trustedTypes.createPolicy(`kinds-${Math.random()}`, {
      createHTML: (s: string) => s,
      createScript: (s: string) => s,
      createScriptURL: (s: string) => s,
    })
    const made = [policy.createHTML!('<b>x</b>'), policy.createScript!('1'), policy.createScriptURL!('/own/a.js')]
    expect(made.map((value) => readOnce(value) === value)).to.deep.equal([true, true, true])
    // Anything else that is no string becomes its text.
    expect([readOnce(null), readOnce(undefined), readOnce({ toString: () => 'x' })]).to.deep.equal([
      'null',
      'undefined',
      'x',
    ])
  })

  it('makes new Audio() without a URL as the browser does, and holds one with a held URL', () => {
    const bare = new Audio()
    expect([
      bare instanceof HTMLAudioElement,
      bare.hasAttribute('src'),
      bare.hasAttribute('data-sekisho'),
    ]).to.deep.equal([true, false, false])
    const held = new Audio('/ads/ctor.mp3')
    expect([held.getAttribute('src'), held.getAttribute('data-src'), held.preload]).to.deep.equal([
      null,
      '/ads/ctor.mp3',
      'auto',
    ])
  })

  it("leaves an Attr node's own value alone when it holds it, and throws as the browser does for a non-Attr", () => {
    const img = document.createElement('img')
    const attr = document.createAttribute('src')
    attr.value = '/ads/attr-kept.gif'
    img.setAttributeNode(attr)
    expect([attr.value, img.hasAttribute('src'), img.getAttribute('data-src')]).to.deep.equal([
      '/ads/attr-kept.gif',
      false,
      '/ads/attr-kept.gif',
    ])
    expect(() => img.setAttributeNode(null as unknown as Attr)).to.throw(TypeError)
    expect(() => img.attributes.setNamedItem({} as Attr)).to.throw(TypeError)
  })
})

describe('elements: marked-up tags', () => {
  it('releases at once a tag a script marks up with setAttribute, for a visitor who consented', async () => {
    granted = true
    gate.refresh()
    const img = document.body.appendChild(document.createElement('img'))
    img.setAttribute('data-src', '/ads/marked-later.gif')
    img.setAttribute('data-sekisho', 'advertising')
    expect(await until(() => img.getAttribute('src') == '/ads/marked-later.gif')).to.equal(true)
  })
})

describe('elements: frames a template brings', () => {
  it("holds a srcdoc frame's own script when a template's copy puts the frame into a shadow root", async () => {
    // In a shadow root a frame is in no frames[]: the insertion arms its realm (now that it has
    // one) before the srcdoc document's script runs there.
    const template = document.createElement('template')
    template.innerHTML =
      '<iframe srcdoc="<script>fetch(\'/ads/template-shadow\').catch(function(){})</script>"></iframe>'
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' })
    root.append(template.content.cloneNode(true))
    const frame = root.querySelector('iframe')!
    await new Promise((loaded) => frame.addEventListener('load', loaded, { once: true }))
    // A fetch is on record once answered: up to a second for it to show.
    expect(await until(() => requested('/ads/template-shadow', frame.contentWindow!), 1000)).to.equal(false)
  })

  it("holds a srcdoc frame's own script when the frame is put into a shadow root and nothing reads its window", async () => {
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' })
    const frame = document.createElement('iframe')
    frame.srcdoc = "<script>fetch('/ads/shadow-direct').catch(function(){})</script>"
    const wrapper = document.createElement('section')
    wrapper.append(frame)
    root.append(wrapper)
    await new Promise((loaded) => frame.addEventListener('load', loaded, { once: true }))
    expect(await until(() => requested('/ads/shadow-direct', frame.contentWindow!), 1000)).to.equal(false)
  })
})

describe('elements: frames in shadow trees that are connected later', () => {
  const srcdoc = (path: string) => `<script>fetch('/ads/${path}').catch(function(){})</script>`
  const frameIn = (root: ShadowRoot | HTMLElement) => root.querySelector('iframe') as HTMLIFrameElement
  /** Waits for the frame's srcdoc document, then whether its script's fetch went out. Its window
   * is read only then: reading it earlier would arm its realm, which is what is tested. */
  const fetched = async (frame: HTMLIFrameElement, path: string) => {
    await new Promise((loaded) => frame.addEventListener('load', loaded, { once: true }))
    return until(() => requested(`/ads/${path}`, frame.contentWindow!), 1000)
  }
  const routes: [string, (path: string) => HTMLIFrameElement][] = [
    [
      'a frame appended to the shadow root of a detached host, then the host inserted',
      (path) => {
        const host = document.createElement('div')
        const root = host.attachShadow({ mode: 'closed' })
        const frame = document.createElement('iframe')
        frame.srcdoc = srcdoc(path)
        root.append(frame)
        document.body.append(host)
        return frame
      },
    ],
    [
      'a host nested in a detached tree, the tree inserted',
      (path) => {
        const tree = document.createElement('section')
        const host = tree.appendChild(document.createElement('div'))
        const frame = document.createElement('iframe')
        frame.srcdoc = srcdoc(path)
        host.attachShadow({ mode: 'open' }).appendChild(frame)
        document.body.appendChild(tree)
        return frame
      },
    ],
    [
      "a frame written by innerHTML into a detached host's shadow root",
      (path) => {
        const host = document.createElement('div')
        const root = host.attachShadow({ mode: 'open' })
        root.innerHTML = `<iframe srcdoc="${srcdoc(path)}"></iframe>`
        document.body.prepend(host)
        return frameIn(root)
      },
    ],
    [
      "a frame written by innerHTML into a connected host's shadow root",
      (path) => {
        const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' })
        root.innerHTML = `<iframe srcdoc="${srcdoc(path)}"></iframe>`
        return frameIn(root)
      },
    ],
    [
      'a declarative shadow root set by setHTMLUnsafe on a detached element, then inserted',
      (path) => {
        const div = document.createElement('div')
        div.setHTMLUnsafe(
          `<div id="host"><template shadowrootmode="open"><iframe srcdoc="${srcdoc(path)}"></iframe></template></div>`,
        )
        const root = div.querySelector('#host')!.shadowRoot!
        document.body.append(div)
        return frameIn(root)
      },
    ],
    [
      'a declarative shadow root set by setHTMLUnsafe on a connected element',
      (path) => {
        const div = document.body.appendChild(document.createElement('div'))
        div.setHTMLUnsafe(
          `<div id="host"><template shadowrootmode="open"><iframe srcdoc="${srcdoc(path)}"></iframe></template></div>`,
        )
        return frameIn(div.querySelector('#host')!.shadowRoot!)
      },
    ],
    [
      'a declarative shadow root inside another, set on a detached element, then inserted',
      (path) => {
        const div = document.createElement('div')
        div.setHTMLUnsafe(
          '<div id="outer"><template shadowrootmode="open"><div id="inner"><template shadowrootmode="open">' +
            `<iframe srcdoc="${srcdoc(path)}"></iframe></template></div></template></div>`,
        )
        const inner = div.querySelector('#outer')!.shadowRoot!.querySelector('#inner')!.shadowRoot!
        document.body.append(div)
        return frameIn(inner)
      },
    ],
    [
      'a clone of a host whose shadow root is clonable, the clone inserted',
      (path) => {
        const host = document.createElement('div')
        const frame = document.createElement('iframe')
        frame.srcdoc = srcdoc(path)
        host.attachShadow({ mode: 'open', clonable: true }).append(frame)
        const tree = document.createElement('section')
        tree.append(host)
        const copy = tree.cloneNode(true) as Element
        document.body.append(copy)
        return frameIn(copy.firstElementChild!.shadowRoot!)
      },
    ],
    [
      'an imported copy of a declarative clonable shadow root, inserted',
      (path) => {
        const div = document.createElement('div')
        div.setHTMLUnsafe(
          `<div id="host"><template shadowrootmode="open" shadowrootclonable><iframe srcdoc="${srcdoc(path)}"></iframe></template></div>`,
        )
        const copy = document.importNode(div, true)
        document.body.append(copy)
        return frameIn(copy.querySelector('#host')!.shadowRoot!)
      },
    ],
    [
      "a frame a Range inserts into a connected host's shadow root",
      (path) => {
        const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' })
        const range = document.createRange()
        range.selectNodeContents(root.appendChild(document.createElement('p')))
        const frame = document.createElement('iframe')
        frame.srcdoc = srcdoc(path)
        range.insertNode(frame)
        return frame
      },
    ],
  ]
  routes.forEach(([name, route], i) =>
    it(`holds a srcdoc frame's own script: ${name}`, async () => {
      // The route returns before the srcdoc document loads (a task later): the listener is in time.
      expect(await fetched(route(`late-shadow-${i}`), `late-shadow-${i}`)).to.equal(false)
    }),
  )
})

describe('elements: frames in closed declarative shadow roots', () => {
  // No script outside reaches such a frame: the srcdoc document reports what it requested itself.
  const report = (path: string) =>
    `<script>fetch('/ads/${path}').catch(function(){});setTimeout(function(){parent.postMessage({path:'${path}',` +
    `names:performance.getEntriesByType('resource').map(function(e){return e.name}),` +
    `scripts:document.scripts.length},'*')},300)</script>`
  const reported = (path: string) =>
    new Promise<{ names: string[]; scripts: number }>((done) => {
      const heard = (event: MessageEvent) => {
        if (event.data?.path != path) return
        removeEventListener('message', heard)
        done(event.data)
      }
      addEventListener('message', heard)
    })
  const markup = (path: string) =>
    `<div><template shadowrootmode="closed"><p>widget</p><iframe srcdoc="${report(path)}"></iframe></template></div>`

  it("holds a srcdoc frame's own script there, the markup set on a connected element", async () => {
    const heard = reported('closed-connected')
    document.body.appendChild(document.createElement('div')).setHTMLUnsafe(markup('closed-connected'))
    // The prologue that armed the realm is gone from the frame's document: only the page's script is there.
    expect(await heard).to.deep.equal({ path: 'closed-connected', names: [], scripts: 1 })
  })

  it("holds a srcdoc frame's own script there, the markup set on a detached element inserted later", async () => {
    const heard = reported('closed-detached')
    const div = document.createElement('div')
    div.innerHTML = '<section></section>'
    // The mode written with a character reference is the same mode.
    div.firstElementChild!.setHTMLUnsafe(markup('closed-detached').replace('"closed"', '"&#99;losed"'))
    document.body.append(div)
    expect((await heard).names).to.deep.equal([])
  })

  it("holds it on a page whose CSP runs only scripts with the page's nonce (a srcdoc keeps its parent's)", async () => {
    gate.uninstall()
    gate = installGate({
      services: [service('ads', ['advertising'])],
      isGranted: () => false,
      reload() {},
      nonce: 'n0nce',
    })
    const page = document.body.appendChild(document.createElement('iframe'))
    await new Promise((loaded) => {
      page.onload = loaded
      page.srcdoc = `<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-n0nce'">`
    })
    const w = page.contentWindow!
    const heard = new Promise<{ names: string[] }>((done) => w.addEventListener('message', (e) => done(e.data)))
    const doc = page.contentDocument!
    // The page's own script carries the nonce, as every script on such a page does.
    doc.body
      .appendChild(doc.createElement('div'))
      .setHTMLUnsafe(markup('closed-csp').replace('<script>', '<script nonce=n0nce>'))
    expect((await heard).names).to.deep.equal([])
  })

  it('holds it when page code first tries to remove or replace the way the frame arms itself', async () => {
    const heard = reported('closed-hook')
    const key = Symbol.for('sekisho.arm')
    const page = window as unknown as Record<symbol, unknown>
    // Refused (in strict code these throw; Reflect answers the same in any code).
    expect(Reflect.deleteProperty(page, key)).to.equal(false)
    expect(Reflect.set(page, key, () => {})).to.equal(false)
    expect(Reflect.defineProperty(page, key, { value: () => {} })).to.equal(false)
    document.body.appendChild(document.createElement('div')).setHTMLUnsafe(markup('closed-hook'))
    expect((await heard).names).to.deep.equal([])
  })
})
