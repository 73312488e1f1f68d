import { expect } from 'chai'
import { emulateMedia, sendKeys } from '@web/test-runner-commands'
import { mountReopen } from '../index.ts'

describe('mountReopen', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }))

  it('shows a labelled corner button in its own shadow root that opens the preferences', async () => {
    let opened = 0
    const reopen = mountReopen({ lang: 'en', onOpen: () => opened++ })
    try {
      const host = document.querySelector('sekisho-reopen')!
      const button = host.shadowRoot!.querySelector('button')!
      expect(button.textContent).to.equal('Cookie settings')
      expect(getComputedStyle(button).position).to.equal('fixed')
      // WCAG 2.5.8: a target at least 24 px; this one is 44 px high like the banner's buttons.
      expect(button.getBoundingClientRect().height).to.be.at.least(44)
      button.focus()
      await sendKeys({ press: 'Enter' })
      expect(opened).to.equal(1)
    } finally {
      reopen.unmount()
    }
    expect(document.querySelector('sekisho-reopen') === null, 'removed').to.equal(true)
  })

  it("speaks Japanese and takes the operator's label", () => {
    const a = mountReopen({ lang: 'ja', onOpen() {} })
    expect(document.querySelector('sekisho-reopen')!.shadowRoot!.textContent).to.equal('Cookie設定')
    a.unmount()
    const b = mountReopen({ lang: 'ja', text: 'プライバシー設定を変更', onOpen() {} })
    expect(document.querySelector('sekisho-reopen')!.shadowRoot!.textContent).to.equal('プライバシー設定を変更')
    b.unmount()
  })

  it("takes the banner's documented theme properties, dark ones under prefers-color-scheme: dark", async () => {
    const theme = {
      '--sekisho-bg': 'rgb(1, 2, 3)',
      '--sekisho-fg': 'rgb(4, 5, 6)',
      '--sekisho-dark-bg': 'rgb(7, 8, 9)',
      '--sekisho-dark-fg': 'rgb(10, 11, 12)',
    }
    const reopen = mountReopen({ lang: 'en', theme, onOpen() {} })
    try {
      const host = document.querySelector('sekisho-reopen') as HTMLElement
      const button = host.shadowRoot!.querySelector('button')!
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)')
      await emulateMedia({ colorScheme: 'dark' })
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(7, 8, 9)')
      expect(getComputedStyle(button).color).to.equal('rgb(10, 11, 12)')
    } finally {
      reopen.unmount()
    }
  })

  it('wires every [data-sekisho-open] element, also ones added later, until unmounted', async () => {
    let opened = 0
    const reopen = mountReopen({ lang: 'ja', button: false, onOpen: () => opened++ })
    expect(document.querySelector('sekisho-reopen') === null, 'no corner button').to.equal(true)
    const link = document.body.appendChild(document.createElement('a'))
    link.href = '#'
    link.setAttribute('data-sekisho-open', '')
    link.innerHTML = '<span>Cookie settings</span>'
    try {
      link.querySelector('span')!.click()
      expect(opened).to.equal(1)
      link.focus()
      await sendKeys({ press: 'Enter' })
      expect(opened).to.equal(2)
      document.body.click()
      expect(opened).to.equal(2)
      reopen.unmount()
      link.click()
      expect(opened).to.equal(2)
    } finally {
      link.remove()
      reopen.unmount()
    }
  })
})
