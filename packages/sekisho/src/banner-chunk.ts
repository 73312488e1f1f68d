// The lazy banner chunk, loaded by the head only when needed: checks the config the head could not
// afford to check, asks the visitor, and records a receipt for every decision.
import { mountBanner, pickLanguage, type BannerHandle, type BannerView } from '@sekisho/banner'
import { formatConfigErrors, validateConfig, type Decision } from '@sekisho/core'
import type { HeadInternals } from './head.ts'
import type { NoticeChunk } from './notice-chunk.ts'
import type { Shown } from './receipts-chunk.ts'

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
/** The notice chunk is fetched when the first layer shows; a dialog opens without it after 3 s. */
const noticeChunk = () => chunk('notice', 3000)

function start() {
  // The head holds every tag until the config is known to be valid in this browser.
  if (!head.checked) {
    let result: ReturnType<typeof validateConfig>
    try {
      result = validateConfig(JSON.parse(head.text), head.catalog, { trustCatalog: true })
    } catch (err) {
      result = { ok: false, errors: [{ path: '(config)', message: `not valid JSON: ${(err as Error).message}` }] }
    }
    if (!result.ok) {
      console.error('[sekisho] #sekisho-config has errors; every tag stays held:\n' + formatConfigErrors(result.errors))
      document.dispatchEvent(new CustomEvent('sekisho:error', { detail: { errors: result.errors } }))
      return
    }
    head.verified()
  }
  const consent = head.consent!
  const config = api.config!

  // The wording and language of the view the visitor decided in ('' for API decisions).
  let shown: Shown = { text: '', lang: pickLanguage(config) }

  // The receipts client is its own chunk, fetched on the first decision: until it has run,
  // decisions wait here in order with their wording, so none goes without a receipt (no time-out).
  const unrecorded: Array<[Decision, Shown]> = []
  function record(decision: Decision) {
    unrecorded.push([decision, shown])
    shown = { text: '', lang: shown.lang }
    void chunk('receipts').then((r) => {
      for (const [d, s] of unrecorded.splice(0)) void r!.record(d, s)
    })
  }
  consent.onChange((decision) => {
    if (decision) record(decision)
  })
  // A decision stored without its receipt id: the page that made it closed before recording it.
  const current = consent.getConsent()
  if (current && !current.receipt) record(current)

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
      notice: (lang) => notice?.notice(lang),
      receipts: () => chunk('receipts').then((r) => r!.history()),
      onDecision(choice) {
        shown = { text: choice.text, lang: choice.lang }
        if (choice.method == 'accept-all') consent.acceptAll()
        else if (choice.method == 'reject-all') consent.rejectAll()
        else consent.setConsent(choice.purposes, { services: choice.services, method: 'custom' })
      },
    })
    // Settings is one click away from the first layer: have the notice ready by then.
    if (!notice) void noticeChunk().then((n) => (notice = n))
  }

  document.addEventListener('sekisho:show', () => void open(head.pending.pop() ?? 'preferences'))
  const asked = head.pending.splice(0)
  if (asked.length) void open(asked[asked.length - 1]!)
  else if (consent.needsDecision()) void open('first')
}

if (document.body) start()
else document.addEventListener('DOMContentLoaded', start)
