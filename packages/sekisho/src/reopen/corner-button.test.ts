import { expect } from 'chai'
import { emulateMedia } from '@web/test-runner-commands'
import { mountCornerButton } from './corner-button.ts'

describe('corner button', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }))

  it("takes the banner's documented theme properties, dark ones under prefers-color-scheme: dark", async () => {
    const theme = {
      '--sekisho-bg': 'rgb(1, 2, 3)',
      '--sekisho-fg': 'rgb(4, 5, 6)',
      '--sekisho-dark-bg': 'rgb(7, 8, 9)',
      '--sekisho-dark-fg': 'rgb(10, 11, 12)',
    }
    let opened = 0
    const host = mountCornerButton('en', theme, () => opened++)
    const button = host.shadowRoot!.querySelector('button')!
    expect(button.textContent).to.equal('Cookie settings')
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)')
    await emulateMedia({ colorScheme: 'dark' })
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(7, 8, 9)')
    expect(getComputedStyle(button).color).to.equal('rgb(10, 11, 12)')
    button.click()
    expect(opened).to.equal(1)
    host.remove()
  })
})
