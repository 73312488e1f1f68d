// The banner part, loaded only when needed: checks the config the head could not afford to check and
// asks the visitor. It receives everything from createSekisho; the receipts part records each decision.
import { mountBanner, type BannerHandle, type BannerView } from '@sekisho/banner'
import { formatConfigErrors, validateConfig, type Consent, type Decision, type ResolvedConfig } from '@sekisho/core'
import type { GateCatalog } from './create-sekisho.ts'
import type { NoticePart } from './notice.ts'
import type { ReceiptsPart, Shown } from './receipts.ts'

export type { BannerView }

/** What createSekisho hands the banner part. */
export interface BannerWiring {
  config: ResolvedConfig
  consent: Consent
  /** The config's JSON text, for the full validation. */
  text: string
  catalog: GateCatalog
  /** Whether this browser already checked this exact config. */
  checked: boolean
  /** The config is valid: remember it, and let the gate apply the decision. */
  verified(): void
  receipts(): Promise<ReceiptsPart>
  /** The notice part (loaded once). */
  notice(): Promise<NoticePart | undefined>
  /** The wording of the view the next decision is made in, for its receipt. */
  shown(shown: Shown): void
}

export interface BannerPart {
  open(view: BannerView): void
}

/** Whether a decision grants anything beyond the required purposes. */
const granted = (config: ResolvedConfig, decision: Decision | undefined) =>
  !!decision && config.purposes.some((p) => !p.required && decision.purposes[p.id])

/** Checks the config (undefined when it has errors: every tag stays held) and returns the banner's opener. */
export function startBanner(wiring: BannerWiring): BannerPart | undefined {
  const { config, consent } = wiring
  // The head holds every tag until the config is known to be valid in this browser.
  if (!wiring.checked) {
    let result: ReturnType<typeof validateConfig>
    try {
      result = validateConfig(JSON.parse(wiring.text), wiring.catalog, { trustCatalog: true })
    } catch (err) {
      result = { ok: false, errors: [{ path: '(config)', message: `not valid JSON: ${(err as Error).message}` }] }
    }
    if (!result.ok) {
      console.error('[sekisho] the config has errors; every tag stays held:\n' + formatConfigErrors(result.errors))
      document.dispatchEvent(new CustomEvent('sekisho:error', { detail: { errors: result.errors } }))
      return
    }
    wiring.verified()
  }

  let banner: BannerHandle | undefined
  let notice: NoticePart | undefined
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
      onDecision(choice) {
        // Each decision goes to the receipts part with the wording it was made in.
        wiring.shown({ text: choice.text, lang: choice.lang })
        if (choice.method == 'accept-all') consent.acceptAll()
        // Rejecting everything after having granted something is a withdrawal (ISO/IEC TS 27560's
        // "withdrawn" state): receipts and exports tell it apart from a first refusal.
        else if (choice.method == 'reject-all')
          consent.rejectAll(granted(config, consent.getConsent()) ? 'withdraw' : 'reject-all')
        else consent.setConsent(choice.purposes, { services: choice.services, method: 'custom' })
      },
    })
    // The notice part (the catalog's prose, ~10 KB gzip) is needed only once the visitor heads
    // for the settings: fetch it on the first pointer or keyboard move into the banner rather than
    // with every first layer, so a visitor who just accepts or rejects never downloads it.
    // A dialog opened before it arrived is drawn again with the notice rows.
    const prefetch = () => void noticePart().then((n) => ((notice = n), banner!.refresh()))
    if (!notice)
      for (const type of ['pointerover', 'focusin']) banner.host.addEventListener(type, prefetch, { once: true })
  }
  const body = new Promise<void>((resolve) =>
    document.body ? resolve() : document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  )
  return { open: (view) => void body.then(() => open(view)) }
}
