// The lazy banner chunk, loaded by the head only when the visitor must be asked, once the config is
// checked (baked by `sekisho bundle`, structurally by the head, fully by the check chunk in
// development); the receipts chunk records each decision.
import { mountBanner, type BannerHandle, type BannerView } from '@sekisho/banner'
import type { Decision } from '@sekisho/core'
import { afterPaint } from './after-paint.ts'
import type { HeadInternals } from './start-head.ts'
import type { NoticeChunk } from './notice-chunk.ts'

const api = window.sekisho
const head = api._

/**
 * A lazy chunk's API (`head[name]`) once it has run, which it announces with `sekisho:<name>`.
 * `giveUp` (ms) resolves undefined for a chunk that does not arrive, so the UI never waits on it.
 */
function chunk<K extends 'notice' | 'receipts'>(name: K, giveUp?: number): Promise<HeadInternals[K]> {
  if (head[name]) return Promise.resolve(head[name])
  head.load(name)
  return new Promise((resolve) => {
    const done = () => resolve(head[name])
    document.addEventListener('sekisho:' + name, done, { once: true })
    if (giveUp) setTimeout(done, giveUp)
  })
}
/** The notice chunk, fetched when the visitor moves into the banner; a dialog opens without it after 3 s. */
const noticeChunk = () => chunk('notice', 3000)

/** Whether a decision grants anything beyond the required purposes. */
const granted = (decision: Decision | undefined) =>
  !!decision && api.config!.purposes.some((p) => !p.required && decision.purposes[p.id])

function start() {
  const consent = head.consent!
  const config = api.config!

  let banner: BannerHandle | undefined
  let notice: NoticeChunk | undefined
  const open = async (view: BannerView) => {
    // The dialog doubles as the external-transmission notice: it needs the notice chunk.
    if (view == 'preferences') notice ??= await noticeChunk()
    if (banner) return banner.show(view, consent.getConsent())
    banner = mountBanner({
      config,
      decision: consent.getConsent(),
      view,
      gpcWithheld: consent.gpcWithheld,
      notice: (lang) => notice?.notice(lang),
      receipts: () => chunk('receipts').then((r) => r!.history()),
      onDecision: (choice) =>
        // The banner closes in the click's own frame; the decision and all it sets off come after that paint.
        afterPaint(() => {
          // The head hands each decision to the receipts chunk with the wording it was made in.
          head.shown = { text: choice.text, lang: choice.lang }
          if (choice.method == 'accept-all') consent.acceptAll()
          // Rejecting everything after having granted something is a withdrawal (ISO/IEC TS 27560's
          // "withdrawn" state): receipts and exports tell it apart from a first refusal.
          else if (choice.method == 'reject-all')
            consent.rejectAll(granted(consent.getConsent()) ? 'withdraw' : 'reject-all')
          else consent.setConsent(choice.purposes, { services: choice.services, method: 'custom' })
        }),
    })
    // The notice chunk (the catalog's prose, ~10 KB gzip) is needed only once the visitor heads
    // for the settings: fetch it on the first pointer or keyboard move into the banner rather than
    // with every first layer, so a visitor who just accepts or rejects never downloads it.
    // A dialog opened before it arrived is drawn again with the notice rows.
    const prefetch = () => void noticeChunk().then((n) => ((notice = n), banner!.refresh()))
    if (!notice)
      for (const type of ['pointerover', 'focusin']) banner.host.addEventListener(type, prefetch, { once: true })
  }

  document.addEventListener('sekisho:show', () => void open(head.pending.pop() ?? 'preferences'))
  const asked = head.pending.splice(0)
  if (asked.length) void open(asked[asked.length - 1]!)
  else if (consent.needsDecision()) void open('first')
}

if (document.body) start()
else document.addEventListener('DOMContentLoaded', start)
