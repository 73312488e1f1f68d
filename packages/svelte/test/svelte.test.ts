// @sekisho/svelte in Chromium: its stores are the instance's nanostores atoms, read through Svelte's
// own store functions (get, derived: the contract a component's `$store` uses), and follow decisions.
import { expect } from 'chai'
import { derived, get, type Readable } from 'svelte/store'
import { consent, decision, initSekisho, type Decision } from '../src/index.ts'

const SITE = {
  revision: 'v1',
  controller: { name: 'Example Blog', contact: 'privacy@example.org', policyUrl: '/privacy' },
  languages: ['en'],
  purposes: [{ id: 'necessary', required: true }, { id: 'functional' }, { id: 'analytics' }],
  services: ['youtube'],
}

describe('@sekisho/svelte', () => {
  before(() => void (document.cookie = 'sekisho=; Max-Age=0; Path=/'))
  after(() => window.sekisho.withdraw())

  it('names what is wrong: a store before initSekisho, no config, no id', () => {
    expect(() => consent('youtube')).to.throw(
      "consent('youtube'): Sekisho is not wired on this page yet: call initSekisho(config) first",
    )
    expect(() => initSekisho(undefined as never)).to.throw('initSekisho(config): config')
    expect(() => consent('' as string)).to.throw('consent(id): id (a purpose or service id) is required')
  })

  it('wires Sekisho once: a second call returns the same instance, published as window.sekisho', () => {
    const api = initSekisho(SITE)!
    expect(window.sekisho).to.equal(api)
    expect(initSekisho({ ...SITE, revision: 'other' })).to.equal(api)
    expect(api.config?.revision).to.equal('v1')
    // The instance's own atom, no wrapper.
    expect(decision()).to.equal(api.$decision)
  })

  it('consent(id) and decision() follow every decision, as Svelte stores', () => {
    const api = window.sekisho
    // Typed as Svelte's stores: a component may write $youtube.
    const youtube: Readable<boolean> = consent('youtube')
    const current: Readable<Decision | undefined> = decision()
    const seen: boolean[] = []
    const stop = youtube.subscribe((v) => seen.push(v))
    const both = derived([consent('functional'), consent('analytics')], ([f, a]) => `${f}/${a}`)
    expect(get(both)).to.equal('false/false')
    expect(get(current)).to.equal(undefined)
    api.setConsent({ functional: true })
    expect(get(both)).to.equal('true/false')
    expect(get(current)?.purposes).to.deep.include({ functional: true, analytics: false })
    // A service's own choice wins over its purpose; required purposes are always granted.
    api.setConsent({ functional: true }, { youtube: false })
    expect(get(consent('necessary'))).to.equal(true)
    stop()
    api.accept()
    expect(seen).to.deep.equal([false, true, false])
    expect(get(youtube)).to.equal(true)
  })

  it('on a server (a worker: no document, no window): no instance, the granted ids the server read', async () => {
    const worker = new Worker(new URL('./server-worker.ts', import.meta.url), { type: 'module' })
    const answer = await new Promise((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data)
      worker.onerror = (e) => reject(new Error(e.message))
    })
    worker.terminate()
    expect(answer).to.deep.equal({ api: true, decision: null, youtube: true, analytics: false })
  })
})
