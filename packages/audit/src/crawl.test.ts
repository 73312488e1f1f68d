import assert from 'node:assert/strict'
import { test } from 'node:test'
import { crawlPages, createFrontier, parseRobots, parseSitemap, sameSiteLink } from './crawl.ts'
import { progressWriter } from './progress.ts'

test('robots.txt: the * group, the longest matching prefix decides, a sekisho group wins', () => {
  const allowed = parseRobots('User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /shop\nAllow: /shop/help\n')
  assert.equal(allowed('/'), true)
  assert.equal(allowed('/shop/cart'), false)
  assert.equal(allowed('/shop/help/faq'), true)
  assert.equal(parseRobots('User-agent: *\nDisallow: /\nUser-agent: sekisho\nDisallow:\n')('/x'), true)
})

test('sitemap <loc> entries, entities decoded', () => {
  assert.deepEqual(
    parseSitemap(
      '<urlset><url><loc> https://a.jp/?x=1&amp;y=2 </loc></url><url><loc>https://a.jp/b</loc></url></urlset>',
    ),
    ['https://a.jp/?x=1&y=2', 'https://a.jp/b'],
  )
})

test('links: same host only, no fragments, no files', () => {
  assert.equal(sameSiteLink('/a#top', 'https://a.jp/'), 'https://a.jp/a')
  assert.equal(sameSiteLink('https://b.jp/', 'https://a.jp/'), undefined)
  assert.equal(sameSiteLink('/file.pdf', 'https://a.jp/'), undefined)
  assert.equal(sameSiteLink('mailto:x@a.jp', 'https://a.jp/'), undefined)
})

test('the frontier keeps to the page and depth limits and lists what robots.txt keeps out', () => {
  const frontier = createFrontier(['https://a.jp/'], { maxPages: 2, maxDepth: 1, maxTime: 60_000 }, (p) => p !== '/no')
  assert.deepEqual(frontier.next(), { url: 'https://a.jp/', depth: 0 })
  frontier.add('https://a.jp/no', 1)
  frontier.add('https://a.jp/deep', 2)
  frontier.add('https://a.jp/b', 1)
  frontier.add('https://a.jp/c', 1)
  assert.deepEqual(frontier.next(), { url: 'https://a.jp/b', depth: 1 })
  assert.equal(frontier.next(), undefined)
  assert.deepEqual(frontier.skipped, ['https://a.jp/no'])
})

test('the time budget: no page is handed out once it has run out, and the frontier says so', () => {
  let clock = 1_000
  const frontier = createFrontier(
    ['https://a.jp/', 'https://a.jp/b'],
    { maxPages: 10, maxDepth: 1, maxTime: 500 },
    () => true,
    () => clock,
  )
  assert.deepEqual(frontier.next(), { url: 'https://a.jp/', depth: 0 })
  assert.equal(frontier.timedOut, false)
  clock += 501
  assert.equal(frontier.timedOut, true)
  assert.equal(frontier.next(), undefined)
})

/** A promise resolved from outside, to hold a fake page visit open. */
const deferred = () => {
  let resolve = () => {}
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

test('politeness: at most `concurrency` pages at once, each after a pause of `delay`; links found refill the queue', async () => {
  const limits = { maxPages: 10, maxDepth: 2, maxTime: 60_000 }
  for (const concurrency of [1, 2]) {
    const frontier = createFrontier(['https://a.jp/'], limits, () => true)
    const pauses: number[] = []
    const open = new Map<string, () => void>()
    let most = 0
    const visited: string[] = []
    const crawl = crawlPages(
      frontier,
      { concurrency, delay: 300, wait: async (ms) => void pauses.push(ms) },
      async ({ url, depth }) => {
        visited.push(url)
        if (depth === 0) for (const page of ['b', 'c', 'd']) frontier.add(`https://a.jp/${page}`, 1)
        const visit = deferred()
        open.set(url, visit.resolve)
        most = Math.max(most, open.size)
        // Each visit ends only when the test has seen how many run at once.
        await visit.promise
        open.delete(url)
      },
    )
    // Finishes the visits one by one, in order, until none is left open.
    for (let turns = 0; turns < 20; turns++) {
      await new Promise((r) => setImmediate(r))
      open.values().next().value?.()
    }
    await crawl
    assert.deepEqual(visited, ['https://a.jp/', 'https://a.jp/b', 'https://a.jp/c', 'https://a.jp/d'], `${concurrency}`)
    assert.equal(most, concurrency)
    assert.deepEqual(pauses, [300, 300, 300, 300])
  }
})

test('politeness: a delay of 0 pauses never', async () => {
  const frontier = createFrontier(['https://a.jp/'], { maxPages: 1, maxDepth: 0, maxTime: 60_000 }, () => true)
  const pauses: number[] = []
  await crawlPages(frontier, { concurrency: 1, delay: 0, wait: async (ms) => void pauses.push(ms) }, async () => {})
  assert.deepEqual(pauses, [])
})

test('the crawl stops handing out pages once the time budget is spent', async () => {
  let clock = 0
  const frontier = createFrontier(
    ['https://a.jp/', 'https://a.jp/b', 'https://a.jp/c'],
    { maxPages: 10, maxDepth: 0, maxTime: 1_000 },
    () => true,
    () => clock,
  )
  const visited: string[] = []
  await crawlPages(frontier, { concurrency: 1, delay: 0 }, async ({ url }) => {
    visited.push(url)
    clock += 600
  })
  assert.deepEqual(visited, ['https://a.jp/', 'https://a.jp/b'])
  assert.equal(frontier.timedOut, true)
})

test('progress: a bar redrawn in place on a terminal and erased at the end; plain lines elsewhere', () => {
  for (const tty of [true, false]) {
    let written = ''
    const progress = progressWriter({ err: (t) => void (written += t) }, tty)
    progress.update(1, 3, 'https://a.jp/b accept')
    progress.end()
    assert.equal(
      written,
      tty ? '\r\x1b[K[#..] https://a.jp/b accept\r\x1b[K' : 'https://a.jp/b accept\n',
      `tty: ${tty}`,
    )
  }
})
