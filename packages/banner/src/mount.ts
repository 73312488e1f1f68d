// Mounts the banner in a Shadow DOM so site CSS and banner CSS never meet, and hands back controls.
// The first layer is plain DOM; the preferences dialog (Preact) is a separate module, loaded when the
// visitor heads for it, so the common path (accept or reject) never pays for the framework.
import { afterPaint, whenIdle, type Decision, type ResolvedConfig } from '@sekisho/core'
import type { NoticeModel } from '@sekisho/notice'
import { shownText } from './choice.ts'
import type { renderDialog } from './dialog/dialog.tsx'
import { firstLayer } from './first-layer/first-layer.ts'
import { deepActiveElement } from './focus/focus-trap.ts'
import type { ReceiptSummary } from './preferences/history.tsx'
import { adoptStyles } from './style/sheet.ts'
import { firstLayerText } from './text/first-layer-text.ts'
import { bannerLanguage, bannerLanguages, firstText, languageName } from './text/strings.ts'

export type BannerView = 'first' | 'preferences'

/** What the visitor chose. */
export interface BannerChoice {
  method: 'accept-all' | 'reject-all' | 'custom'
  /** Every configured purpose; required ones are always true. */
  purposes: Record<string, boolean>
  services?: Record<string, boolean>
  /** The exact wording shown when choosing (for the receipt's ui.textHash). */
  text: string
  /** The language of `text`. */
  lang: string
}

export interface BannerOptions {
  config: ResolvedConfig
  /** The current decision, to preset the switches when re-opened. */
  decision?: Decision | undefined
  /** @default the `<html lang>` if configured, else `config.languages[0]` */
  lang?: string | undefined
  /** What to open with. @default 'first' */
  view?: BannerView | undefined
  /** The notice shown inside the preferences dialog (from @sekisho/notice buildNotice); undefined
   * while it is not available yet (it is asked again on the next render). */
  notice?: ((lang: string) => NoticeModel | undefined) | undefined
  /** The visitor chose; the banner hides itself afterwards. */
  onDecision(choice: BannerChoice): void
  /** The visitor's own receipts for the dialog's history section. */
  receipts?: (() => Promise<ReceiptSummary[]>) | undefined
  /** Published external-transmission notice page. @default the first layer's notice link opens the dialog */
  noticeUrl?: string | undefined
  /** Clipboard writer for the copy-id buttons. @default navigator.clipboard.writeText */
  copy?: ((text: string) => Promise<void>) | undefined
  /** Purposes Global Privacy Control keeps off in "accept all" (consent.gpcWithheld): the first
   * layer says so in one sentence. @default [] */
  gpcWithheld?: string[] | undefined
  /** Element to hold the shadow root. @default a new `<sekisho-banner>` first in `<body>` */
  host?: HTMLElement | undefined
  /** The preferences dialog: this package's `renderDialog` as `{ renderDialog }`, or a loader of it
   * (a lazy chunk), fetched when the visitor moves towards the settings (`onApproach`) or opens the
   * dialog; it resolves undefined when the module cannot be loaded (the first layer stays). */
  dialog: BannerDialog | (() => Promise<BannerDialog | undefined>)
  /** Called when the visitor moves towards the settings (pointer over, or focus on, Settings or the
   * notice link), before the click: time to fetch what the dialog shows. */
  onApproach?: (() => void) | undefined
}

/** What the banner needs of the dialog module. */
export interface BannerDialog {
  renderDialog: typeof renderDialog
}

export interface BannerHandle {
  host: HTMLElement
  /** Shows the banner again (the re-open control, `sekisho.show()`); `decision` updates the presets. */
  show(view?: BannerView, decision?: Decision): void
  hide(): void
  /** Renders the dialog again, keeping what the visitor did (switches, language): asks `notice` anew. */
  refresh(): void
  unmount(): void
}

