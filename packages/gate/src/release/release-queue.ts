// Releases held elements in document order while keeping script ordering: ordered external
// scripts (not async) load in parallel and run in order; an inline script after them waits
// until they ran, and everything after it waits with it.

/**
 * @param release releases one element; returns a promise settled once it ran when the inline
 *   scripts after it must wait (an ordered external script).
 * @returns push: appends elements (in document order) and releases as far as ordering allows.
 */
export function createReleaseQueue(
  release: (el: Element) => Promise<unknown> | undefined,
): (elements: Element[]) => void {
  const queue: Element[] = []
  let pending: Array<Promise<unknown>> = []
  let paused = false
  const pump = () => {
    while (queue.length) {
      const el = queue[0]!
      if (pending.length && el.localName == 'script' && !el.hasAttribute('src') && !el.hasAttribute('data-src')) {
        paused = true
        void Promise.all(pending).then(() => {
          paused = false
          pump()
        })
        pending = []
        return
      }
      const ran = release(queue.shift()!)
      // biome-ignore lint/nursery/noMisusedPromises: a promise here means the script is still loading
      if (ran) pending.push(ran)
    }
  }
  return (elements) => {
    queue.push(...elements)
    if (!paused) pump()
  }
}
