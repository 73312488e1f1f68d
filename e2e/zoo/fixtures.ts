// The tracker zoo's fixtures: the zoo site on 127.0.0.1 and routing that answers every tracker
// host with a local stand-in (e2e/zoo/stand-ins/) and blocks anything else that tries to leave.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test as base } from '../fixtures.ts'
import { serveSite } from '../../scripts/serve.mjs'

const standIn = (file: string) => readFileSync(new URL(`./stand-ins/${file}`, import.meta.url))
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
  [/^https:\/\/connect\.facebook\.net\/[\w_]+\/fbevents\.js$/, js('fbevents.js')],
  [/^https:\/\/www\.facebook\.com\/tr\//, gif],
  [/^https:\/\/s\.yimg\.jp\/images\/listing\/tool\/cv\/ytag\.js$/, js('ytag.js')],
  [/^https:\/\/b97\.yahoo\.co\.jp\/pagead\//, gif],
  [/^https?:\/\/d\.line-s?cdn\.net\/n\/line_tag\/public\/release\/v1\/lt\.js$/, js('lt.js')],
  [/^https:\/\/tr\.line\.me\/tag\.gif/, gif],
  [/^https:\/\/analytics\.tiktok\.com\/i18n\/pixel\/events\.js/, js('tiktok.js')],
  [/^https:\/\/analytics\.tiktok\.com\/api\//, { status: 200, contentType: 'application/json', body: Buffer.from('{"code":0}') }],
  [/^https:\/\/static\.criteo\.net\/js\/ld\/ld\.js/, js('criteo.js')],
  [/^https:\/\/sslwidget\.criteo\.com\/event/, gif],
  [/^https:\/\/px\.a8\.net\//, gif],
  [/^https:\/\/statics\.a8\.net\/a8sales\/a8sales\.js$/, js('a8sales.js')],
  [/^https:\/\/ad\.jp\.ap\.valuecommerce\.com\//, gif],
  [/^https:\/\/www\.youtube-nocookie\.com\/embed\//, { contentType: 'text/html', body: standIn('youtube.html') }],
  [/^https:\/\/widget\.chat-example\.jp\//, { contentType: 'text/javascript', body: readFileSync(new URL('./site/js/undeclared.js', import.meta.url)) }],
]

export interface Zoo {
  /** The zoo site's origin. */
  url: string
  /** Every request that left 127.0.0.1, in order (answered by a stand-in or blocked). */
  outside: string[]
  /** Requests no route knows: the zoo blocks them; tests expect none. */
  escaped: string[]
  /** Every request to the zoo site itself (to see whether the banner chunk was fetched). */
  local: string[]
  /** Serves the zoo page with its config changed (or replaced by raw text). */
  editConfig(page: Page, edit: (config: Record<string, unknown>) => Record<string, unknown> | string): Promise<void>
}

export const test = base.extend<{ zoo: Zoo }, { zooSite: string }>({
  zooSite: [
    async ({}, use) => {
      const server = await serveSite({ site: 'e2e/zoo/site', port: 0 })
      await use(server.url)
      await server.close()
    },
    { scope: 'worker' },
  ],
  zoo: async ({ context, zooSite }, use) => {
    const zoo: Zoo = {
      url: zooSite,
      outside: [],
      escaped: [],
      local: [],
      async editConfig(page, edit) {
        await page.route(`${zooSite}/`, async (route) => {
          const response = await route.fetch()
          const html = await response.text()
          const body = html.replace(/(id="sekisho-config">)([\s\S]*?)(<\/script>)/, (_, open, json, close) => {
            const edited = edit(JSON.parse(json))
            return open + (typeof edited === 'string' ? edited : JSON.stringify(edited)) + close
          })
          await route.fulfill({ response, body })
        })
      },
    }
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      if (url.startsWith(zooSite)) {
        zoo.local.push(url)
        return route.fallback()
      }
      zoo.outside.push(url)
      const answer = ROUTES.find(([pattern]) => pattern.test(url))
      if (!answer) {
        zoo.escaped.push(url)
        return route.abort('blockedbyclient')
      }
      await route.fulfill(answer[1])
    })
    await use(zoo)
  },
})

export { expect } from '@playwright/test'
