// Signed anchors posted to a URL (a transparency log, another organisation's endpoint), so a copy of
// the chain heads lives where the collector's operator cannot rewrite it. Posting never holds up
// ingest: lines queue in memory and are sent in the background, retried with exponential backoff.
import type { AnchorLine } from './anchors.ts'

export interface AnchorPostOptions {
  /** Where each signed anchor line is POSTed as JSON. */
  url: string
  /** First retry delay; it doubles per failure up to `maxRetryMs`. @default 1000 */
  retryMs?: number
  /** @default 300000 */
  maxRetryMs?: number
  /** One request's limit. @default 10000 */
  timeoutMs?: number
  /** Lines kept while the URL fails; the oldest go first (each line repeats every head). @default 1000 */
  maxQueue?: number
  log: (entry: Record<string, unknown>) => void
}

/** `https://…` anywhere, `http://` only on this machine (a local relay). */
export function anchorUrlError(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `expected a URL like https://anchors.example/sekisho, got "${url.slice(0, 200)}"`
  }
  if (parsed.protocol === 'https:') return undefined
  if (parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) return undefined
  return `expected an https:// URL (http:// only for 127.0.0.1 or localhost), got "${url.slice(0, 200)}"`
}

export function anchorPoster(options: AnchorPostOptions) {
  const { url, log } = options
  const retryMs = options.retryMs ?? 1000
  const maxRetryMs = options.maxRetryMs ?? 300_000
  const maxQueue = options.maxQueue ?? 1000
  const queue: AnchorLine[] = []
  let sending: Promise<void> | undefined
  let stopped = false
  let inFlight: AbortController | undefined
  let wake: (() => void) | undefined
  let backoff: NodeJS.Timeout | undefined

  const send = async (line: AnchorLine) => {
    inFlight = new AbortController()
    const timer = setTimeout(() => inFlight?.abort(), options.timeoutMs ?? 10_000)
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(line),
        signal: inFlight.signal,
      })
      await res.body?.cancel()
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
    } finally {
      clearTimeout(timer)
      inFlight = undefined
    }
  }

  /** The line being sent: out of the queue meanwhile, so that a full queue drops the oldest line
   * waiting, never the one on its way (which would then be taken for another once delivered). */
  let current: AnchorLine | undefined
  const loop = async () => {
    let failures = 0
    while (queue.length && !stopped) {
      const line = (current = queue.shift()!)
      const failed = await send(line).then(
        () => undefined,
        (error: unknown) => ({ error }),
      )
      current = undefined
      if (!failed) {
        failures = 0
        continue
      }
      // Back at the head, unless the queue filled while it was on its way: then it is the oldest.
      queue.unshift(line)
      if (queue.length > maxQueue) log({ event: 'anchor-post-dropped', url, at: queue.shift()!.at })
      if (stopped) break
      const { error } = failed
      const delay = Math.min(retryMs * 2 ** failures++, maxRetryMs)
      log({ event: 'anchor-post-failed', url, message: String((error as Error).message ?? error), retryInMs: delay })
      await new Promise<void>((resolve) => {
        wake = resolve
        backoff = setTimeout(resolve, delay)
        backoff.unref()
      })
    }
  }
  const kick = () => void (sending ??= loop().finally(() => (sending = undefined)))

  return {
    /** Queues a signed line; returns at once. */
    post(line: AnchorLine) {
      if (stopped) return
      queue.push(line)
      if (queue.length > maxQueue) log({ event: 'anchor-post-dropped', url, at: queue.shift()!.at })
      kick()
    },
    /** Lines not delivered yet. */
    pending: () => queue.length + (current ? 1 : 0),
    /** Gives what is queued up to `waitMs` (retrying at once), then stops; resolves with the lines left unsent. */
    async close(waitMs = 5000): Promise<number> {
      const deadline = setTimeout(() => {
        stopped = true
        inFlight?.abort()
        clearTimeout(backoff)
        wake?.()
      }, waitMs)
      clearTimeout(backoff)
      wake?.()
      kick()
      await sending
      clearTimeout(deadline)
      stopped = true
      if (queue.length) log({ event: 'anchor-post-unsent', url, lines: queue.length })
      return queue.length
    },
  }
}
