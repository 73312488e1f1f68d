// The README's React example, run in Chromium: a component follows $decision through @nanostores/react.
import { expect } from 'chai'
import { createConsent, validateConfig } from '../src/index.ts'
import type { Decision } from '../src/index.ts'
import { baseConfig, catalog } from './fixtures.ts'

// @types/react-dom is not installed: the two react-dom functions used, typed here.
type ReactBinding = Pick<typeof import('react'), 'createElement'> &
  Pick<typeof import('@nanostores/react'), 'useStore'> & {
    createRoot(host: Element): { render(node: import('react').ReactNode): void; unmount(): void }
    flushSync<R>(fn: () => R): R
  }

// Served by the root web-test-runner.config.mjs (React is CommonJS; the test server cannot load it as is).
const URL_PATH = '/__react-binding.js'

describe('React binding (@nanostores/react)', () => {
  let react: ReactBinding
  before(async () => {
    react = (await import(URL_PATH)) as ReactBinding
  })

  it('re-renders on every decision', () => {
    const { createElement: h, createRoot, flushSync, useStore } = react
    const result = validateConfig(baseConfig(), catalog)
    if (!result.ok) throw new Error('config')
    let cookie = ''
    const consent = createConsent(result.config, {
      cookies: { read: () => cookie, write: (c) => (cookie = c.split(';')[0]!) },
      gpc: false,
    })

    let renders = 0
    function ConsentStatus() {
      const decision: Decision | undefined = useStore(consent.$decision)
      renders++
      return h(
        'p',
        null,
        decision ? `${decision.method}: analytics ${consent.isGranted('analytics') ? 'on' : 'off'}` : 'undecided',
      )
    }

    const host = document.createElement('div')
    document.body.append(host)
    const root = createRoot(host)
    try {
      flushSync(() => root.render(h(ConsentStatus)))
      expect(host.textContent).to.equal('undecided')
      flushSync(() => consent.acceptAll())
      expect(host.textContent).to.equal('accept-all: analytics on')
      flushSync(() => consent.setConsent({ analytics: false }))
      expect(host.textContent).to.equal('custom: analytics off')
      flushSync(() => consent.withdraw())
      expect(host.textContent).to.equal('withdraw: analytics off')
      expect(renders).to.be.at.least(4)
    } finally {
      root.unmount()
      host.remove()
    }
  })
})
