// The privacy managers' page against the REAL collector: seeded over HTTP, exported through the page.
// Needs the collector with `GET /`, `/console.js`, `/v1/stats` and `/v1/export` (contracts.md).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { createCollector } from '@sekisho/collector'
import { EXPECTED_IDS, RECEIPTS, TOKEN, seed, signInFilterAndDownload } from './console-steps.ts'

test.use({ locale: 'en-US' })

let dir: string
let collector: ReturnType<typeof createCollector>
let base: string

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sekisho-console-'))
  collector = createCollector({ port: 0, sqlite: join(dir, 'receipts.sqlite'), exportToken: TOKEN } as Parameters<typeof createCollector>[0])
  base = await collector.listen()
  await seed(base)
})

test.afterAll(async () => {
  await collector?.close()
  rmSync(dir, { recursive: true, force: true })
})

test('log in with the export token, filter, download the CSV', async ({ page }) => {
  const result = await signInFilterAndDownload(page, base)
  expect(result.unfiltered).toBe(String(RECEIPTS.length))
  expect(result.filtered).toBe(String(EXPECTED_IDS.length))
  expect(result.bom).toBe(true)
  expect(result.name).toMatch(/\.csv$/)
  const ids = RECEIPTS.map((r) => r.id).filter((id) => result.csv.includes(id))
  expect(ids).toEqual(EXPECTED_IDS)
  expect(result.token).toEqual({ session: 1, local: 0 })
  await expect(page.locator('[data-chain]')).toHaveAttribute('data-chain', 'ok')
})
