// Release as a site's marked-up tags meet it: the order scripts run in once the visitor consents,
// the attributes a released tag gets back, and the tags a page changes while the release waits.
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

const trackerUrl = (x: string) => `${BASE}tracker.js?n=stats&x=${x}`
/** A marked-up external script: `src` as operators write it, or `data-src` as the server middleware does. */
const external = (x: string, attr = 'src') =>
  `<script type="text/plain" data-sekisho="analytics" ${attr}="${trackerUrl(x)}"></script>`
const inline = (name: string, attrs = '') =>
  `<script type="text/plain" data-sekisho="analytics"${attrs}>window.ran.push('${name}')</script>`
/** Markup whose scripts run, as the page's own HTML does (innerHTML's never do). */
const markup = (...html: string[]) =>
  document.body.append(document.createRange().createContextualFragment(html.join('')))
const released = () => document.querySelectorAll<HTMLScriptElement>('script[data-sekisho-released]')

let granted = false
let gate: Gate
beforeEach(() => {
  granted = false
  window.ran = []
  resetPage()
  // No nonce option: a released script's nonce is only its own.
  gate = installGate({
    services: [service('stats', ['analytics'])],
    isGranted: (t: string | ServiceDefinition) =>
      granted && (t == 'analytics' || (t as ServiceDefinition).id == 'stats'),
    reload() {},
  })
})
afterEach(() => gate.uninstall())

const consent = () => {
  granted = true
  gate.refresh()
}

describe('release: the order scripts run in', () => {
  it('runs inline scripts in the refresh that grants them, one after another, when nothing loads before them', () => {
    markup('<img data-sekisho="analytics" data-src="/stats/p.gif">', inline('one'), inline('two'))
    consent()
    expect(window.ran).to.deep.equal(['one', 'two'])
  })

  it('puts every ordered external script in the page at once, and does not make an image wait for them', async () => {
    markup(
      external('a'),
      external('b', 'data-src'),
      external('c'),
      '<img data-sekisho="analytics" data-src="/stats/p.gif">',
    )
    consent()
    expect(Array.from(released(), (s) => s.getAttribute('src'))).to.deep.equal(['a', 'b', 'c'].map(trackerUrl))
    expect(document.querySelector('img')!.getAttribute('src')).to.equal('/stats/p.gif')
    // They run before the next test starts.
    expect(await until(() => window.ran!.length == 3)).to.equal(true)
  })

  it('makes only inline scripts wait: a held srcset or style after a loading script is released at once', async () => {
    markup(
      external('first'),
      '<img data-sekisho="analytics" data-srcset="/stats/p.gif 1x">',
      '<div data-sekisho="analytics" data-style="background:url(/stats/bg.gif)"></div>',
    )
    consent()
    expect([
      document.querySelector('img')!.getAttribute('srcset'),
      document.querySelector('div')!.getAttribute('style'),
    ]).to.deep.equal(['/stats/p.gif 1x', 'background:url(/stats/bg.gif)'])
    expect(await until(() => window.ran!.length == 1)).to.equal(true)
  })

  it('keeps an inline script waiting for the scripts before it when the decision is refreshed again', async () => {
    markup(external('first'), inline('after'))
    consent()
    gate.refresh()
    expect(window.ran).to.deep.equal([])
    expect(await until(() => window.ran!.length == 2)).to.equal(true)
    expect(window.ran).to.deep.equal(['stats', 'after'])
  })

  it('releases tags that arrive once the inline script that waited has run', async () => {
    markup(external('first'), inline('after'))
    consent()
    expect(await until(() => window.ran!.length == 2)).to.equal(true)
    markup(inline('later'))
    gate.refresh()
    expect(window.ran).to.deep.equal(['stats', 'after', 'later'])
  })

  it('runs the inline script after an ordered script that failed to load', async () => {
    markup('<script type="text/plain" data-sekisho="analytics" data-src="/stats/missing.js"></script>', inline('after'))
    consent()
    expect(await until(() => window.ran!.length == 1)).to.equal(true)
    expect(window.ran).to.deep.equal(['after'])
  })

  it('skips a held script the page removed while the scripts before it loaded, and runs the rest', async () => {
    markup(external('first'), inline('removed'), inline('kept'))
    consent()
    document.querySelector('script[data-sekisho]')!.remove()
    expect(await until(() => window.ran!.length == 2)).to.equal(true)
    expect(window.ran).to.deep.equal(['stats', 'kept'])
  })
})

describe('release: what a released tag gets back', () => {
  it('gives a released script its own nonce, else the server-set data-nonce, else none', () => {
    markup(inline('own', ' nonce="own"'), inline('server', ' data-nonce="server"'), inline('none'))
    consent()
    expect(Array.from(released(), (s) => [s.textContent, s.nonce])).to.deep.equal([
      ["window.ran.push('own')", 'own'],
      ["window.ran.push('server')", 'server'],
      ["window.ran.push('none')", ''],
    ])
  })

  it('gives a released script the async it would have had: its attribute, or a script-made default', async () => {
    markup(external('attr').replace('<script ', '<script async '))
    const made = document.createElement('script')
    made.src = trackerUrl('made')
    const ordered = document.createElement('script')
    ordered.async = false
    ordered.src = trackerUrl('ordered')
    document.body.append(made, ordered)
    consent()
    expect(Array.from(released(), (s) => [new URL(s.src).searchParams.get('x'), s.async])).to.deep.equal([
      ['attr', true],
      ['made', true],
      ['ordered', false],
    ])
    expect(await until(() => window.ran!.length == 3)).to.equal(true)
  })

  it('no longer lists a released tag as held', () => {
    markup('<img data-sekisho="analytics" data-src="/stats/p.gif">')
    expect(gate.held()).to.have.length(1)
    consent()
    expect(gate.held()).to.deep.equal([])
  })

  it('gives a script held inert (set by innerHTML) its src and type back, without running it', async () => {
    const div = document.body.appendChild(document.createElement('div'))
    div.innerHTML = `<script type="text/plain" data-sekisho="analytics" data-type="module" data-src="${trackerUrl('inert')}"></script>`
    consent()
    const script = div.querySelector('script')!
    expect(Array.from(script.attributes, (a) => `${a.name}=${a.value}`).sort()).to.deep.equal([
      'data-sekisho-released=analytics',
      `src=${trackerUrl('inert')}`,
      'type=module',
    ])
    await noLeakWindow()
    expect(requested('x=inert')).to.equal(false)
  })
})
