import { expect } from 'chai'
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands'
import type { Decision } from '@sekisho/core'
import { renderDialog } from './dialog/index.ts'
import { mountReopen, type BannerDialog } from './index.ts'
import { button, focused, mountForTest, testConfig, testNotice } from './testing/fixtures.ts'

const decision: Decision = {
  revision: '2026-11-01',
  time: 0,
  purposes: { necessary: true, analytics: true, advertising: false },
  services: {},
  subject: 's',
  method: 'custom',
}
/** Resolves after the page's next idle period (where whenIdle's work has run). */
const idle = () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve)))
/** Waits frame by frame (at most ~1 s) for `check` to return something truthy. */
async function until<T>(check: () => T): Promise<NonNullable<T>> {
  for (let i = 0; i < 60; i++) {
    const value = check()
    if (value) return value
    await new Promise(requestAnimationFrame)
  }
  throw new Error(`never true: ${check}`)
}
const checkboxes = (shadow: ShadowRoot) => [...shadow.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]

describe('mountBanner', () => {
  let cleanup: Array<() => void> = []
  beforeEach(() => {
    document.documentElement.lang = 'ja'
  })
  afterEach(async () => {
    for (const c of cleanup) c()
    cleanup = []
    await setViewport({ width: 800, height: 600 })
  })
  const mount = (...args: Parameters<typeof mountForTest>) => {
    const m = mountForTest(...args)
    cleanup.push(() => m.banner.unmount())
    return m
  }

  it('offers accept, reject and settings as three equal buttons on the first layer', () => {
    const { shadow } = mount()
    const buttons = [...shadow.querySelectorAll('.b button')] as HTMLElement[]
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['すべて同意', 'すべて拒否', '設定'])
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b)
      return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderTopWidth, b.offsetHeight, b.offsetWidth]
    }
    expect(look(buttons[1]!)).to.deep.equal(look(buttons[0]!))
    expect(look(buttons[2]!)).to.deep.equal(look(buttons[0]!))
    expect(shadow.querySelector('a')!.getAttribute('href')).to.equal('https://example.jp/privacy')
  })

  it('accept all grants every purpose and reports the exact text shown', () => {
    const { banner, shadow, choices } = mount()
    const layer = shadow.querySelector<HTMLElement>('.l')!
    const shown = layer.innerText
    const expected = [...layer.querySelectorAll<HTMLElement>('.t')].map((e) => e.innerText.trim()).join('\n')
    button(shadow, 'すべて同意').click()
    expect(choices).to.have.length(1)
    const c = choices[0]!
    expect(c.method).to.equal('accept-all')
    expect(c.purposes).to.deep.equal({ necessary: true, analytics: true, advertising: true })
    expect(c.lang).to.equal('ja')
    expect(c.text).to.equal(expected)
    for (const part of [
      'Cookieと外部送信について',
      '必須のもの以外は同意があるまで送信しません',
      'プライバシーポリシー',
      'すべて同意',
      'すべて拒否',
      '設定',
    ]) {
      expect(c.text).to.contain(part)
      expect(shown).to.contain(part)
    }
    expect(shadow.querySelector('.l') === null, 'hidden after the decision').to.equal(true)
    expect(banner.host.isConnected).to.equal(true)
  })

  it('reject all refuses everything but the required purpose', () => {
    const { shadow, choices } = mount()
    button(shadow, 'すべて拒否').click()
    expect(choices[0]).to.include({ method: 'reject-all', lang: 'ja' })
    expect(choices[0]!.purposes).to.deep.equal({ necessary: true, analytics: false, advertising: false })
  })

  it('opens the dialog with nothing pre-ticked; keyboard toggles and Save report custom choices', async () => {
    const { shadow, choices } = mount()
    button(shadow, '設定').click()
    const dialog = await until(() => shadow.querySelector('dialog'))
    expect(dialog.open).to.equal(true)
    const boxes = checkboxes(shadow)
    expect(boxes.map((b) => [b.checked, b.disabled])).to.deep.equal([
      [true, true],
      [false, false],
      [false, false],
    ])
    // Real keys: Tab until the analytics switch has focus, then Space.
    for (let i = 0; i < 10 && focused(shadow) !== boxes[1]; i++) await sendKeys({ press: 'Tab' })
    expect(focused(shadow) === boxes[1], 'analytics switch focused').to.equal(true)
    await sendKeys({ press: 'Space' })
    expect(boxes[1]!.checked).to.equal(true)
    const text = [...dialog.querySelectorAll<HTMLElement>('.t')].map((e) => e.innerText.trim()).join('\n')
    button(shadow, '選択を保存').click()
    expect(choices).to.have.length(1)
    expect(choices[0]).to.deep.equal({
      method: 'custom',
      purposes: { necessary: true, analytics: true, advertising: false },
      text,
      lang: 'ja',
    })
    expect(text).to.contain('アクセス解析').and.contain('選択を保存').and.contain('プライバシー設定')
  })

  it('accept all and reject all in the dialog override the switches', async () => {
    for (const [label, expected] of [
      ['すべて同意', true],
      ['すべて拒否', false],
    ] as const) {
      const { shadow, choices } = mount({ view: 'preferences' })
      checkboxes(shadow)[2]!.click()
      button(shadow, label).click()
      expect(choices[0]!.purposes).to.deep.equal({ necessary: true, analytics: expected, advertising: expected })
    }
  })

  it('shows the notice rows per purpose: recipient, information, purposes, country, retention, links', () => {
    const { shadow } = mount({ view: 'preferences' })
    const details = shadow.querySelector('details')!
    expect(details.closest('section')!.textContent).to.contain('アクセス解析')
    expect(details.querySelector('summary')!.textContent).to.equal('Google Analytics — Google LLC')
    details.open = true
    const dl = details.querySelector('dl')!.innerText
    for (const part of [
      '送信先',
      'Google LLC',
      '閲覧したページのURL、Cookie ID',
      'サービスの提供と改善',
      'アメリカ合衆国 (US)',
      '14か月',
    ])
      expect(dl).to.contain(part)
    expect([...details.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://policies.google.com/privacy',
      'https://tools.google.com/dlpage/gaoptout',
    ])
  })

  it('refresh() shows a notice that arrived after the dialog opened, keeping the switches and language', async () => {
    let ready = false
    const { banner, shadow } = mount({ notice: (lang) => (ready ? testNotice(lang) : undefined) })
    button(shadow, '設定').click()
    await until(() => shadow.querySelector('dialog'))
    expect(shadow.querySelector('details')).to.equal(null)
    checkboxes(shadow)[1]!.click()
    const select = shadow.querySelector('select')!
    select.value = 'en'
    select.dispatchEvent(new Event('change'))
    await until(() => shadow.querySelector('h2')!.textContent === 'Privacy settings')
    ready = true
    banner.refresh()
    expect(shadow.querySelector('details summary')!.textContent).to.equal('Google Analytics — Google LLC')
    expect(checkboxes(shadow)[1]!.checked).to.equal(true)
    expect(shadow.querySelector('h2')!.textContent).to.equal('Privacy settings')
    banner.hide()
    banner.refresh()
    // Hidden stays hidden: nothing drawn, only the two empty layer boxes.
    expect(shadow.querySelector('.l, dialog')).to.equal(null)
    expect(shadow.textContent).to.equal('')
  })

  it('traps Tab and Shift+Tab inside the dialog', async function () {
    // 50 key presses, each a round trip to the test runner's browser driver: on a loaded machine
    // they outlast the default 10 s.
    this.timeout(40_000)
    const { shadow } = mount({ view: 'preferences' })
    const dialog = shadow.querySelector('dialog')!
    const seen = new Set<Element>()
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' })
      const el = focused(shadow)
      expect(el && dialog.contains(el), `Tab ${i} left the dialog`).to.equal(true)
      seen.add(el!)
    }
    expect(seen.size).to.be.greaterThan(5)
    // Keyboard focus is visible: a 3px outline on whatever has it.
    const ring = getComputedStyle(focused(shadow)!)
    expect([ring.outlineStyle, ring.outlineWidth]).to.deep.equal(['solid', '3px'])
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Shift+Tab' })
      expect(dialog.contains(focused(shadow)), `Shift+Tab ${i} left the dialog`).to.equal(true)
    }
  })

  it('Escape closes the dialog back to the first layer and returns focus to Settings', async () => {
    const { shadow, choices } = mount()
    button(shadow, '設定').focus()
    await sendKeys({ press: 'Enter' })
    expect(shadow.querySelector('dialog')?.open).to.equal(true)
    expect(shadow.querySelector('dialog')!.contains(focused(shadow)), 'focus moved into the dialog').to.equal(true)
    await sendKeys({ press: 'Escape' })
    expect(shadow.querySelector('dialog') === null, 'dialog gone').to.equal(true)
    expect(await until(() => focused(shadow) === button(shadow, '設定')), 'focus back on Settings').to.equal(true)
    expect(choices).to.deep.equal([], 'closing is not a decision')
  })

  it('re-opened from the corner button: presets from the decision, Escape hides and focuses the button again', async () => {
    const { banner, shadow } = mount({ view: 'preferences', decision })
    banner.hide()
    const reopen = mountReopen({ lang: 'ja', onOpen: () => banner.show('preferences') })
    cleanup.push(reopen.unmount)
    const corner = document.querySelector('sekisho-reopen')!.shadowRoot!.querySelector('button')!
    corner.focus()
    await sendKeys({ press: 'Enter' })
    expect(checkboxes(shadow).map((b) => b.checked)).to.deep.equal([true, true, false])
    await sendKeys({ press: 'Escape' })
    expect(shadow.querySelector('dialog') === null, 'dialog gone').to.equal(true)
    expect(
      await until(() => document.querySelector('sekisho-reopen')!.shadowRoot!.activeElement === corner),
      'focus back on the corner button',
    ).to.equal(true)
  })

  it('on a first visit (nothing focused) a decision focuses nothing: no forced layout in the click', () => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    const { shadow } = mount()
    const focusedOn: Element[] = []
    const focus = HTMLElement.prototype.focus
    HTMLElement.prototype.focus = function (this: HTMLElement, ...args) {
      focusedOn.push(this)
      return focus.apply(this, args)
    }
    try {
      button(shadow, 'すべて拒否').click()
    } finally {
      HTMLElement.prototype.focus = focus
    }
    expect(focusedOn.map((e) => e.tagName)).to.deep.equal([])
  })

  it('a later show() presets from the choice made here', () => {
    const { banner, shadow } = mount({ view: 'preferences' })
    checkboxes(shadow)[2]!.click()
    button(shadow, '選択を保存').click()
    banner.show('preferences')
    expect(checkboxes(shadow).map((b) => b.checked)).to.deep.equal([true, false, true])
  })

  it('speaks the page language, switches language inside the banner and reports it', async () => {
    document.documentElement.lang = 'en-US'
    const { shadow, choices } = mount()
    expect(shadow.querySelector('h2')!.textContent).to.equal('Cookies and data sent to third parties')
    const select = shadow.querySelector('select')!
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['日本語', 'English'])
    select.value = 'ja'
    select.dispatchEvent(new Event('change'))
    await new Promise(requestAnimationFrame)
    expect(shadow.querySelector('h2')!.textContent).to.equal('Cookieと外部送信について')
    button(shadow, 'すべて拒否').click()
    expect(choices[0]!.lang).to.equal('ja')
    expect(choices[0]!.text).to.contain('すべて拒否').and.not.contain('Reject all')
  })

  it('takes operator wording from ui.text and purpose labels from the config', () => {
    const config = testConfig({
      ui: { text: { ja: { title: '当社のCookie方針', acceptAll: '同意する' } } },
      purposes: [
        { id: 'necessary', required: true },
        { id: 'analytics', label: { ja: '統計', en: 'Stats' } },
        { id: 'advertising' },
      ],
    })
    const { shadow } = mount({ config, view: 'preferences' })
    expect([...shadow.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal([
      '必須 — 常に有効',
      '統計',
      '広告',
    ])
    expect(button(shadow, '同意する')).to.be.an.instanceOf(HTMLButtonElement)
    expect(shadow.querySelector('section p')!.textContent).to.equal('サイトの提供に必要です。')
  })

  it('escapes hostile config text but keeps https links and emphasis', () => {
    const body =
      'A <img src=x onerror="window.__pwned=1"> B <a href="javascript:alert(1)">evil</a> <a href="https://example.jp/p">good</a> <strong>bold</strong> <script>window.__pwned=2</script>'
    const config = testConfig({ ui: { text: { ja: { body } } } })
    const { shadow } = mount({ config })
    const p = shadow.querySelectorAll('p')[0]!
    expect(p.querySelector('img,script') === null, 'no img or script element').to.equal(true)
    expect(p.textContent).to.contain('<img src=x onerror="window.__pwned=1">').and.contain('<script>')
    const links = [...p.querySelectorAll('a')]
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([['https://example.jp/p', 'good']])
    expect(p.textContent).to.contain('evil')
    expect(p.querySelector('strong')!.textContent).to.equal('bold')
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined)
  })

  it('keeps site CSS out and uses no <style> element or style attribute (strict CSP)', () => {
    const site = document.head.appendChild(document.createElement('style'))
    site.textContent = 'button{font-size:2em!important;color:red!important} *{font-family:serif} h2{display:none}'
    cleanup.push(() => site.remove())
    const { shadow } = mount()
    const b = button(shadow, 'すべて同意')
    expect(getComputedStyle(b).fontSize).to.equal('15px')
    expect(getComputedStyle(b).color).to.not.equal('rgb(255, 0, 0)')
    expect(getComputedStyle(shadow.querySelector('h2')!).display).to.equal('block')
    expect(shadow.querySelectorAll('style,[style]')).to.have.length(0)
    expect(shadow.adoptedStyleSheets).to.have.length(1)
  })

  it("brings the dialog's styles with the dialog: one sheet for the first layer, one more once, for the dialog", async () => {
    const { shadow } = mount()
    const rules = () => shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    expect(shadow.adoptedStyleSheets).to.have.length(1)
    expect(rules().filter((r) => /switch|backdrop|details/.test(r))).to.deep.equal([])
    for (let i = 0; i < 2; i++) {
      button(shadow, '設定').click()
      await until(() => shadow.querySelector('dialog'))
      expect(shadow.adoptedStyleSheets).to.have.length(2)
      button(shadow, '閉じる').click()
    }
    expect(rules().filter((r) => /switch/.test(r)).length).to.be.greaterThan(0)
  })

  it('draws on/off switches, an icon close button with its name and the language switch on the title line', async () => {
    const { shadow } = mount()
    const title = shadow.querySelector('h2')!.getBoundingClientRect()
    const select = shadow.querySelector('select')!.getBoundingClientRect()
    expect(select.top).to.be.below(title.bottom)
    expect(select.left).to.be.above(title.left)
    button(shadow, '設定').click()
    await until(() => shadow.querySelector('dialog'))
    const [necessary, analytics] = checkboxes(shadow)
    const box = analytics!.getBoundingClientRect()
    expect([box.width, box.height]).to.deep.equal([44, 24])
    expect(getComputedStyle(analytics!).appearance).to.equal('none')
    const off = getComputedStyle(analytics!).backgroundImage
    analytics!.click()
    expect(getComputedStyle(analytics!).backgroundImage).to.not.equal(off)
    expect(getComputedStyle(necessary!).opacity).to.equal('0.5')
    // The close button shows a glyph that assistive technology skips, and is named by aria-label.
    const close = button(shadow, '閉じる')
    expect(close.textContent).to.equal('×')
    expect(close.querySelector('[aria-hidden=true]')).to.not.equal(null)
    const target = close.getBoundingClientRect()
    expect([target.width, target.height]).to.deep.equal([44, 44])
  })

  it('applies --sekisho-* theme values from the config', () => {
    const { shadow } = mount({
      config: testConfig({ ui: { theme: { '--sekisho-accent': 'rgb(1, 2, 3)', color: 'red' } } }),
    })
    expect(getComputedStyle(button(shadow, '設定')).backgroundColor).to.equal('rgb(1, 2, 3)')
    expect((shadow.host as HTMLElement).style.color).to.equal('')
  })

  it('mounting shifts nothing on the page (fixed overlay, CLS 0)', async () => {
    const page = document.body.appendChild(document.createElement('main'))
    page.innerHTML = '<h1>Page</h1><p>Content that must not move.</p>'
    cleanup.push(() => page.remove())
    const shifts: number[] = []
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value)),
    )
    observer.observe({ type: 'layout-shift' })
    cleanup.push(() => observer.disconnect())
    const before = page.getBoundingClientRect().toJSON()
    const { shadow } = mount()
    await new Promise(requestAnimationFrame)
    await new Promise(requestAnimationFrame)
    expect(page.getBoundingClientRect().toJSON()).to.deep.equal(before)
    expect(getComputedStyle(shadow.querySelector('.l')!).position).to.equal('fixed')
    shifts.push(...observer.takeRecords().map((e) => (e as PerformanceEntry & { value: number }).value))
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0)
  })

  it('stacks the buttons on a phone-sized viewport and stays on screen', async () => {
    await setViewport({ width: 360, height: 640 })
    const { shadow } = mount()
    const layer = shadow.querySelector('.l')!.getBoundingClientRect()
    expect(layer.left).to.be.at.least(0)
    expect(layer.right).to.be.at.most(360)
    expect(layer.bottom).to.be.at.most(640)
    const rects = [...shadow.querySelectorAll('.b button')].map((b) => b.getBoundingClientRect())
    expect(rects[1]!.top).to.be.greaterThan(rects[0]!.top)
    expect(rects[0]!.width).to.be.greaterThan(300)
  })

  it('fades in, except under prefers-reduced-motion', async () => {
    const first = mount()
    expect(first.shadow.querySelector('.l')!.getAnimations().length).to.equal(1)
    first.banner.unmount()
    await emulateMedia({ reducedMotion: 'reduce' })
    try {
      const { shadow } = mount()
      expect(shadow.querySelector('.l')!.getAnimations().length).to.equal(0)
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' })
    }
  })

  it("lists the visitor's receipts and copies an id", async () => {
    const copied: string[] = []
    const receipts = async () => [
      {
        id: 'r-123',
        timestamp: '2026-11-01T00:00:00Z',
        method: 'custom',
        purposes: [
          { id: 'analytics', granted: true },
          { id: 'advertising', granted: false },
        ],
      },
    ]
    const { shadow } = mount({ view: 'preferences', receipts, copy: async (t) => void copied.push(t) })
    const item = await until(() => shadow.querySelector('li'))
    expect(item.querySelector('code')!.textContent).to.equal('r-123')
    expect(item.textContent)
      .to.contain('✓ アクセス解析')
      .and.contain('✗ 広告')
      .and.contain('個別に選択')
      .and.not.contain('custom')
    button(shadow, 'IDをコピー').click()
    await until(() => copied.length)
    expect(copied).to.deep.equal(['r-123'])
    await until(() => shadow.querySelector('li button')!.textContent === 'コピーしました')
    expect(button(shadow, 'コピーしました')).to.be.an.instanceOf(HTMLButtonElement)
  })

  it('names each copy button with its id, and selects the id where the clipboard is refused', async () => {
    const receipts = async () => [
      { id: 'r-1', timestamp: '2026-11-01T00:00:00Z', method: 'accept-all', purposes: [] },
      { id: 'r-2', timestamp: '2026-11-02T00:00:00Z', method: 'withdraw', purposes: [] },
    ]
    const refused = async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError')
    }
    const { shadow } = mount({ view: 'preferences', receipts, copy: refused, lang: 'en' })
    await until(() => shadow.querySelectorAll('li button').length === 2)
    const buttons = [...shadow.querySelectorAll<HTMLButtonElement>('li button')]
    // The visible words are part of the name (WCAG 2.5.3), the id says which receipt.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Copy ID r-1', 'Copy ID r-2'])
    buttons[1]!.click()
    await until(() => buttons[1]!.textContent === 'Selected: press Ctrl+C to copy')
    expect(buttons[1]!.getAttribute('aria-label')).to.equal('Selected: press Ctrl+C to copy r-2')
    // (Compared as a boolean: chai would print DOM nodes at length on a mismatch.)
    expect(getSelection()!.getRangeAt(0).startContainer === buttons[1]!.previousElementSibling).to.equal(true)
    expect(getSelection()!.getRangeAt(0).toString()).to.equal('r-2')
  })

  it('loads the dialog only when the visitor heads for it; the first layer stays until it is there', async () => {
    let release!: (m: BannerDialog | undefined) => void
    let loads = 0
    const dialog = () => (loads++, new Promise<BannerDialog | undefined>((r) => (release = r)))
    const { shadow } = mount({ dialog })
    // A first layer that is never approached never loads the dialog.
    expect(loads).to.equal(0)
    expect(shadow.querySelector('.l')).not.to.equal(null)
    // Accept and reject are not the way to the dialog: the pointer over them fetches nothing.
    button(shadow, 'すべて同意').dispatchEvent(new Event('pointerover', { bubbles: true }))
    await idle()
    expect(loads).to.equal(0)
    // Heading for Settings fetches it ahead of the click (when the page is idle, not in the pointer's
    // event, so that a click following at once goes first); the click does not fetch it again.
    button(shadow, '設定').dispatchEvent(new Event('pointerover', { bubbles: true }))
    expect(loads, 'nothing inserted inside the pointer event').to.equal(0)
    await idle()
    expect(loads).to.equal(1)
    button(shadow, '設定').click()
    // The click's work runs after its frame (afterPaint): wait past that.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
    expect(loads).to.equal(1)
    expect(shadow.querySelector('.l'), 'first layer kept while loading').not.to.equal(null)
    expect(shadow.querySelector('dialog')).to.equal(null)
    release({ renderDialog })
    await until(() => shadow.querySelector('dialog'))
    expect(shadow.querySelector('.l')).to.equal(null)
  })

  it('paints the Settings click before drawing the dialog: the render is not part of the click (INP)', async () => {
    // The dialog module at hand (prefetched when the pointer reached Settings): the slow case.
    const { shadow } = mount()
    button(shadow, '設定').click()
    // (Elements are compared as booleans: the reporter cannot serialize one.)
    expect(shadow.querySelector('dialog') === null, 'not drawn inside the click').to.equal(true)
    expect(shadow.querySelector('.l') !== null, 'the first layer stays for that frame').to.equal(true)
    // The frame the click paints (a callback registered now runs in it) still shows the first layer.
    const inFrame = await new Promise((r) => requestAnimationFrame(() => r(shadow.querySelector('dialog'))))
    expect(inFrame === null, 'not drawn before that frame painted').to.equal(true)
    expect((await until(() => shadow.querySelector('dialog'))).open).to.equal(true)
    expect(shadow.querySelector('.l') === null, 'the dialog replaced the first layer').to.equal(true)
  })

  it('keeps the first layer, working, when the dialog cannot be loaded', async () => {
    const { shadow, choices } = mount({ dialog: () => Promise.resolve(undefined) })
    button(shadow, '設定').click()
    await new Promise(requestAnimationFrame)
    expect(shadow.querySelector('dialog')).to.equal(null)
    button(shadow, 'すべて拒否').click()
    expect(choices.map((c) => c.method)).to.deep.equal(['reject-all'])
  })

  it('unmount removes everything', () => {
    const { banner } = mount()
    banner.unmount()
    expect(banner.host.isConnected).to.equal(false)
    expect(document.querySelector('sekisho-banner') === null, 'host removed').to.equal(true)
  })
})
