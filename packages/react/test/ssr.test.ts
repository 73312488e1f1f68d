// Server rendering and hydration: the provider renders on a "server" (a worker: no document, no
// window) without wiring anything, and the browser hydrates that HTML without a mismatch, then
// shows what the visitor's stored decision grants.
import { expect } from 'chai'
import { createElement as h } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { encodeDecision } from '@sekisho/core'
import { App, RETURNING } from './ssr-app.ts'
import { clearDecision } from './config.ts'

describe('@sekisho/react on a server', () => {
  after(clearDecision)

  it('renders without touching document or window, and hydrates to the stored decision', async () => {
    const answer = await serverRender()
    expect(answer.error).to.equal(undefined)
    // Nothing is granted on the server: the placeholder, never the embed.
    expect(answer.html).to.contain('analytics off, api not yet')
    expect(answer.html).to.contain('data-sekisho-gate="youtube"')
    expect(answer.html).not.to.contain('<iframe')

    // A returning visitor who granted functional (YouTube) but not analytics, as the cookie says.
    setReturningCookie()
    const host = document.body.appendChild(document.createElement('div'))
    host.innerHTML = answer.html!
    const mismatches: unknown[] = []
    const root = hydrateRoot(host, h(App), { onRecoverableError: (e) => mismatches.push(e) })
    try {
      // After hydration, React renders again with the browser's answers (no event marks that pass).
      const iframe = await waitFor(() => host.querySelector('iframe'))
      expect(iframe.title).to.equal('How to use')
      expect(host.querySelector('#status')!.textContent).to.equal('analytics off, api ready')
      expect(mismatches).to.deep.equal([])
      expect(window.sekisho.getConsent()?.subject).to.equal('visitor1')
    } finally {
      root.unmount()
      host.remove()
    }
  })

  it('with the granted ids the server read, the first HTML has the embed and hydrates without a mismatch', async () => {
    const answer = await serverRender()
    expect(answer.returning).to.contain('<iframe title="How to use"')
    expect(answer.returning).not.to.contain('data-sekisho-gate')
    expect(answer.returning).to.contain('analytics off, api not yet')
    setReturningCookie()
    const host = document.body.appendChild(document.createElement('div'))
    host.innerHTML = answer.returning!
    const iframe = host.querySelector('iframe')
    const mismatches: unknown[] = []
    const root = hydrateRoot(host, h(App, { granted: RETURNING }), { onRecoverableError: (e) => mismatches.push(e) })
    try {
      await waitFor(() => (host.querySelector('#status')!.textContent!.endsWith('api ready') ? true : null))
      // The server's iframe was kept (hydrated), not replaced by a placeholder and made again.
      expect(host.querySelector('iframe')).to.equal(iframe)
      expect(mismatches).to.deep.equal([])
    } finally {
      root.unmount()
      host.remove()
    }
  })
})

/** The app rendered in a worker (no document, no window): the HTML without and with `granted`. */
async function serverRender() {
  const worker = new Worker(new URL('./ssr-worker.ts', import.meta.url), { type: 'module' })
  const answer = await new Promise<{ html?: string; returning?: string; error?: string }>((resolve, reject) => {
    worker.onmessage = (e) => resolve(e.data)
    worker.onerror = (e) => reject(new Error(e.message))
  })
  worker.terminate()
  expect(answer.error).to.equal(undefined)
  return answer
}

/** The cookie of a returning visitor who granted functional (YouTube) but not analytics. */
function setReturningCookie() {
  clearDecision()
  const value = encodeDecision({
    revision: 'r1',
    time: Date.now(),
    purposes: { necessary: true, functional: true, analytics: false },
    services: {},
    subject: 'visitor1',
    receipt: '0abcdefghijkl',
    recorded: true,
    method: 'custom',
  })
  document.cookie = `sekisho=${value}; Path=/`
}

/** Resolves `find()`'s value once it has one, checking after each DOM change of the page. */
function waitFor<T>(find: () => T | null): Promise<T> {
  return new Promise((resolve) => {
    const found = find()
    if (found) return resolve(found)
    const observer = new MutationObserver(() => {
      const value = find()
      if (value) observer.disconnect(), resolve(value)
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  })
}
