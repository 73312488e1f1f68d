// The built console page (dist/console.js) against a small stand-in that answers the collector's
// read API exactly as contracts.md words it, under the strict CONSOLE_CSP. It verifies the page
// until the rewritten collector lands; console.spec.ts runs the same steps against the real one.
import { readFile } from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { CONSOLE_CSP, consoleHtml } from '@sekisho/console'
import { validateReceipt, type Receipt } from '@sekisho/receipts/schema'
import { EXPECTED_IDS, RECEIPTS, TOKEN, seed, signInFilterAndDownload } from './console-steps.ts'

test.use({ locale: 'en-US' })

const BUNDLE = fileURLToPath(new URL('../packages/console/dist/console.js', import.meta.url))
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** WCAG 2.1 A/AA violations on the page as it stands (axe-core; evaluated past the page's CSP). */
async function accessibilityViolations(page: Page) {
  await page.evaluate(await readFile(AXE, 'utf8'))
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
  })
}

type Query = URLSearchParams

const matches = (r: Receipt, q: Query) => {
  const day = r.timestamp.slice(0, 10)
  const has = (k: string) => q.get(k) || undefined
  return (
    (!has('from') || day >= q.get('from')!) &&
    (!has('to') || day <= q.get('to')!) &&
    (!has('site') || r.site === q.get('site')) &&
    (!has('method') || r.method === q.get('method')) &&
    (!has('subject') || r.subject === q.get('subject')) &&
    (!has('purpose') || r.purposes.some((p) => p.id === q.get('purpose')))
  )
}

const count = <K extends string>(keys: K[]) => keys.reduce<Record<string, number>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {})

/** `GET /v1/stats` over the receipts matching from/to/site. */
function stats(receipts: Receipt[], q: Query) {
  const picked = receipts.filter((r) => matches(r, new URLSearchParams({ from: q.get('from') ?? '', to: q.get('to') ?? '', site: q.get('site') ?? '' })))
  const days = [...new Set(picked.map((r) => r.timestamp.slice(0, 10)))].sort()
  const purposeIds = [...new Set(picked.flatMap((r) => r.purposes.map((p) => p.id)))]
  return {
    total: picked.length,
    byDay: days.map((day) => {
      const on = picked.filter((r) => r.timestamp.startsWith(day))
      return { day, total: on.length, byMethod: count(on.map((r) => r.method)) }
    }),
    byMethod: count(picked.map((r) => r.method)),
    purposes: purposeIds.map((id) => {
      const asked = picked.flatMap((r) => r.purposes.filter((p) => p.id === id))
      const granted = asked.filter((p) => p.granted).length
      return { id, granted, total: asked.length, rate: asked.length ? granted / asked.length : 0 }
    }),
    revisions: [...new Set(picked.map((r) => r.policy.revision))].map((revision) => {
      const times = picked.filter((r) => r.policy.revision === revision).map((r) => r.timestamp).sort()
      return { revision, first: times[0], last: times[times.length - 1], total: times.length }
    }),
    chain: { ok: true, checked: receipts.length },
  }
}

function csv(receipts: Receipt[]) {
  const rows = receipts.map((r) => [r.id, r.timestamp, r.site, r.subject, r.method, r.purposes.map((p) => `${p.id}:${p.granted ? 1 : 0}`).join(' ')])
  return [['id', 'timestamp', 'site', 'subject', 'method', 'purposes'], ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n'
}

async function standIn() {
  const receipts: Receipt[] = []
  const bundle = await readFile(BUNDLE)
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    void res.writeHead(status, { 'content-type': type, ...headers }).end(body)
  const json = (res: ServerResponse, status: number, body: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(body))
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin')
    if (req.method === 'GET' && url.pathname === '/') {
      return send(res, 200, 'text/html; charset=utf-8', consoleHtml(), { 'content-security-policy': CONSOLE_CSP })
    }
    if (req.method === 'GET' && url.pathname === '/console.js') return send(res, 200, 'text/javascript; charset=utf-8', bundle)
    if (req.method === 'POST' && url.pathname === '/v1/receipts') {
      let text = ''
      for await (const chunk of req) text += chunk
      const accepted: string[] = []
      for (const item of [JSON.parse(text)].flat()) {
        const result = validateReceipt(item)
        if (result.ok) (receipts.push(result.receipt), accepted.push(result.receipt.id))
      }
      return json(res, 202, { accepted, rejected: [] })
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(res, 401, { error: 'export token required' })
    if (url.pathname === '/v1/stats') return json(res, 200, stats(receipts, url.searchParams))
    if (url.pathname === '/v1/export' && url.searchParams.get('format') === 'csv') {
      const body = (url.searchParams.get('bom') === '1' ? '\uFEFF' : '') + csv(receipts.filter((r) => matches(r, url.searchParams)))
      return send(res, 200, 'text/csv; charset=utf-8', body, { 'content-disposition': 'attachment; filename="sekisho-receipts.csv"' })
    }
    json(res, 404, { error: 'not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) }
}

test('the built page signs in, filters and downloads the CSV under a strict CSP', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => m.type() === 'error' && violations.push(m.text()))
  const server = await standIn()
  try {
    await seed(server.base)
    await page.goto(`${server.base}/`)
    await page.getByLabel('Export token').waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    const result = await signInFilterAndDownload(page, server.base)
    expect(result.unfiltered).toBe(String(RECEIPTS.length))
    expect(result.filtered).toBe(String(EXPECTED_IDS.length))
    expect(result).toMatchObject({ bom: true, name: 'sekisho-receipts.csv', token: { session: 1, local: 0 } })
    const lines = result.csv.trim().split('\r\n')
    expect(lines[0]).toBe('id,timestamp,site,subject,method,purposes')
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(EXPECTED_IDS)
    // Styles arrive as a constructed stylesheet, which the policy allows: the chart has its colours.
    const fill = await page.locator('svg rect').first().evaluate((r) => getComputedStyle(r).fill)
    expect(fill).not.toBe('rgb(0, 0, 0)')
    await expect(page.locator('[data-chain]')).toHaveText(`Intact: all ${RECEIPTS.length} records verified.`)
    await page.locator('details summary').click()
    expect(await accessibilityViolations(page)).toEqual([])
    await page.setViewportSize({ width: 360, height: 740 })
    await page.getByRole('combobox', { name: /Language/ }).selectOption('ja')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('関所 同意記録')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    expect(await accessibilityViolations(page)).toEqual([])
    // The only console error allowed is the refused sign-in's 401.
    expect(violations.filter((v) => !v.includes('401'))).toEqual([])
  } finally {
    await server.close()
  }
})
