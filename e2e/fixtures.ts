// Shared e2e fixtures: the example site served on 127.0.0.1 with a free port per worker.
import { test as base } from '@playwright/test'
import { serveSite } from '../scripts/serve.mjs'

export const test = base.extend<{}, { site: string }>({
  site: [
    async ({}, use) => {
      const server = await serveSite({ site: 'examples/script-tag', port: 0 })
      await use(server.url)
      await server.close()
    },
    { scope: 'worker' },
  ],
})

export { expect } from '@playwright/test'
