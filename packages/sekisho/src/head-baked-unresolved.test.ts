import { expect } from 'chai'

describe('script tag head, baked, given a catalog id it cannot resolve', () => {
  it('treats the config as unusable: no decisions, every third-party host held', async () => {
    // An inline-style config pasted under the baked head: it has no catalog to resolve the id with.
    ;(window as { __sekishoConfig?: unknown }).__sekishoConfig = {
      revision: 'b2',
      controller: { name: 'Example' },
      purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }],
      services: ['google-analytics'],
    }
    const errors: unknown[] = []
    const error = console.error
    console.error = (...args: unknown[]) => void errors.push(args[0])
    try {
      await import('./head-baked.ts')
    } finally {
      console.error = error
    }
    expect(window.sekisho.config).to.equal(undefined)
    expect(window.sekisho.acceptAll()).to.equal(undefined)
    expect(errors).to.deep.equal(['[sekisho] the config is not usable; every tag stays held'])
    // Another host than the page's: held, as no service is known to tell it apart.
    const s = document.createElement('script')
    s.src = `${location.protocol}//127.0.0.1:${location.port}/packages/gate/test/tracker.js?n=other`
    document.body.appendChild(s)
    // Held at once (marked up before it can load), and nothing can release it: no config.
    expect(s.hasAttribute('data-sekisho'), 'held').to.equal(true)
    expect((window as { ran?: string[] }).ran).to.equal(undefined)
  })
})
