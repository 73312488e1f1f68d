// The catalog's gating data against what the tags really write: stand-ins that write exactly the
// cookies and storage keys of Yahoo! JAPAN Ads' ytag.js (site general tag), LINE Tag and GA4, with
// the zoo page naming those services by catalog id. After a withdrawal every one of them is gone.
import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './zoo/fixtures.ts'
import { settle } from './stand-ins.ts'
import type { Zoo } from './zoo/fixtures.ts'

interface KeyList {
  length: number
  key(index: number): string | null
}
declare const window: {
  localStorage: KeyList
  sekisho: { acceptAll(): unknown; withdraw(): unknown }
}

const standIn = (file: string) => readFileSync(new URL(`./zoo/stand-ins/${file}`, import.meta.url))
const LINE_TAG_ID = 'zoo-line-tag-id'
/** The stand-in's per-tag suffix (any hex hash: the catalog pattern is __lt__cid.*). */
const lineSuffix = (() => {
  let h = 0
  for (const ch of LINE_TAG_ID) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return '.' + h.toString(16).padStart(8, '0')
})()

/** Every name the three tags write on the two visits below, by service. */
const WRITTEN = {
  'yahoo-japan-ads': {
    cookies: ['_ycl_aw', '_ycl_zoo_aw', '_ycl_yjad', '_ts_yjad', '_yjsu_yjad'],
    storage: ['_ycl_aw', '_ycl_zoo_aw', '_ycl_yjad'],
  },
  'line-tag': {
    cookies: ['__lt__cid', `__lt__cid${lineSuffix}`, '__lt__sid', `__lt__sid${lineSuffix}`],
    storage: [],
  },
  'google-analytics': { cookies: ['_ga', '_ga_ZOO0000001', '_ga_GTMTAG01'], storage: [] },
}
const COOKIES = Object.values(WRITTEN).flatMap((s) => s.cookies)
const STORAGE = Object.values(WRITTEN).flatMap((s) => s.storage)

/** The zoo page with Yahoo! JAPAN Ads and LINE Tag named by catalog id (no inline definitions),
 * the site general tag called twice (default and a cookie prefix, both also to localStorage),
 * and the two tags answered by the stand-ins above. */
async function catalogZoo(page: Page, zoo: Zoo) {
  await page.route(
    (url) => url.origin === zoo.url && url.pathname === '/',
    async (route) => {
      const response = await route.fetch()
      const html = (await response.text())
        .replace(/(id="sekisho-config">)([\s\S]*?)(<\/script>)/, (_, open, json, close) => {
          const config = JSON.parse(json)
          config.services = config.services.map((s: string | { id: string }) =>
            typeof s == 'string' ? s : s.id === 'yahoo-ads' ? 'yahoo-japan-ads' : s.id === 'line-tag' ? 'line-tag' : s,
          )
          return open + JSON.stringify(config) + close
        })
        .replaceAll('data-sekisho="yahoo-ads"', 'data-sekisho="yahoo-japan-ads"')
        .replace(
          "ytag({ type: 'yss_retargeting'",
          "ytag({ type: 'ycl_cookie', config: { ycl_use_non_cookie_storage: true } });\n" +
            "    ytag({ type: 'ycl_cookie', config: { ycl_use_non_cookie_storage: true, ycl_cookie_prefix: 'zoo' } });\n" +
            "    ytag({ type: 'yss_retargeting'",
        )
      expect(html).toContain("ycl_cookie_prefix: 'zoo'")
      await route.fulfill({ response, body: html })
    },
  )
  await page.route('https://s.yimg.jp/images/listing/tool/cv/ytag.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: standIn('ytag-site-general.js') }),
  )
  await page.route(/^https?:\/\/d\.line-s?cdn\.net\/n\/line_tag\/public\/release\/v1\/lt\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: standIn('lt-suffixed.js') }),
  )
}

const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name)
const localKeys = (page: Page) =>
  page.evaluate(() => Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i)!))

test('Yahoo! JAPAN Ads, LINE Tag and GA4 by catalog id: every cookie and storage key their tags write is erased on withdrawal', async ({
  page,
  zoo,
}) => {
  test.setTimeout(90_000) // two visits, a withdrawal and its reload, on a shared machine
  await catalogZoo(page, zoo)
  // A search-ads click, then consent: the tags run in this page.
  await page.goto(zoo.url + '/?yclid=YSS.1001259409.zooSearchClick')
  await settle(page, zoo)
  await page.evaluate(() => window.sekisho.acceptAll())
  await expect
    .poll(() => cookieNames(page.context()))
    .toEqual(expect.arrayContaining(['_ycl_aw', '_ycl_zoo_aw', '_ga']))
  // A display-ads click on a later visit.
  await page.goto(zoo.url + '/?yclid=YJAD.1700000000.zooDisplayClick')
  await expect.poll(() => cookieNames(page.context())).toEqual(expect.arrayContaining(COOKIES))
  await expect.poll(() => localKeys(page)).toEqual(expect.arrayContaining(STORAGE))
  await settle(page, zoo)

  const reloaded = page.waitForEvent('load')
  await page.evaluate(() => window.sekisho.withdraw())
  await reloaded
  await settle(page, zoo)
  const cookiesLeft = await cookieNames(page.context())
  const keysLeft = await localKeys(page)
  expect(COOKIES.filter((n) => cookiesLeft.includes(n))).toEqual([])
  expect(STORAGE.filter((k) => keysLeft.includes(k))).toEqual([])
  expect(zoo.escaped).toEqual([])
})
