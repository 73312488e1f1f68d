import { expect } from 'chai'

describe('script tag head', () => {
  it('reads the inline config and exposes window.sekisho', async () => {
    const el = document.createElement('script')
    el.type = 'application/json'
    el.id = 'sekisho-config'
    el.textContent = JSON.stringify({ revision: 'r1', controller: { name: 'Example' }, purposes: [], services: [] })
    document.head.appendChild(el)
    await import('./head.ts')
    expect(window.sekisho.config?.revision).to.equal('r1')
    let seen = ''
    document.addEventListener('sekisho:consent', (e) => (seen = (e as CustomEvent).detail.method))
    window.sekisho.decide('reject-all')
    expect(window.sekisho.getConsent()).to.equal('reject-all')
    expect(seen).to.equal('reject-all')
    document.cookie = 'sekisho=; Path=/; Max-Age=0'
  })
})
