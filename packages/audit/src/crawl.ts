// Which pages to audit: the start URL, then same-host links found on audited pages (breadth first),
// or the pages of a sitemap.xml or a URL list; robots.txt is respected unless told otherwise.

export interface CrawlLimits {
  maxPages: number
  maxDepth: number
  /** Wall-clock budget for the whole audit, ms. */
  maxTime: number
}

/** Disallow/Allow prefixes of the `*` group (and a `sekisho` group, which wins) of a robots.txt. */
export function parseRobots(text: string): (path: string) => boolean {
  const groups = new Map<string, Array<{ allow: boolean; prefix: string }>>()
  let agents: string[] = []
  let inRules = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim()
    const match = /^([\w-]+)\s*:\s*(.*)$/.exec(line)
    if (!match) continue
    const field = match[1]!.toLowerCase()
    const value = match[2]!.trim()
    if (field === 'user-agent') {
      if (inRules) agents = []
      inRules = false
      agents.push(value.toLowerCase())
    } else if (field === 'allow' || field === 'disallow') {
      inRules = true
      for (const agent of agents) {
        const rules = groups.get(agent) ?? []
        if (value) rules.push({ allow: field === 'allow', prefix: value })
        groups.set(agent, rules)
      }
    }
  }
  const rules = groups.get('sekisho') ?? groups.get('*') ?? []
  // The longest matching prefix decides (RFC 9309 §2.2.2).
  return (path) => {
    const best = rules.filter((r) => path.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0]
    return !best || best.allow
  }
}

/** The `<loc>` URLs of a sitemap.xml. */
export const parseSitemap = (xml: string) =>
  Array.from(xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g), (m) => m[1]!.replace(/&amp;/g, '&'))

export async function fetchRobots(start: string, timeout: number): Promise<(path: string) => boolean> {
  try {
    const response = await fetch(new URL('/robots.txt', start), { signal: AbortSignal.timeout(timeout) })
    return response.ok ? parseRobots(await response.text()) : () => true
  } catch {
    return () => true
  }
}

/** A link worth auditing: http(s), same host as the start, not a file download. Fragments dropped. */
export function sameSiteLink(link: string, start: string): string | undefined {
  try {
    const url = new URL(link, start)
    url.hash = ''
    if (!/^https?:$/.test(url.protocol) || url.host !== new URL(start).host) return undefined
    if (/\.(pdf|zip|jpe?g|png|gif|svg|webp|mp4|css|js|json|xml|txt)$/i.test(url.pathname)) return undefined
    return url.href
  } catch {
    return undefined
  }
}

/** Breadth-first queue with limits: `next()` gives the next page (and its depth) or undefined. */
export function createFrontier(
  seeds: string[],
  limits: CrawlLimits,
  allowed: (path: string) => boolean,
  /** The clock (tests pass a fake one). */
  now: () => number = Date.now,
) {
  const started = now()
  const seen = new Set<string>()
  const queue: Array<{ url: string; depth: number }> = []
  const skipped: string[] = []
  let taken = 0
  const add = (url: string, depth: number) => {
    if (seen.has(url) || depth > limits.maxDepth) return
    seen.add(url)
    if (!allowed(new URL(url).pathname)) skipped.push(url)
    else queue.push({ url, depth })
  }
  for (const seed of seeds) add(seed, 0)
  return {
    add,
    skipped,
    next() {
      if (taken >= limits.maxPages || now() - started > limits.maxTime) return undefined
      const item = queue.shift()
      if (item) taken++
      return item
    },
    get timedOut() {
      return now() - started > limits.maxTime
    },
  }
}

export type Frontier = ReturnType<typeof createFrontier>
export type FrontierItem = { url: string; depth: number }

export interface Politeness {
  /** Pages visited at once. */
  concurrency: number
  /** Pause before each page, ms. */
  delay: number
  /** How to pause (tests pass one that records the pauses). */
  wait?: (ms: number) => Promise<void>
}

/**
 * Visits the frontier's pages, `concurrency` at a time, each after a pause of `delay`. A worker that
 * finds the queue empty waits while another is still on a page (its links may refill the queue), and
 * stops once every worker is idle or the time budget ran out.
 */
export async function crawlPages(
  frontier: Frontier,
  politeness: Politeness,
  visit: (item: FrontierItem) => Promise<void>,
) {
  const wait = politeness.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  let active = 0
  const sleepers: Array<() => void> = []
  const wakeAll = () => {
    for (const wake of sleepers.splice(0)) wake()
  }
  const nextItem = async () => {
    for (;;) {
      const item = frontier.next()
      // Counted as soon as taken: another worker asking in the same turn must see this one busy
      // (else, with one seed, it would find the queue empty, everyone idle, and quit).
      if (item) active++
      if (item || active === 0 || frontier.timedOut) return item
      await new Promise<void>((resolve) => sleepers.push(resolve))
    }
  }
  const worker = async () => {
    for (let item = await nextItem(); item; item = await nextItem()) {
      try {
        if (politeness.delay > 0) await wait(politeness.delay)
        await visit(item)
      } finally {
        active--
        wakeAll()
      }
    }
    wakeAll()
  }
  await Promise.all(Array.from({ length: Math.max(1, politeness.concurrency) }, worker))
}
