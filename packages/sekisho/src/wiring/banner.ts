// The banner part, loaded only when the visitor must be asked, once the config is checked (baked by
// `sekisho bundle`, structurally by createSekisho, fully by the check part in development). It receives everything from createSekisho; the receipts part records each decision.
import { mountBanner, type BannerDialog, type BannerHandle, type BannerView } from '@sekisho/banner'
import { afterPaint, type Consent, type Decision, type ResolvedConfig } from '@sekisho/core'
import type { NoticePart } from './notice.ts'
import type { ReceiptsPart, Shown } from './receipts.ts'

export type { BannerView }

/** What createSekisho hands the banner part (once the config is checked). */
export interface BannerWiring {
  config: ResolvedConfig
  consent: Consent
  receipts(): Promise<ReceiptsPart>
  /** The notice part (loaded once). */
  notice(): Promise<NoticePart | undefined>
  /** The dialog part (Preact; loaded once, when the visitor heads for the settings). */
  dialog(): Promise<BannerDialog | undefined>
  /** The wording of the view the next decision is made in, for its receipt. */
  shown(shown: Shown): void
}

export interface BannerPart {
  open(view: BannerView): void
  /** Applies a banner decision still waiting for its paint: one the site's code makes next comes after it. */
  flush(): void
}

/** Whether a decision grants anything beyond the required purposes. */
const granted = (config: ResolvedConfig, decision: Decision | undefined) =>
  !!decision && config.purposes.some((p) => !p.required && decision.purposes[p.id])

/** Returns the banner's opener. */
export function startBanner(wiring: BannerWiring): BannerPart {
  const { config, consent } = wiring
  let banner: BannerHandle | undefined
  let notice: NoticePart | undefined
  let approached: Promise<void> | undefined
  let waiting: (() => void) | undefined
  /** The notice part, fetched when the visitor moves into the banner; a dialog opens without it after 3 s. */
  const noticePart = () =>
    Promise.race([wiring.notice(), new Promise<undefined>((resolve) => setTimeout(resolve, 3000))])
  const open = async (view: BannerView) => {
    // The dialog doubles as the external-transmission notice: it needs the notice part.
    if (view == 'preferences') notice ??= await noticePart()
    if (banner) return banner.show(view, consent.getConsent())
    banner = mountBanner({
      config,
      decision: consent.getConsent(),
      view,
      notice: (lang) => notice?.notice(lang),
      receipts: () => wiring.receipts().then((r) => r.history()),
      gpcWithheld: consent.gpcWithheld,
      dialog: wiring.dialog,
      // The notice part (the catalog's prose, ~14 KB gzip) is needed only once the visitor heads
      // for the settings: fetched when the pointer or focus reaches Settings (or the notice link),
      // so a visitor who just accepts or rejects never downloads it, nor the dialog part.
      // A dialog opened before it arrived is drawn again with the notice rows.
      onApproach: () =>
        void (approached ||= noticePart().then((n) => {
          notice = n
          banner?.refresh()
        })),
      onDecision: (choice) => {
        waiting?.()
        // The banner closes in the click's own frame; the decision and all it sets off come after that paint.
        waiting = afterPaint(() => {
          // Each decision goes to the receipts part with the wording it was made in.
          wiring.shown({ text: choice.text, lang: choice.lang })
          if (choice.method == 'accept-all') consent.acceptAll()
          // Rejecting everything after having granted something is a withdrawal (ISO/IEC TS 27560's
          // "withdrawn" state): receipts and exports tell it apart from a first refusal.
          else if (choice.method == 'reject-all')
            consent.rejectAll(granted(config, consent.getConsent()) ? 'withdraw' : 'reject-all')
          else consent.setConsent(choice.purposes, { services: choice.services, method: 'custom' })
        })
      },
    })
  }
  // A decision made by the site's code (window.sekisho, a framework hook) answers the banner too: it
  // closes as it does for its own buttons (which closed it already: hiding again changes nothing).
  consent.onChange((decision) => {
    if (decision) banner?.hide()
  })
  const body = new Promise<void>((resolve) =>
    document.body ? resolve() : document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  )
  return { open: (view) => void body.then(() => open(view)), flush: () => waiting?.() }
}
