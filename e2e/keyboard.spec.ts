// Keyboard only, on the script-tag example: Tab and Shift+Tab reach every control of the banner, the
// dialog, the corner re-open button and the YouTube placeholder; Enter, Space, the arrow keys and
// Escape operate them; focus lands where a keyboard user expects; every focused control shows a
// focus ring that stands out from what is behind it, in the light and the dark colour scheme.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { settle, type Traffic } from './stand-ins.ts'
import { consentCookie } from './visitor.ts'

/** e2e code is type checked without the DOM library. */
declare const document: { activeElement: any }
declare function getComputedStyle(e: unknown): {
  outlineStyle: string
  outlineWidth: string
  outlineColor: string
  outlineOffset: string
  backgroundColor: string
}

/** The focused element (inside shadow roots too): where it is, its name, and its focus ring. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let e = document.activeElement
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement
    const host = e?.getRootNode()?.host?.localName as string | undefined
    const style = getComputedStyle(e)
    // The ring is drawn over what is behind it: the element itself when it hugs the element (offset
    // 0 or less), else the nearest painted background outside it (crossing shadow roots).
    let behind = parseFloat(style.outlineOffset) > 0 ? (e.parentElement ?? e.getRootNode().host) : e
    let surface = 'rgba(0, 0, 0, 0)'
    while (behind && /rgba\(.*, 0\)|transparent/.test((surface = getComputedStyle(behind).backgroundColor)))
      behind = behind.parentElement ?? behind.getRootNode?.()?.host
    return {
      where: (host ?? 'page') as string,
      tag: e?.localName as string,
      name: (e?.getAttribute('aria-label') ?? (e?.closest('label') ?? e)?.innerText ?? '').trim() as string,
      checked: e?.checked as boolean | undefined,
      ring: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, surface },
    }
  })

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string) {
  const luminance = (c: string) => {
    const [r, g, b] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = +v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** The focused control shows a solid ring at least 2 px wide, 3:1 against what it is drawn over (WCAG 1.4.11). */
async function expectRing(page: Page) {
  const f = await focused(page)
  expect(f.ring.style, `focus ring of ${f.name}`).toBe('solid')
  expect(f.ring.width, `focus ring of ${f.name}`).toBeGreaterThanOrEqual(2)
  expect(contrast(f.ring.color, f.ring.surface), `${f.name}: ${f.ring.color} on ${f.ring.surface}`).toBeGreaterThan(3)
  return f
}

/** Presses `key` until the focused control is `name` (an exact name, or a test of it); returns it. */
async function pressTo(page: Page, key: 'Tab' | 'Shift+Tab', name: string | RegExp) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key)
    const f = await focused(page)
    if (typeof name == 'string' ? f.name == name : name.test(f.name)) return f
  }
  throw new Error(`${key} never reached "${name}"`)
}

/** Tab from where focus is, `count` times: the names focused on the way, with their rings checked. */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', count: number) {
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(key)
    names.push((await expectRing(page)).name)
  }
  return names
}

const open = async (page: Page, site: string, traffic: Traffic) => {
  await page.goto(site + '/')
  await page.locator('sekisho-banner').getByRole('dialog').waitFor()
  await settle(page, traffic)
}
const dialog = (page: Page) => page.locator('sekisho-banner dialog')

const FIRST_LAYER = ['言語', 'プライバシーポリシー', '外部送信に関する公表事項', 'すべて同意', 'すべて拒否', '設定']
const SWITCHES = ['機能', 'アクセス解析', '広告', 'アフィリエイト']

