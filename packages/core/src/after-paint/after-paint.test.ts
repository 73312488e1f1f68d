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

  it('runs the work after 250 ms when no frame comes (a hidden tab paints none)', async () => {
    const frame = window.requestAnimationFrame
    window.requestAnimationFrame = () => 0
    let ran = false
    try {
      afterPaint(() => (ran = true))
    } finally {
      window.requestAnimationFrame = frame
    }
    // Timers fire in order of their due time, however late: so this holds on a busy machine too.
    const at = (ms: number) => new Promise<boolean>((resolve) => setTimeout(() => resolve(ran), ms))
    expect(await Promise.all([at(240), at(260)])).to.deep.equal([false, true])
  })

  it('continues after the frame through scheduler.yield(), where there is one', async () => {
    const scheduler = (globalThis as unknown as { scheduler: { yield?: () => Promise<void> } }).scheduler
    let yields = 0
    let release!: () => void
    scheduler.yield = () => (yields++, new Promise<void>((resolve) => (release = resolve)))
    let ran = false
    try {
      afterPaint(() => (ran = true))
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
    } finally {
      delete scheduler.yield // back to Scheduler.prototype's
    }
    // The frame is over and a task has run: the work waits for the yield's continuation.
    expect([yields, ran]).to.deep.equal([1, false])
    release()
    await Promise.resolve()
    expect(ran).to.equal(true)
  })

  it('continues in a task after the frame where there is no scheduler.yield()', async () => {
    const scheduler = (globalThis as unknown as { scheduler: { yield?: unknown } }).scheduler
    scheduler.yield = undefined
    const order: string[] = []
    try {
      afterPaint(() => order.push('work'))
      requestAnimationFrame(() => order.push('frame'))
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
    } finally {
      delete scheduler.yield
    }
    // Not in the frame's callbacks, and long before the 250 ms timer.
    expect(order).to.deep.equal(['frame', 'work'])
  })

  it('returns a function that runs the work at once; it still runs only once', async () => {
    let runs = 0
    const runNow = afterPaint(() => runs++)
    runNow()
    expect(runs).to.equal(1)
    runNow()
    // Past the frame and the 250 ms timer.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(runs).to.equal(1)
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
