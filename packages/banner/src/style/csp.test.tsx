import { expect } from 'chai'
import { button, mountForTest, testConfig } from '../testing/fixtures.ts'

// Each test file gets its own page, so this one can put the page under a strict CSP.
describe('styles under a strict CSP (no unsafe-inline)', () => {
  it('styles and themes the banner without a CSP violation', async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
    const meta = document.createElement('meta')
    meta.httpEquiv = 'Content-Security-Policy'
    meta.content = "style-src 'self'"
    document.head.append(meta)
    // The policy is live: an inline <style> is now refused.
    const probe = document.head.appendChild(document.createElement('style'))
    probe.textContent = 'body{--probe:1}'
    await new Promise((r) => setTimeout(r, 50))
    expect(violations.length, 'the CSP is enforced').to.be.at.least(1)
    const before = violations.length
    expect(getComputedStyle(document.body).getPropertyValue('--probe')).to.equal('')

    const { banner, shadow } = mountForTest({
      config: testConfig({ ui: { theme: { '--sekisho-accent': 'rgb(1, 2, 3)' } } }),
    })
    await new Promise((r) => setTimeout(r, 50))
    expect(getComputedStyle(shadow.querySelector('.l')!).position).to.equal('fixed')
    expect(getComputedStyle(button(shadow, '設定')).backgroundColor).to.equal('rgb(1, 2, 3)')
    expect(violations.slice(before), 'violations from the banner').to.deep.equal([])
    banner.unmount()
  })
})
