// The rules of tag holding stated one by one: what an attribute name means for which tag, values
// read once (Trusted Types objects kept as they are), a tag marked up by setAttribute released
// at once for a consented visitor, and a frame a template brings into a shadow root.
import { expect } from 'chai'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { requested, resetPage, service, until } from '../../test/fixtures.ts'
import { changed, readOnce } from './elements.ts'

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
