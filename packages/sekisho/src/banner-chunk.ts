// The lazy banner chunk, loaded by the head only when needed: checks the config the head could not
// afford to check, asks the visitor, and records a receipt for every decision.
import { mountBanner, pickLanguage, type BannerHandle, type BannerView } from '@sekisho/banner'
import { consentModeState, formatConfigErrors, validateConfig, type Decision } from '@sekisho/core'
import { buildReceipt, createReceiptClient } from '@sekisho/receipts'
import type { NoticeChunk } from './notice-chunk.ts'

const api = window.sekisho
const head = api._

/** The notice chunk's API once it has run; it is fetched when the first layer shows, not before. */
function noticeChunk(): Promise<NoticeChunk | undefined> {
  if (head.notice) return Promise.resolve(head.notice)
  head.load('notice')
  return new Promise((resolve) => {
    const done = () => resolve(head.notice)
    document.addEventListener('sekisho:notice', done, { once: true })
    // A chunk that cannot load must not keep the dialog closed: it opens with purposes only.
    setTimeout(done, 3000)
  })
}

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

  const receipts = createReceiptClient({
    endpoint: config.receipts?.endpoint,
    headers: config.receipts?.headers,
    onEvent: (event) => document.dispatchEvent(new CustomEvent('sekisho:receipt', { detail: event })),
  })
  // The wording and language of the view the visitor decided in ('' for API decisions).
  let shown = { text: '', lang: pickLanguage(config) }

  async function record(decision: Decision) {
    const receipt = await buildReceipt({
      decision,
      config,
      site: location.origin,
      lang: shown.lang,
      text: shown.text,
      gpc: (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
      consentMode: consentModeState(config, decision),
    })
    shown = { text: '', lang: shown.lang }
    await receipts.record(receipt)
    consent.noteReceipt(receipt.id)
  }
  consent.onChange((decision) => {
    if (decision) void record(decision)
  })
  // A decision stored without its receipt id: the page that made it closed before recording it.
  const current = consent.getConsent()
  if (current && !current.receipt) void record(current)

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
      receipts: () => receipts.history(),
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
