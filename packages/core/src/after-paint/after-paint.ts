/**
 * Runs `fn` once the next frame has painted, so that what a click shows (the banner closing) reaches
 * the screen before the work the click starts (Consent Mode, releasing held tags, receipts): the
 * interaction's latency (INP) ends at that paint. After the frame, `scheduler.yield()` where there is
 * one (the continuation keeps its place ahead of other tasks), else a task. A hidden tab gets no
 * frames: a timer makes sure the work still runs. Returns a function that runs `fn` at once if it has
 * not run yet (a later decision must not overtake this one).
 */
export function afterPaint(fn: () => void): () => void {
  let ran = false
  const run = () => {
    if (!ran) (ran = true), fn()
  }
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  requestAnimationFrame(() => (scheduler?.yield ? void scheduler.yield().then(run) : setTimeout(run)))
  setTimeout(run, 250)
  return run
}

/**
 * Runs `fn` when the page is next idle (a timer where there is no requestIdleCallback): for work a
 * visitor may need soon but not in the event at hand, e.g. fetching a part when the pointer reaches
 * a button, so that the click following at once is handled (and painted) first. No deadline: work a
 * busy page never gets to is done when it is needed.
 */
export function whenIdle(fn: () => void): void {
  ;(window.requestIdleCallback ?? setTimeout)(() => fn())
}