export function mountBanner(options: BannerOptions): BannerHandle {
  const { config } = options
  // First in <body> so keyboard users reach it first; fixed position, so nothing on the page moves.
  const host =
    options.host ?? document.body.insertBefore(document.createElement('sekisho-banner'), document.body.firstChild)
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  adoptStyles(shadow, config.ui?.theme)
  // One box per layer: the dialog's renderer owns its box only, never the first layer's nodes.
  const first = document.createElement('div')
  const second = document.createElement('div')
  shadow.replaceChildren(first, second)
  let opener: HTMLElement | undefined
  // Bumped on every show: a dialog drawn for an earlier show starts fresh (presets as they are now).
  let shown = 0
  let view: BannerView | undefined
  // Opened from the first layer: closing the dialog goes back to it.
  let fromFirst = false
  let lang = bannerLanguage(config, options.lang)
  // Switch presets: the given decision, then whatever was chosen here last.
  let presets = options.decision?.purposes
  let settings: HTMLButtonElement | undefined
  let dialog = typeof options.dialog == 'function' ? undefined : options.dialog
  let loading: Promise<BannerDialog | undefined> | undefined
  const load = () =>
    (loading ??= dialog
      ? Promise.resolve(dialog)
      : (options.dialog as () => Promise<BannerDialog | undefined>)().then(
          (d) => (dialog = d),
          () => undefined,
        ))

  const decide = (choice: BannerChoice) => {
    presets = choice.purposes
    options.onDecision(choice)
    hide()
  }
  /** The language switch, when more than one language is offered; changing it redraws what shows. */
  const switcher = () => {
    const languages = bannerLanguages(config)
    if (languages.length < 2) return undefined
    const select = document.createElement('select')
    select.setAttribute('aria-label', firstText(config, lang).language)
    for (const l of languages) select.add(Object.assign(new Option(languageName(config, l), l), { lang: l }))
    select.value = lang
    select.onchange = () => {
      lang = select.value
      draw()
      // The redrawn layer has a new switch: keyboard focus stays on the switch.
      shadow.querySelector('select')?.focus()
    }
    return select
  }
  const drawFirst = () => {
    const text = firstLayerText(config, lang, { gpcWithheld: options.gpcWithheld })
    const drawn = firstLayer({
      t: text,
      lang,
      policyUrl: config.controller.policyUrl,
      noticeUrl: options.noticeUrl,
      center: config.ui?.position === 'center',
      switcher: switcher(),
      // Not in the pointer's own event: inserting the parts' scripts there held up the click that
      // follows at once (INP 136 ms at 4× CPU); when idle, the click goes first.
      onApproach: () =>
        whenIdle(() => {
          void load()
          options.onApproach?.()
        }),
      onChoice(choice) {
        // The press paints first; the dialog (a Preact render, tens of ms on a slow phone) in the
        // frame after, so the click's latency (INP) is not the render's.
        if (choice == 'settings') return void afterPaint(() => open('preferences', true))
        const purposes = Object.fromEntries(config.purposes.map((p) => [p.id, !!p.required || choice == 'accept-all']))
        decide({ method: choice, purposes, text: shownText(drawn.layer), lang })
      },
    })
    settings = drawn.settings
    first.replaceChildren(drawn.layer)
  }
  const drawDialog = (d: BannerDialog) =>
    d.renderDialog(second, {
      key: shown,
      o: options,
      lang,
      presets,
      switcher: switcher(),
      decide,
      close() {
        if (!fromFirst) return hide()
        // Back to the first layer (no decision yet): focus returns to the button that opened the dialog.
        open('first')
        settings?.focus()
      },
    })
  const draw = () => {
    if (view == 'first') drawFirst()
    else if (view == 'preferences' && dialog) drawDialog(dialog)
  }
  // Drawn again through Preact's diff: the dialog keeps focus and state. The first layer does not
  // depend on the notice, and redrawing it would move focus.
  const refresh = () => void (view == 'preferences' && dialog && drawDialog(dialog))
  const open = (next: BannerView, fromFirstLayer = false) => {
    fromFirst = fromFirstLayer
    if (next == 'first') {
      dialog?.renderDialog(second, undefined)
      view = 'first'
      return drawFirst()
    }
    const at = shown
    const ready = (d: BannerDialog | undefined) => {
      // Shown anew, hidden, or a decision made while it loaded: that wins.
      if (!d || at != shown || !view) return
      view = 'preferences'
      first.replaceChildren()
      drawDialog(d)
    }
    // Synchronous when the module is at hand: a first layer's click has already painted (above).
    if (dialog) ready(dialog)
    else void load().then(ready)
  }
  const hide = () => {
    view = undefined
    first.replaceChildren()
    dialog?.renderDialog(second, undefined)
    // Focus goes back to what opened the banner (the re-open button), if it is still there.
    if (opener?.isConnected) opener.focus()
    opener = undefined
  }
  const show = (next: BannerView = 'first', decision?: Decision) => {
    if (decision) presets = decision.purposes
    const active = deepActiveElement()
    // Nothing focused yet (the page's <body>): nothing to return to, and focusing <body> on hide
    // would force a style and layout inside the visitor's click (INP).
    if (active != document.body && !host.contains(active!) && !shadow.contains(active!)) opener = active
    shown++
    // Something must show while a dialog loads: a first layer on screen stays until the dialog replaces it.
    view ??= next
    open(next)
  }
  show(options.view)
  return {
    host,
    show,
    hide,
    refresh,
    unmount() {
      hide()
      host.remove()
    },
  }
}
