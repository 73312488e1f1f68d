// Mounts the banner in a Shadow DOM so site CSS and banner CSS never meet, and hands back controls.
import { render } from 'preact'
import type { Decision, ResolvedConfig } from '@sekisho/core'
import type { NoticeModel } from '@sekisho/notice'
import { Banner } from './banner.tsx'
import { deepActiveElement } from './focus/focus-trap.ts'
import type { ReceiptSummary } from './preferences/history.tsx'
import { adoptStyles } from './style/sheet.ts'

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
}

export interface BannerHandle {
  host: HTMLElement
  /** Shows the banner again (the re-open control, `sekisho.show()`); `decision` updates the presets. */
  show(view?: BannerView, decision?: Decision): void
  hide(): void
  /** Renders again, keeping what the visitor did (view, language, switches): asks `notice` anew. */
  refresh(): void
  unmount(): void
}

export function mountBanner(options: BannerOptions): BannerHandle {
  // First in <body> so keyboard users reach it first; fixed position, so nothing on the page moves.
  const host =
    options.host ?? document.body.insertBefore(document.createElement('sekisho-banner'), document.body.firstChild)
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  adoptStyles(shadow, options.config.ui?.theme)
  let opener: HTMLElement | undefined
  let shown = 0
  // Switch presets: the given decision, then whatever was chosen here last.
  let presets = options.decision?.purposes
  let view: BannerView | undefined
  const o: BannerOptions = {
    ...options,
    onDecision(choice) {
      presets = choice.purposes
      options.onDecision(choice)
    },
  }
  // The same key keeps the component and its state; a new one starts fresh.
  const draw = () => view && render(<Banner key={shown} o={o} presets={presets} view={view} done={hide} />, shadow)
  const hide = () => {
    view = undefined
    render(null, shadow)
    // Focus goes back to what opened the dialog (the re-open button), if it is still there.
    if (opener?.isConnected) opener.focus()
    opener = undefined
  }
  const show = (next: BannerView = 'first', decision?: Decision) => {
    if (decision) presets = decision.purposes
    const active = deepActiveElement()
    if (!host.contains(active!) && !shadow.contains(active!)) opener = active
    // A new key starts fresh state: switches preset from the decision as it is now.
    view = next
    shown++
    draw()
  }
  show(options.view)
  return {
    host,
    show,
    hide,
    refresh: draw,
    unmount() {
      hide()
      host.remove()
    },
  }
}
