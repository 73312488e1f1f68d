// @sekisho/vue in Chromium: the plugin wires Sekisho once, composables and <SekishoGate> follow
// decisions as they are made, and an app rendered on a "server" (a worker) hydrates without a mismatch.
import './vue-globals.ts'
import { expect } from 'chai'
import { createApp, createSSRApp, defineComponent, h, nextTick, type App, type Component } from 'vue'
import { SekishoGate, sekisho, useConsent, useSekisho, type SekishoApi } from '../src/index.ts'
import { Page, SITE } from './site.ts'

const forget = () => void (document.cookie = 'sekisho=; Max-Age=0; Path=/')
const mounted: Array<{ app: App; host: Element }> = []
/** Mounts `root` with the plugin into a fresh element; `warnings` collects Vue's (hydration mismatches). */
function mount(root: Component, { html = '', ssr = false, granted = [] as string[], warnings = [] as string[] } = {}) {
  const host = document.body.appendChild(document.createElement('div'))
  host.innerHTML = html
  const fromServer = host.querySelector('iframe')
  const app = (ssr ? createSSRApp : createApp)(root).use(sekisho, { config: SITE, granted })
  app.config.warnHandler = (message) => warnings.push(message)
  app.mount(host)
  mounted.push({ app, host })
  return Object.assign(host, { fromServer })
}
/** The message `root` fails to mount with. */
function mountError(root: Component): string | undefined {
  try {
    mount(root)
  } catch (err) {
    return (err as Error).message
  }
}

let seen: { api?: SekishoApi; functional: boolean; youtube: boolean } = { functional: false, youtube: false }
const Probe = defineComponent(() => {
  const api = useSekisho()
  const functional = useConsent('functional')
  const youtube = useConsent('youtube')
  return () => {
    seen = { api: api.value, functional: functional.value, youtube: youtube.value }
    return h(SekishoGate, { service: 'youtube' }, () => h('iframe', { title: 'Talk' }))
  }
})

describe('@sekisho/vue', () => {
  before(forget)
  afterEach(() => mounted.splice(0).forEach(({ app, host }) => (app.unmount(), host.remove())))
  after(forget)

  it('wires Sekisho once, on install: a second app shares the instance', async () => {
    expect(window.sekisho, 'no instance before the plugin').to.equal(undefined)
    mount(Probe)
    await nextTick()
    const api = seen.api!
    expect(api.config?.revision).to.equal('v1')
    expect(window.sekisho).to.equal(api)
    createApp(Probe).use(sekisho, { config: { ...SITE, revision: 'other' } })
    expect(window.sekisho.config?.revision).to.equal('v1')
  })

  it('useConsent and <SekishoGate> follow every decision; a component unmounted stops listening', async () => {
    const host = mount(Probe)
    await nextTick()
    const api = window.sekisho
    const state = () => ({ ...seen, api: undefined, iframe: !!host.querySelector('iframe') })
    expect(state()).to.deep.equal({ api: undefined, functional: false, youtube: false, iframe: false })
    expect(host.querySelector('[data-sekisho-gate=youtube]')?.textContent).to.contain('shown once you consent')
    api.setConsent({ functional: true })
    await nextTick()
    expect(state()).to.deep.equal({ api: undefined, functional: true, youtube: true, iframe: true })
    // A service's own choice wins over its purpose.
    api.setConsent({ functional: true }, { youtube: false })
    await nextTick()
    expect(state()).to.deep.equal({ api: undefined, functional: true, youtube: false, iframe: false })
    const listening = () => api.$decision.lc
    const before = listening()
    mounted.pop()!.app.unmount()
    expect(listening()).to.equal(before - 3)
    api.withdraw()
  })

  it("the placeholder's button opens the settings; a fallback slot replaces the placeholder", async () => {
    const shown: unknown[] = []
    const onShow = (e: Event) => shown.push((e as CustomEvent).detail)
    document.addEventListener('sekisho:show', onShow)
    const host = mount(Probe)
    await nextTick()
    host.querySelector<HTMLButtonElement>('[data-sekisho-gate=youtube] button')!.click()
    document.removeEventListener('sekisho:show', onShow)
    expect(shown).to.deep.equal(['preferences'])
    const charts = mount(() =>
      h(SekishoGate, { purpose: 'analytics' }, { default: () => 'charts', fallback: () => 'Charts are off' }),
    )
    await nextTick()
    expect(charts.textContent).to.equal('Charts are off')
    window.sekisho.setConsent({ analytics: true })
    await nextTick()
    expect(charts.textContent).to.equal('charts')
    window.sekisho.withdraw()
  })

  it('names what is wrong: a gate without (or with both) purpose and service, no plugin, no config', () => {
    const gate = '<SekishoGate>: give either purpose or service (an id)'
    expect(mountError(() => h(SekishoGate))).to.equal(gate)
    expect(mountError(() => h(SekishoGate, { purpose: 'analytics', service: 'youtube' }))).to.equal(gate)
    const bare = createApp(Probe)
    bare.config.warnHandler = () => {}
    expect(() => bare.mount(document.createElement('div'))).to.throw(
      'useSekisho: install the plugin first: app.use(sekisho, { config })',
    )
    expect(() => createApp(Probe).use(sekisho, {} as never)).to.throw('config (the site config or its JSON text)')
  })

  it('renders on a server without document or window, and hydrates to the stored decision', async () => {
    const answer = await serverRender()
    expect(answer.html).to.contain('analytics off, api not yet')
    expect(answer.html).to.contain('data-sekisho-gate="youtube"')
    expect(answer.html).not.to.contain('<iframe')
    // The visitor granted functional (so YouTube), not analytics.
    window.sekisho.setConsent({ functional: true, analytics: false })
    const warnings: string[] = []
    const host = mount(Page, { html: answer.html, ssr: true, warnings })
    expect(warnings).to.deep.equal([])
    await nextTick()
    expect(host.querySelector('iframe')?.title).to.equal('Talk')
    expect(host.querySelector('#status')!.textContent).to.equal('analytics off, api ready')
  })

  it("with the server's granted ids the first HTML has the embed, kept by the hydration", async () => {
    const answer = await serverRender()
    expect(answer.returning).to.contain('<iframe title="Talk"')
    expect(answer.returning).not.to.contain('data-sekisho-gate')
    window.sekisho.setConsent({ functional: true, analytics: false })
    const warnings: string[] = []
    const granted = ['necessary', 'functional', 'youtube']
    const host = mount(Page, { html: answer.returning, ssr: true, granted, warnings })
    await nextTick()
    expect(warnings).to.deep.equal([])
    // The server's iframe was hydrated, not replaced by a placeholder and made again.
    expect(host.querySelector('iframe')).to.equal(host.fromServer)
    window.sekisho.withdraw()
  })
})

/** The app rendered in a worker (no document, no window), without and with `granted`. */
async function serverRender() {
  const worker = new Worker(new URL('./ssr-worker.ts', import.meta.url), { type: 'module' })
  const answer = await new Promise<{ html: string; returning: string; error?: string }>((resolve, reject) => {
    worker.onmessage = (e) => resolve(e.data)
    worker.onerror = (e) => reject(new Error(e.message))
  })
  worker.terminate()
  expect(answer.error).to.equal(undefined)
  return answer
}
