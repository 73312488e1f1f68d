import { expect } from 'chai'

const tracker = `/packages/gate/test/tracker.js?n=pixel`

describe('script tag head', () => {
  it('reads the inline config, holds a declared service, and applies window.sekisho decisions', async () => {
    const el = document.createElement('script')
    el.type = 'application/json'
    el.id = 'sekisho-config'
    el.textContent = JSON.stringify({
      revision: 'r1',
      controller: { name: 'Example' },
      purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }],
      languages: ['en', 'ja'],
      ui: { text: { en: { reopen: 'Privacy choices' } } },
      services: [
        'google-analytics',
        { id: 'pixel', purposes: ['advertising'], hosts: [location.hostname + tracker], cookies: ['_px'] },
      ],
    })
    document.head.appendChild(el)
    await import('./head.ts')
    ;(window as { ran?: string[] }).ran = []
    expect(window.sekisho.config?.revision).to.equal('r1')
    expect(window.sekisho.getConsent()).to.equal(undefined)
    // Consent Mode defaults are in dataLayer before anything else could run.
    const dataLayer = (window as { dataLayer?: IArguments[] }).dataLayer!
    expect([...dataLayer[0]!].slice(0, 2)).to.deep.equal(['consent', 'default'])

    const s = document.createElement('script')
    s.src = tracker
    document.body.appendChild(s)
    document.cookie = '_px=1; Path=/'
    expect(document.cookie).not.to.contain('_px')

    // The banner chunk checks the config before anything is released; it cannot load here (no chunk
    // next to this page), so decisions apply to the cookie and events but release nothing.
    const seen: string[] = []
    const off = window.sekisho.on('change', (d) =>
      seen.push(
        Object.keys(d!.purposes)
          .filter((p) => d!.purposes[p])
          .join('+'),
      ),
    )
    document.addEventListener('sekisho:consent', (e) => seen.push('dom:' + (e as CustomEvent).detail.decision.method))
    // No corner button before a decision: the banner asks, and the button would cover its choices.
    expect(document.querySelector('sekisho-reopen')).to.equal(null)
    const analyticsOnly = window.sekisho.setConsent({ analytics: true })!
    expect(document.querySelectorAll('sekisho-reopen').length).to.equal(1)
    // The operator's name for the control, as the banner's withdrawal sentence uses it.
    expect(document.querySelector('sekisho-reopen')!.shadowRoot!.textContent).to.equal('Privacy choices')
    // A page's own "Cookie settings" link opens the preferences once (mounting the button rewired it).
    const shows: unknown[] = []
    document.addEventListener('sekisho:show', (e) => shows.push((e as CustomEvent).detail))
    const link = document.body.appendChild(document.createElement('a'))
    link.setAttribute('data-sekisho-open', '')
    link.click()
    expect(shows).to.deep.equal(['preferences'])
    link.remove()
    expect(analyticsOnly.purposes).to.deep.equal({ necessary: true, analytics: true, advertising: false })
    expect(document.cookie).to.match(/sekisho=3\|r1\|\d+\|necessary\.analytics\.!advertising/)
    window.sekisho.acceptAll()
    window.sekisho.acceptAll()
    expect(document.querySelectorAll('sekisho-reopen').length).to.equal(1)
    // Every decision is a `consent` event; `change` only when what is granted changed.
    expect(seen).to.deep.equal([
      'dom:api',
      'necessary+analytics',
      'dom:api',
      'necessary+analytics+advertising',
      'dom:api',
    ])
    expect([...(dataLayer.at(-2) as IArguments)].slice(0, 2)).to.deep.equal(['consent', 'update'])
    off()
    // Still held, not released: a release marks the element at once (data-sekisho-released), and the
    // only way to one here is the banner chunk's check, which cannot load on this page. So no timer:
    // the held state itself is the answer.
    expect(s.hasAttribute('data-sekisho'), 'held').to.equal(true)
    expect(document.querySelector('[data-sekisho-released]')).to.equal(null)
    expect((window as { ran?: string[] }).ran).to.deep.equal([])
    document.cookie = 'sekisho=; Path=/; Max-Age=0'
    document.cookie = '_px=; Path=/; Max-Age=0'
  })
})
