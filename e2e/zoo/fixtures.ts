// The tracker zoo's fixtures: the zoo site on 127.0.0.1, every tracker host answered by a local
// stand-in and anything else that tries to leave blocked (../stand-ins.ts).
import type { Page } from '@playwright/test'
import { test as base } from '../fixtures.ts'
import { routeOutside, type Traffic } from '../stand-ins.ts'
import { serveSite } from '../../scripts/serve.mjs'

export interface Zoo extends Traffic {
  /** The zoo site's origin. */
  url: string
  /** Serves the zoo page with its config changed (or replaced by raw text). */
  editConfig(page: Page, edit: (config: Record<string, unknown>) => Record<string, unknown> | string): Promise<void>
  /** Serves the zoo page with its HTML changed. */
  editPage(page: Page, edit: (html: string) => string): Promise<void>
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
      ...(await routeOutside(context, [zooSite])),
      async editPage(page, edit) {
        await page.route(`${zooSite}/`, async (route) => {
          const response = await route.fetch()
          await route.fulfill({ response, body: edit(await response.text()) })
        })
      },
      editConfig(page, edit) {
        return zoo.editPage(page, (html) =>
          html.replace(/(id="sekisho-config">)([\s\S]*?)(<\/script>)/, (_, open, json, close) => {
            const edited = edit(JSON.parse(json))
            return open + (typeof edited === 'string' ? edited : JSON.stringify(edited)) + close
          }),
        )
      },
    }
    await use(zoo)
  },
})

export { expect } from '@playwright/test'
