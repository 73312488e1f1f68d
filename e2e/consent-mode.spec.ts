// Google Consent Mode in the tracker zoo: the exact consent commands in dataLayer, in order and before
// any Google tag command, for basic and advanced services, region defaults and a returning visitor.
// (A spec of its own: zoo.spec.ts covers what the gate holds.)
import type { Page } from '@playwright/test'
import { expect, test } from './zoo/fixtures.ts'
import { settle } from './stand-ins.ts'
import type { Zoo } from './zoo/fixtures.ts'

declare const window: {
  dataLayer: ArrayLike<unknown>[]
  sekisho: { acceptAll(): unknown; rejectAll(): unknown }
}

const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}
const GRANTED = {
  ...DENIED,
  ad_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
  analytics_storage: 'granted',
  functionality_storage: 'granted',
}

/** dataLayer as arrays of gtag arguments (objects pushed by tags, e.g. GTM events, as they are). */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    Array.from(window.dataLayer, (entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry) : entry,
    ),
  )
/** The consent and set commands, in order. */
const consentCommands = async (page: Page) =>
  (await dataLayer(page)).filter((e) => Array.isArray(e) && (e[0] === 'consent' || e[0] === 'set'))
/** Index of the first command of a Google tag (the page's own gtag('js' | 'config' | 'event')). */
const firstTagCommand = async (page: Page) =>
  (await dataLayer(page)).findIndex((e) => Array.isArray(e) && ['js', 'config', 'event'].includes(e[0] as string))
const lastConsentCommand = async (page: Page) => {
  const all = await dataLayer(page)
  let last = -1
  all.forEach((e, i) => Array.isArray(e) && e[0] === 'consent' && (last = i))
  return last
}
const gaCookies = async (page: Page) =>
  (await page.context().cookies()).map((c) => c.name).filter((n) => n.startsWith('_ga'))
const gtagRequested = (zoo: Zoo) => zoo.outside.some((u) => /gtag\/js\?id=G-ZOO/.test(u))

test.describe.configure({ mode: 'parallel' })

test('basic: only the global default before a decision, no Google tag; accept-all pushes the update', async ({
  page,
  zoo,
}) => {
  await page.goto(zoo.url + '/')
  await settle(page, zoo)
  expect(await consentCommands(page)).toEqual([['consent', 'default', { ...DENIED, wait_for_update: 500 }]])
  expect(gtagRequested(zoo)).toBe(false)
  await page.evaluate(() => window.sekisho.acceptAll())
  await expect.poll(() => gtagRequested(zoo)).toBe(true)
  expect(await consentCommands(page)).toEqual([
    ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
    ['consent', 'update', GRANTED],
  ])
})

test('advanced: the Google tag loads before consent with every type denied, and its cookies stay held', async ({
  page,
  zoo,
}) => {
  // One edit of the page (a second route for the same URL would replace the first).
  await zoo.editPage(page, (html) =>
    html
      .replace('"google-analytics",', '{ "id": "google-analytics", "consentMode": "advanced" },')
      // The markup names the service, so its mode applies (a purpose id names no service).
      .replace(
        /data-sekisho="analytics"( async src="https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-ZOO0000001"><\/script>\s*<script type="text\/plain") data-sekisho="analytics"/,
        'data-sekisho="google-analytics"$1 data-sekisho="google-analytics"',
      ),
  )
  await page.goto(zoo.url + '/')
  await expect.poll(() => gtagRequested(zoo)).toBe(true)
  await expect.poll(() => zoo.outside.some((u) => /g\/collect\?.*gcs=G100/.test(u))).toBe(true)
  await settle(page, zoo)
  expect(await consentCommands(page)).toEqual([['consent', 'default', { ...DENIED, wait_for_update: 500 }]])
  expect(await lastConsentCommand(page)).toBeLessThan(await firstTagCommand(page))
  expect(await gaCookies(page)).toEqual([])
})

test('region defaults and developer_id: region commands, then the global one, then the set', async ({ page, zoo }) => {
  await zoo.editConfig(page, (c) => ({
    ...c,
    consentMode: { regions: { 'US-CA': { analytics_storage: 'granted' }, US: {} }, developerId: 'zoo123' },
  }))
  await page.goto(zoo.url + '/')
  await settle(page, zoo)
  expect(await consentCommands(page)).toEqual([
    ['consent', 'default', { ...DENIED, analytics_storage: 'granted', wait_for_update: 500, region: ['US-CA'] }],
    ['consent', 'default', { ...DENIED, wait_for_update: 500, region: ['US'] }],
    ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
    ['set', 'developer_id.zoo123', true],
  ])
})

test('returning visitor: the stored choice is pushed right after the default, before any Google tag command', async ({
  page,
  zoo,
}) => {
  await page.goto(zoo.url + '/')
  await settle(page, zoo)
  await page.evaluate(() => window.sekisho.acceptAll())
  await expect.poll(() => gtagRequested(zoo)).toBe(true)
  await page.reload()
  await settle(page, zoo)
  const commands = await consentCommands(page)
  expect(commands.slice(0, 2)).toEqual([
    ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
    ['consent', 'update', GRANTED],
  ])
  const all = await dataLayer(page)
  expect(all.findIndex((e) => Array.isArray(e) && e[1] === 'update')).toBeLessThan(await firstTagCommand(page))
})
