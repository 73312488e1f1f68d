import { expect } from 'chai'
import { mountBanner } from './index.ts'

const text = { title: 'Cookies', text: 'We use cookies.', acceptAll: 'Accept all', rejectAll: 'Reject all', settings: 'Settings' }

describe('mountBanner', () => {
  it('renders three buttons inside a shadow root, apart from the page', () => {
    const choices: string[] = []
    const banner = mountBanner({ ...text, onChoice: (c) => choices.push(c) })
    const buttons = [...banner.host.shadowRoot!.querySelectorAll('button')]
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Accept all', 'Reject all', 'Settings'])
    expect(document.querySelector('button')).to.equal(null)
    buttons[1]!.click()
    expect(choices).to.deep.equal(['reject-all'])
    banner.unmount()
    expect(banner.host.isConnected).to.equal(false)
  })
})
