import { expect } from 'chai'

// Consent Mode basic vs advanced through the real head, and nothing stored before a decision.
const tracker = (n: string) => `/packages/gate/test/tracker.js?n=${n}`
const until = async (test: () => boolean) => {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 10))
  return test()
}
const ran = () => (window as { ran?: string[] }).ran ?? []

describe('createSekisho: Consent Mode modes', () => {
  it('loads an advanced Google-mode tag before consent with its cookies held, holds a basic one, stores nothing', async () => {
    localStorage.clear()
    const el = document.createElement('script')
    el.type = 'application/json'
    el.id = 'sekisho-config'
    el.textContent = JSON.stringify({
      revision: 'r1',
      controller: { name: 'Example' },
      purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }],
      services: [
        {
          id: 'adv',
          purposes: ['analytics'],
          hosts: [location.hostname + tracker('adv')],
          cookies: ['_adv'],
          consentMode: 'advanced',
        },
        { id: 'basic', purposes: ['analytics'], hosts: [location.hostname + tracker('basic')], cookies: ['_bas'] },
      ],
      consentMode: { developerId: 'abc123' },
    })
    document.head.appendChild(el)
    // The npm wiring, whose parts (here: the check, as this is a development host) are dynamic imports.
    const { createSekisho } = await import('./index.ts')
    window.sekisho = createSekisho(el.textContent!)
    for (const n of ['adv', 'basic']) {
      const s = document.createElement('script')
      s.src = tracker(n)
      document.body.appendChild(s)
    }
    expect(await until(() => ran().includes('adv'))).to.equal(true)
    expect(ran()).to.deep.equal(['adv'])
    // Every consent type but security stays denied, and the advanced tag's cookie is held.
    const dataLayer = (window as { dataLayer?: IArguments[] }).dataLayer!.map((a) => [...a])
    expect(dataLayer[0]!.slice(0, 2)).to.deep.equal(['consent', 'default'])
    expect((dataLayer[0]![2] as Record<string, string>).analytics_storage).to.equal('denied')
    expect(dataLayer[1]).to.deep.equal(['set', 'developer_id.abc123', true])
    document.cookie = '_adv=1; Path=/'
    expect(document.cookie).not.to.contain('_adv')
    // Nothing written to the visitor's storage before a decision.
    expect(localStorage.length).to.equal(0)

    window.sekisho.acceptAll()
    expect(await until(() => ran().includes('basic'))).to.equal(true)
    document.cookie = '_adv=1; Path=/'
    expect(document.cookie).to.contain('_adv=1')
    for (const c of ['sekisho', '_adv']) document.cookie = `${c}=; Path=/; Max-Age=0`
    localStorage.clear()
  })
})
