import { expect } from 'chai'
import { button, mountForTest, testConfig } from '../testing/fixtures.ts'

// Each test file gets its own page, so this one can put the page under a strict CSP.
describe('styles under a strict CSP (no unsafe-inline)', () => {
  it('styles and themes the banner without a CSP violation', async () => {
    const violations: string[] = []
    const probes = new Set<EventTarget>()
    document.addEventListener('securitypolicyviolation', (e) => {
      if (!probes.has(e.target!)) violations.push(`${e.violatedDirective} ${e.blockedURI}`)
    })
    // An inline <style> the policy refuses. Violation events are queued in order: once the probe's
    // has arrived, every violation before it has been reported too.
    const probe = () =>
      new Promise<void>((resolve) => {
        const style = document.createElement('style')
        probes.add(style)
        style.addEventListener('securitypolicyviolation', () => resolve())
        document.head.appendChild(style).textContent = 'body{--probe:1}'
      })
    const meta = document.createElement('meta')
    meta.httpEquiv = 'Content-Security-Policy'
    meta.content = "style-src 'self'"
    document.head.append(meta)
    // The policy is live: the probe's inline <style> is refused (the promise settles on its violation).
    await probe()
    expect(getComputedStyle(document.body).getPropertyValue('--probe')).to.equal('')

    const { banner, shadow } = mountForTest({
      config: testConfig({ ui: { theme: { '--sekisho-accent': 'rgb(1, 2, 3)' } } }),
    })
    await probe()
    expect(getComputedStyle(shadow.querySelector('.l')!).position).to.equal('fixed')
    expect(getComputedStyle(button(shadow, '設定')).backgroundColor).to.equal('rgb(1, 2, 3)')
    expect(violations, 'violations from the banner').to.deep.equal([])
    banner.unmount()
  })
})