for (const scheme of ['light', 'dark'] as const) {
  test(`keyboard only, ${scheme}: every first-layer and dialog control, focus returns to Settings and to the corner button`, async ({
    page,
    context,
    site,
    traffic,
  }) => {
    // A long walk (some 80 key presses, each followed by a look at the focus).
    test.setTimeout(90_000)
    await page.emulateMedia({ colorScheme: scheme })
    await open(page, site, traffic)
    // The banner comes first in <body>: the first Tabs go through it, in reading order, and back.
    expect(await walk(page, 'Tab', FIRST_LAYER.length)).toEqual(FIRST_LAYER)
    expect(await walk(page, 'Shift+Tab', FIRST_LAYER.length - 1)).toEqual(FIRST_LAYER.slice(0, -1).reverse())

    // The language select by arrow keys: the layer speaks English and focus stays on the select.
    await page.keyboard.press('ArrowDown')
    await expect(
      page.locator('sekisho-banner').getByRole('dialog', { name: 'Cookies and data sent to third parties' }),
    ).toBeVisible()
    expect(await focused(page)).toMatchObject({ where: 'sekisho-banner', tag: 'select', name: 'Language' })
    await page.keyboard.press('ArrowUp')
    await expect(page.locator('sekisho-banner').getByRole('dialog', { name: 'Cookieと外部送信について' })).toBeVisible()

    // Settings by Enter: the dialog opens with focus on its title; Escape goes back to Settings.
    await pressTo(page, 'Tab', '設定')
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toBeVisible()
    expect(await focused(page)).toMatchObject({ tag: 'h2', name: 'プライバシー設定' })
    await page.keyboard.press('Escape')
    await expect(dialog(page)).toHaveCount(0)
    expect(await focused(page)).toMatchObject({ where: 'sekisho-banner', name: '設定' })
    await expectRing(page)

    // Settings by Space; Tab walks the dialog (service rows stay closed) and wraps round inside it.
    await page.keyboard.press('Space')
    await expect(dialog(page)).toBeVisible()
    const rows = await dialog(page).locator('summary').count()
    const inDialog = ['言語', '閉じる', ...SWITCHES, '選択を保存', 'すべて同意', 'すべて拒否']
    const tabs = await walk(page, 'Tab', inDialog.length + rows + 1)
    expect(tabs.slice(0, -1).filter((n) => inDialog.includes(n))).toEqual(inDialog)
    expect(tabs.at(-1)).toBe('言語')
    expect(await walk(page, 'Shift+Tab', 1)).toEqual(['すべて拒否'])
    // A service row opens with Enter, and its contents are read in place.
    const row = await pressTo(page, 'Shift+Tab', /^YouTube/)
    await page.keyboard.press('Enter')
    await expect(dialog(page).locator('details', { hasText: row.name })).toHaveAttribute('open', '')

    // Every switch by Space; the close button by Enter returns focus to Settings, keeping nothing.
    for (const name of SWITCHES) {
      await pressTo(page, 'Shift+Tab', name)
      await page.keyboard.press('Space')
      expect(await focused(page)).toMatchObject({ name, checked: true })
    }
    await pressTo(page, 'Shift+Tab', '閉じる')
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toHaveCount(0)
    expect(await focused(page)).toMatchObject({ where: 'sekisho-banner', name: '設定' })
    expect(await consentCookie(context)).toBeUndefined()

    // Again, one switch, Save by Enter: the choice is stored.
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toBeVisible()
    await pressTo(page, 'Tab', 'アクセス解析')
    expect(await focused(page)).toMatchObject({ checked: false })
    await page.keyboard.press('Space')
    await pressTo(page, 'Tab', '選択を保存')
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toHaveCount(0)
    await expect.poll(async () => (await consentCookie(context))?.purposes).toContain('analytics')

    // The corner button, last on the page: Shift+Tab from the top reaches it, Enter re-opens the
    // dialog with the choice preset, and Escape or the close button gives focus back to it.
    await page.locator('sekisho-reopen').getByRole('button').waitFor()
    expect(await pressTo(page, 'Shift+Tab', 'Cookie設定')).toMatchObject({ where: 'sekisho-reopen' })
    await expectRing(page)
    for (const close of ['Escape', '閉じる']) {
      await page.keyboard.press('Enter')
      await expect(dialog(page)).toBeVisible()
      await expect(dialog(page).getByRole('switch', { name: 'アクセス解析' })).toBeChecked()
      if (close == 'Escape') await page.keyboard.press('Escape')
      else await pressTo(page, 'Tab', close), await page.keyboard.press('Enter')
      await expect(dialog(page)).toHaveCount(0)
      expect(await focused(page)).toMatchObject({ where: 'sekisho-reopen', name: 'Cookie設定' })
    }
  })
}

for (const [key, button, purposes] of [
  ['Enter', 'すべて同意', ['necessary', 'functional', 'analytics', 'advertising', 'affiliate']],
  ['Space', 'すべて拒否', ['necessary', '!functional', '!analytics', '!advertising', '!affiliate']],
] as const) {
  test(`keyboard only: ${button} by ${key}`, async ({ page, context, site, traffic }) => {
    await open(page, site, traffic)
    await pressTo(page, 'Tab', button)
    await page.keyboard.press(key)
    await expect(page.locator('sekisho-banner').getByRole('dialog')).toHaveCount(0)
    await expect.poll(async () => (await consentCookie(context))?.purposes).toEqual(purposes)
  })
}

test('keyboard only: the YouTube placeholder is reached by Tab and loads the video by Enter', async ({
  page,
  site,
  traffic,
}) => {
  await open(page, site, traffic)
  await page.locator('sekisho-banner').getByRole('button', { name: 'すべて拒否' }).click()
  await page.locator('.sekisho-placeholder').waitFor()
  const placeholder = await pressTo(page, 'Tab', /YouTube/)
  expect(placeholder).toMatchObject({ where: 'page', tag: 'button' })
  await expectRing(page)
  await page.keyboard.press('Enter')
  await expect(page.locator('iframe.video')).toHaveAttribute('src', /youtube\.com\/embed\//)
  await expect(page.locator('.sekisho-placeholder')).toHaveCount(0)
})
