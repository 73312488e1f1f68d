import { expect, test } from './fixtures.ts'

test('first visit shows the banner; a decision hides it and survives reload', async ({ page, site }) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.route(/googletagmanager|google-analytics/, (route) => route.abort())
  await page.goto(`${site}/`)
  const banner = page.locator('sekisho-banner')
  await expect(banner.getByRole('button', { name: 'すべて拒否' })).toBeVisible()
  expect(requests.some((u) => u.includes('sekisho-banner.js'))).toBe(true)
  await banner.getByRole('button', { name: 'すべて拒否' }).click()
  await expect(banner.getByRole('button', { name: 'すべて拒否' })).toHaveCount(0)

  requests.length = 0
  await page.reload()
  await page.waitForLoadState('load')
  await expect(page.locator('sekisho-banner')).toHaveCount(0)
  // A returning visitor downloads no UI code.
  expect(requests.some((u) => u.includes('sekisho-banner.js'))).toBe(false)
  expect(requests.some((u) => /googletagmanager|google-analytics/.test(u))).toBe(false)
})
