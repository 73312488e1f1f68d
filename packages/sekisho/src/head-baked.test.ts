import { expect } from 'chai'

const tracker = `/packages/gate/test/tracker.js?n=baked`

describe('script tag head, baked (no catalog)', () => {
  it('gates by the baked services alone and treats the config as checked', async () => {
    // As `sekisho bundle` writes it: each service with its gating fields, no prose.
    ;(window as { __sekishoConfig?: unknown }).__sekishoConfig = {
      revision: 'b1',
      controller: { name: 'Example' },
      purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }],
      services: [{ id: 'stats', purposes: ['analytics'], hosts: [location.hostname + tracker], cookies: ['_st'] }],
    }
    await import('./head-baked.ts')
    ;(window as { ran?: string[] }).ran = []
    expect(window.sekisho.config?.services).to.deep.equal([
      { id: 'stats', purposes: ['analytics'], hosts: [location.hostname + tracker], cookies: ['_st'] },
    ])

    const s = document.createElement('script')
    s.src = tracker
    document.body.appendChild(s)
    // Held at once (the gate marks it up before it can load): the state is the answer, no timer.
    expect(s.hasAttribute('data-sekisho'), 'held').to.equal(true)
    expect((window as { ran?: string[] }).ran).to.deep.equal([])
    window.sekisho.acceptAll()
    // Released (a baked config is already checked, so at once): the gate inserts a fresh copy,
    // which loads like any async script; its load event is the moment it has run.
    const copy = document.querySelector('script[data-sekisho-released]')!
    await new Promise((resolve, reject) => {
      copy.addEventListener('load', resolve)
      copy.addEventListener('error', reject)
    })
    expect((window as { ran?: string[] }).ran).to.deep.equal(['baked'])
    document.cookie = 'sekisho=; Path=/; Max-Age=0'
  })
})
