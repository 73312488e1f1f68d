// The in-place consent offer before a held embed, as a site writes it (an embed code's iframe with
// data-sekisho-placeholder) and as a visitor meets it: where it stands, its size and words, what a
// click does, and that it comes back when consent is withdrawn.
import { expect } from 'chai'
import type { ServiceDefinition } from '@sekisho/core'
import { installGate } from '../index.ts'
import type { Gate, GateOptions } from '../index.ts'
import { service } from '../../test/fixtures.ts'

let granted = false
let requests: string[] = []
let gate: Gate | undefined
const video = service('video', ['functional'])
const install = (options: Partial<GateOptions> = {}) =>
  (gate = installGate({
    services: [video],
    isGranted: (t: string | ServiceDefinition) =>
      granted && (t == 'functional' || (t as ServiceDefinition).id == 'video'),
    requestConsent: (target, text) => requests.push(`${target}: ${text}`),
    reload() {},
    ...options,
  }))
const embed = (attrs: string) =>
  (document.body.innerHTML = `<iframe data-sekisho="video" data-src="/video/embed" ${attrs}></iframe>`)
const buttons = () => Array.from(document.querySelectorAll<HTMLButtonElement>('button.sekisho-placeholder'))

beforeEach(() => {
  granted = false
  requests = []
  document.body.innerHTML = ''
})
afterEach(() => gate?.uninstall())

describe('placeholder: what the visitor sees', () => {
  it('stands before the hidden frame, once however often the decision is refreshed', () => {
    install()
    embed('data-sekisho-placeholder="Play"')
    gate!.refresh()
    gate!.refresh()
    const frame = document.querySelector('iframe')!
    expect(buttons()).to.have.length(1)
    expect(frame.previousElementSibling).to.equal(buttons()[0])
    expect(frame.hidden).to.equal(true)
  })

  it('keeps the shape of a pixel-sized embed on a narrow screen, and takes other sizes (or one alone) as they are', () => {
    install()
    embed('data-sekisho-placeholder="Play" width="560" height="315"')
    gate!.refresh()
    const { width, maxWidth, aspectRatio, height } = buttons()[0]!.style
    expect([width, maxWidth, aspectRatio, height]).to.deep.equal(['560px', '100%', '560 / 315', ''])
    embed('data-sekisho-placeholder="Play" width="100%"')
    gate!.refresh()
    const wide = buttons()[0]!.style
    expect([wide.width, wide.maxWidth, wide.aspectRatio, wide.height]).to.deep.equal(['100%', '', '', ''])
    // One pixel size alone has no shape to keep: that size, the other left to the content.
    embed('data-sekisho-placeholder="Play" width="480"')
    gate!.refresh()
    const wideOnly = buttons()[0]!.style
    expect([wideOnly.width, wideOnly.maxWidth, wideOnly.aspectRatio, wideOnly.height]).to.deep.equal([
      '480px',
      '',
      '',
      '',
    ])
    embed('data-sekisho-placeholder="Play" height="200"')
    gate!.refresh()
    const tall = buttons()[0]!.style
    expect([tall.width, tall.maxWidth, tall.aspectRatio, tall.height]).to.deep.equal(['', '', '', '200px'])
  })

  it("says the page's words, else the frame's title, else a play sign", () => {
    install()
    document.body.innerHTML = [
      '<iframe data-sekisho="video" data-src="/video/1" data-sekisho-placeholder="動画を再生" title="Tour"></iframe>',
      '<iframe data-sekisho="video" data-src="/video/2" data-sekisho-placeholder="" title="Tour"></iframe>',
      '<iframe data-sekisho="video" data-src="/video/3" data-sekisho-placeholder=""></iframe>',
    ].join('')
    gate!.refresh()
    expect(buttons().map((b) => b.textContent)).to.deep.equal(['動画を再生', 'Tour', '▶'])
  })

  it('submits no form it stands in, and asks consent for its frame with its words as shown (white space collapsed)', () => {
    install()
    document.body.innerHTML =
      '<form action="/never"><iframe data-sekisho="video" data-src="/video/embed" data-sekisho-placeholder=" Play\n  this  video "></iframe></form>'
    let submitted = 0
    document.querySelector('form')!.addEventListener('submit', (event) => {
      submitted++
      event.preventDefault()
    })
    gate!.refresh()
    buttons()[0]!.click()
    expect(submitted).to.equal(0)
    // The words as the visitor read them: white space collapsed as the button shows it.
    expect(requests).to.deep.equal(['video: Play this video'])
  })

  it('is drawn only when the site asks for one and the integrator can take the consent', () => {
    install()
    embed('')
    gate!.refresh()
    expect(buttons()).to.deep.equal([])
    gate!.uninstall()
    install({ requestConsent: undefined })
    embed('data-sekisho-placeholder="Play"')
    gate!.refresh()
    expect(buttons()).to.deep.equal([])
  })

  it('comes back when consent to the released frame is withdrawn', () => {
    install()
    embed('data-sekisho-placeholder="Play"')
    gate!.refresh()
    granted = true
    gate!.refresh()
    const frame = document.querySelector('iframe')!
    expect([buttons().length, frame.hidden, frame.getAttribute('src')]).to.deep.equal([0, false, '/video/embed'])
    granted = false
    gate!.refresh()
    gate!.refresh()
    expect([buttons().length, frame.hidden, frame.hasAttribute('src')]).to.deep.equal([1, true, false])
  })
})
