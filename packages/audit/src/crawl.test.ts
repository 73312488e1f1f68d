import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createFrontier, parseRobots, parseSitemap, sameSiteLink } from './crawl.ts'

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
