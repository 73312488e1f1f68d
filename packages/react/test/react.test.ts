// @sekisho/react in Chromium, rendered with react-dom/client into the real page: the provider wires
// Sekisho once, hooks and <Gate> follow decisions as they are made.
import { expect } from 'chai'
import { createElement as h, StrictMode, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { Gate, SekishoProvider, useConsent, useSekisho, type SekishoApi } from '../src/index.ts'
import { CONFIG, clearDecision } from './config.ts'

/** Renders `node` into a fresh element of the page, synchronously. */
function mount(node: ReactNode, onUncaughtError?: (error: unknown) => void): { host: HTMLElement; root: Root } {
  const host = document.body.appendChild(document.createElement('div'))
  const root = createRoot(host, { onUncaughtError })
  flushSync(() => root.render(h(StrictMode, null, node)))
  return { host, root }
}

/** What each render of <Probe> saw. */
const seen: Array<{ api: SekishoApi | undefined; functional: boolean; youtube: boolean; analytics: boolean }> = []
function Probe() {
  seen.push({
    api: useSekisho(),
    functional: useConsent('functional'),
    youtube: useConsent('youtube'),
    analytics: useConsent('analytics'),
  })
  return null
}
let necessary = false
function Necessary() {
  necessary = useConsent('necessary')
  return null
}

/** The message `node` fails to render with. */
function renderError(node: ReactNode): string | undefined {
  let message: string | undefined
  const { host, root } = mount(node, (e) => (message = (e as Error).message))
  root.unmount()
  host.remove()
  return message
}

describe('@sekisho/react', () => {
  const video = () => h(Gate, { service: 'youtube' }, h('iframe', { title: 'How to use', 'data-testid': 'video' }))
  let app: { host: HTMLElement; root: Root }

  before(() => {
    clearDecision()
    expect(window.sekisho, 'no instance before the provider renders').to.equal(undefined)
    app = mount(h(SekishoProvider, { config: CONFIG }, h(Probe), video()))
  })
  after(() => app.root.unmount())

  it('wires Sekisho on the first render, once: a second provider shares the instance', () => {
    const api = seen.at(-1)!.api!
    expect(api.config?.revision).to.equal('r1')
    // The documented global, so that a second copy of this package (or the page's own code) finds it.
    expect(window.sekisho).to.equal(api)
    const other = mount(h(SekishoProvider, { config: { ...CONFIG, revision: 'other' } }, h(Probe)))
    expect(seen.at(-1)!.api).to.equal(api)
    expect(window.sekisho.config?.revision).to.equal('r1')
    other.root.unmount()
    other.host.remove()
  })

  it('useConsent and <Gate> follow every decision', () => {
    const api = window.sekisho
    const state = () => {
      const { functional, youtube, analytics } = seen.at(-1)!
      return { functional, youtube, analytics, iframe: !!app.host.querySelector('iframe[data-testid=video]') }
    }
    expect(state()).to.deep.equal({ functional: false, youtube: false, analytics: false, iframe: false })
    expect(app.host.querySelector('[data-sekisho-gate=youtube]')?.textContent).to.contain(
      'This content is shown once you consent to it.',
    )
    flushSync(() => api.setConsent({ functional: true }))
    expect(state()).to.deep.equal({ functional: true, youtube: true, analytics: false, iframe: true })
    expect(app.host.querySelector('[data-sekisho-gate]')).to.equal(null)
    // A service override wins over its purpose, as the gate decides it.
    flushSync(() => api.setConsent({ functional: true, analytics: true }, { youtube: false }))
    expect(state()).to.deep.equal({ functional: true, youtube: false, analytics: true, iframe: false })
    flushSync(() => api.accept())
    expect(state()).to.deep.equal({ functional: true, youtube: true, analytics: true, iframe: true })
    flushSync(() => api.withdraw())
    expect(state()).to.deep.equal({ functional: false, youtube: false, analytics: false, iframe: false })
    // Required purposes are always granted.
    const other = mount(h(SekishoProvider, { config: CONFIG }, h(Necessary)))
    expect(necessary).to.equal(true)
    other.root.unmount()
    other.host.remove()
  })

  it("the placeholder's button opens the settings; a fallback replaces the placeholder", () => {
    const shown: unknown[] = []
    const onShow = (e: Event) => shown.push((e as CustomEvent).detail)
    document.addEventListener('sekisho:show', onShow)
    try {
      app.host.querySelector<HTMLButtonElement>('[data-sekisho-gate=youtube] button')!.click()
      expect(shown).to.deep.equal(['preferences'])
    } finally {
      document.removeEventListener('sekisho:show', onShow)
    }
    const other = mount(
      h(
        SekishoProvider,
        { config: CONFIG },
        h(Gate, { purpose: 'analytics', fallback: h('p', null, 'Charts are off') }, 'charts'),
      ),
    )
    expect(other.host.textContent).to.equal('Charts are off')
    flushSync(() => window.sekisho.setConsent({ analytics: true }))
    expect(other.host.textContent).to.equal('charts')
    other.root.unmount()
    other.host.remove()
  })

  it('names what is wrong: a <Gate> without (or with both) purpose and service, a hook outside the provider', () => {
    const gate = '<Gate>: give either purpose or service (an id)'
    expect(renderError(h(SekishoProvider, { config: CONFIG }, h(Gate, null, 'x')))).to.equal(gate)
    expect(
      renderError(h(SekishoProvider, { config: CONFIG }, h(Gate, { purpose: 'analytics', service: 'youtube' }, 'x'))),
    ).to.equal(gate)
    expect(renderError(h(Probe))).to.equal('useSekisho: no <SekishoProvider> above this component')
  })
})
