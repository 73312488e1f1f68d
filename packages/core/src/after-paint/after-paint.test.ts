import { expect } from 'chai'
import { afterPaint, whenIdle } from './after-paint.ts'

describe('afterPaint', () => {
  it('runs the work after the frame the click paints, not in the click', async () => {
    const order: string[] = []
    const button = document.body.appendChild(document.createElement('button'))
    button.addEventListener('click', () => {
      order.push('click')
      afterPaint(() => order.push('work'))
      requestAnimationFrame(() => order.push('frame'))
    })
    button.click()
    expect(order).to.deep.equal(['click'])
    await new Promise<void>((resolve) => afterPaint(resolve))
    // The frame's callbacks (and its paint) came before the work, which ran exactly once.
    expect(order).to.deep.equal(['click', 'frame', 'work'])
    // A fixed wait on purpose: it outlasts afterPaint's 250 ms hidden-tab timer, which has no event.
    await new Promise((r) => setTimeout(r, 300))
    expect(order.filter((x) => x === 'work')).to.have.length(1)
    button.remove()
  })
})

describe('whenIdle', () => {
  it('runs the work once, in an idle period, never inside the event at hand', async () => {
    const order: string[] = []
    whenIdle(() => order.push('work'))
    order.push('event')
    await new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve)))
    expect(order).to.deep.equal(['event', 'work'])
  })

  it('falls back to a timer where there is no requestIdleCallback (Safari)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback')!
    Object.defineProperty(window, 'requestIdleCallback', { value: undefined, configurable: true })
    try {
      let ran = 0
      whenIdle(() => ran++)
      expect(ran).to.equal(0)
      await new Promise((r) => setTimeout(r))
      expect(ran).to.equal(1)
    } finally {
      Object.defineProperty(window, 'requestIdleCallback', own)
    }
  })
})
