// Releases held elements in document order while keeping script ordering: ordered external
// scripts (not async) load in parallel and run in order; an inline script that follows them
// waits until they ran, and everything after it waits with it.

export interface ReleaseQueue {
  /** Appends elements (already in document order) and releases as far as ordering allows. */
  push(elements: readonly Element[]): void
}

/**
 * @param release releases one element; returns a promise settled when it ran when later inline
 *   scripts must wait for it (an ordered external script).
 * @param waits whether an element must wait for the ordered scripts before it (inline scripts).
 */
export function createReleaseQueue(
  release: (el: Element) => Promise<unknown> | undefined,
  waits: (el: Element) => boolean,
): ReleaseQueue {
  const queue: Element[] = []
  let pending: Array<Promise<unknown>> = []
  let paused = false
  const pump = () => {
    while (queue.length) {
      if (pending.length && waits(queue[0]!)) {
        paused = true
        const before = pending
        pending = []
        Promise.all(before).then(() => {
          paused = false
          pump()
        })
        return
      }
      const loaded = release(queue.shift()!)
      if (loaded) pending.push(loaded)
    }
  }
  return {
    push(elements) {
      queue.push(...elements)
      if (!paused) pump()
    },
  }
}
