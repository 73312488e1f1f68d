// Tracker hosts answered by small local stand-ins (e2e/zoo/stand-ins/) that behave like the vendors'
// tags, so what a page sends is observable; any other request that tries to leave is blocked.
// Shared by the tracker zoo and the example-site specs.
import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'

const standIn = (file: string) => readFileSync(new URL(`./zoo/stand-ins/${file}`, import.meta.url))
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const js = (file: string) => ({ contentType: 'text/javascript', body: standIn(file) })
const gif = { contentType: 'image/gif', body: GIF }
const empty = { status: 204 }

/** What each outside URL gets: the vendor's script stand-in, a pixel, or an empty 204. */
const ROUTES: Array<[RegExp, { status?: number; contentType?: string; body?: Buffer }]> = [
  [/^https:\/\/www\.googletagmanager\.com\/gtag\/js\?/, js('gtag.js')],
  [/^https:\/\/www\.googletagmanager\.com\/gtm\.js\?/, js('gtm.js')],
  [/^https:\/\/[\w.]*google-analytics\.com\/g\/collect/, empty],
  [/^https:\/\/(www\.googleadservices\.com|googleads\.g\.doubleclick\.net)\/pagead\//, gif],
  // A query names the realm that asked (e2e/server/realms.js, examples/next-app/app/realms).
  [/^https:\/\/connect\.facebook\.net\/[\w_]+\/fbevents\.js(\?from=\w+)?$/, js('fbevents.js')],
  [/^https:\/\/www\.facebook\.com\/tr\//, gif],
  [/^https:\/\/s\.yimg\.jp\/images\/listing\/tool\/cv\/ytag\.js$/, js('ytag.js')],
  [/^https:\/\/b97\.yahoo\.co\.jp\/pagead\//, gif],
  [/^https?:\/\/d\.line-s?cdn\.net\/n\/line_tag\/public\/release\/v1\/lt\.js$/, js('lt.js')],
  [/^https:\/\/tr\.line\.me\/tag\.gif/, gif],
  [/^https:\/\/analytics\.tiktok\.com\/i18n\/pixel\/events\.js/, js('tiktok.js')],
  [
    /^https:\/\/analytics\.tiktok\.com\/api\//,
    { status: 200, contentType: 'application/json', body: Buffer.from('{"code":0}') },
  ],
  [/^https:\/\/static\.criteo\.net\/js\/ld\/ld\.js/, js('criteo.js')],
  [/^https:\/\/sslwidget\.criteo\.com\/event/, gif],
  // A8.net's impression pixels come from px.a8.net and numbered wwwNN.a8.net hosts.
  [/^https:\/\/(px|www\d*)\.a8\.net\//, gif],
  [/^https:\/\/statics\.a8\.net\/a8sales\/a8sales\.js$/, js('a8sales.js')],
  [/^https:\/\/ad\.jp\.ap\.valuecommerce\.com\//, gif],
  [/^https:\/\/www\.youtube(-nocookie)?\.com\/embed\//, { contentType: 'text/html', body: standIn('youtube.html') }],
  [
    /^https:\/\/widget\.chat-example\.jp\//,
    { contentType: 'text/javascript', body: readFileSync(new URL('./zoo/site/js/undeclared.js', import.meta.url)) },
  ],
]

/** The requests of one browser context, by where they went. */
export interface Traffic {
  /** Every request that left the local servers, in order (answered by a stand-in or blocked). */
  outside: string[]
  /** Requests no route knows: blocked; tests expect none. */
  escaped: string[]
  /** Every request to the local servers (to see whether a chunk was fetched). */
  local: string[]
}

/** Routes every request of `context`: `localOrigins` go through, tracker hosts get stand-ins, the rest is blocked. */
export async function routeOutside(context: BrowserContext, localOrigins: string[]): Promise<Traffic> {
  const traffic: Traffic = { outside: [], escaped: [], local: [] }
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (localOrigins.some((origin) => url.startsWith(origin + '/'))) {
      traffic.local.push(url)
      return route.fallback()
    }
    traffic.outside.push(url)
    const answer = ROUTES.find(([pattern]) => pattern.test(url))
    if (!answer) {
      traffic.escaped.push(url)
      return route.abort('blockedbyclient')
    }
    await route.fulfill(answer[1])
  })
  return traffic
}

/** Waits until the page went quiet: loaded, and no request for 400 ms (a tracker's absence
 * has no event to wait for). */
export async function settle(page: Page, traffic: Traffic) {
  await page.waitForLoadState('load')
  for (let seen = -1; seen !== traffic.outside.length + traffic.local.length; ) {
    seen = traffic.outside.length + traffic.local.length
    await page.waitForTimeout(400)
  }
}
