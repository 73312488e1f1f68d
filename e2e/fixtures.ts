// Shared e2e fixtures: the example site served on 127.0.0.1 with a free port per worker, a real
// collector (SQLite in a temp dir) its receipts go to, and the page's traffic routed to stand-ins.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'
import { rollup, type OutputOptions, type RollupOptions } from 'rollup'
import { createCollector } from '@sekisho/collector'
import { routeOutside, type Traffic } from './stand-ins.ts'
import { serveSite } from '../scripts/serve.mjs'

/** The collector an example site's receipts reach in a test. */
export interface TestCollector {
  url: string
  /** An export token: `GET /v1/receipts/:id`, `/v1/stats`. */
  token: string
  /** An admin token: `POST /v1/admin/declarations` (`sekisho declare`). */
  adminToken: string
  /** Its SQLite file, for the CLI commands that read a store (`sekisho proof`, `verify`). */
  db: string
  /** `GET path` with the export token; the parsed JSON and status. */
  get(path: string): Promise<{ status: number; body: any }>
}

/** An example site served for one worker; `receipts` names the endpoint written into its pages. */
export interface ServedSite {
  url: string
  receipts: { endpoint?: string }
}

/** A worker fixture serving `folder` on a free port, its pages' receipts endpoint settable. */
export const served = (folder: string) =>
  [
    async ({}, use: (site: ServedSite) => Promise<void>) => {
      const receipts: ServedSite['receipts'] = {}
      const server = await serveSite({ site: folder, port: 0, receipts: () => receipts.endpoint })
      await use({ url: server.url, receipts })
      await server.close()
    },
    { scope: 'worker' as const },
  ] as [(args: {}, use: (site: ServedSite) => Promise<void>) => Promise<void>, { scope: 'worker' }]

/** Starts a real collector (SQLite in a temp dir) and points `site`'s pages at it. */
export async function startCollector(site: ServedSite): Promise<TestCollector & { close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-e2e-'))
  const token = 'e2e-export-' + randomBytes(8).toString('hex')
  const adminToken = 'e2e-admin-' + randomBytes(8).toString('hex')
  const db = join(dir, 'receipts.sqlite')
  const collector = createCollector({
    port: 0,
    sqlite: db,
    allowedOrigins: [site.url],
    tokens: [
      { token, scope: 'export' },
      { token: adminToken, scope: 'admin' },
    ],
    log: () => {},
  })
  const url = await collector.listen()
  site.receipts.endpoint = `${url}/v1/receipts`
  return {
    url,
    token,
    adminToken,
    db,
    async get(path) {
      const response = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } })
      return { status: response.status, body: await response.json() }
    },
    async close() {
      await collector.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const test = base.extend<{ traffic: Traffic; site: string }, { example: ServedSite; collector: TestCollector }>({
  example: served('examples/script-tag'),
  collector: [
    async ({ example }, use) => {
      const collector = await startCollector(example)
      await use(collector)
      await collector.close()
    },
    { scope: 'worker' },
  ],
  site: async ({ example }, use) => use(example.url),
  // Trackers reach stand-ins, the site and its collector are local, anything else is blocked.
  traffic: async ({ context, example, collector }, use) =>
    use(await routeOutside(context, [example.url, collector.url])),
})

/** The test of an example app served from `folder` (as built, e.g. its `dist`): `app` served for
 * the worker, `appCollector` its receipts' collector, `traffic` routed as in `test`. */
export const appTest = (folder: string) =>
  base.extend<{ traffic: Traffic }, { app: ServedSite; appCollector: TestCollector }>({
    app: served(folder),
    appCollector: [
      async ({ app }, use) => {
        const collector = await startCollector(app)
        await use(collector)
        await collector.close()
      },
      { scope: 'worker' },
    ],
    traffic: async ({ context, app, appCollector }, use) =>
      use(await routeOutside(context, [app.url, appCollector.url])),
  })

/**
 * Builds `examples/<example>` once before its tests (its build.mjs's `buildSite()`), the receipts
 * endpoint of the worker's collector in `variable`, the environment variable its build reads (as
 * `variable=… npm run build` would). `timeout`: the build's, on a busy machine.
 */
export function buildExample(test: ReturnType<typeof appTest>, example: string, variable: string, timeout = 120_000) {
  test.beforeAll(async ({ appCollector }) => {
    test.setTimeout(timeout)
    process.env[variable] = `${appCollector.url}/v1/receipts`
    const { buildSite } = await import(`../examples/${example}/build.mjs`)
    await buildSite({ logLevel: 'warn' })
  })
}

export { expect } from '@playwright/test'

/** Runs rollup builds (an app's, as examples/npm-app's config makes them); a warning fails the test. */
export async function buildApp(builds: RollupOptions[]) {
  for (const options of builds) {
    const bundle = await rollup({
      ...options,
      onwarn: (warning) => {
        throw new Error(`rollup: ${warning.message}`)
      },
    })
    await bundle.write(options.output as OutputOptions)
    await bundle.close()
  }
}
