// The example site's consent wiring from the npm packages, as a front-end developer writes it:
// validate the site's config against the full catalog, gate the trackers before anything else runs,
// ask with the banner, record a receipt per decision, and publish the notice on the privacy page.
// Built into one classic script (public/app.js) that the page loads first in <head>.
import { mountBanner, mountReopen, pickLanguage } from '@sekisho/banner'
import { catalog } from '@sekisho/catalog'
import {
  consentModeState,
  createConsent,
  formatConfigErrors,
  pushConsentDefault,
  pushConsentUpdate,
  validateConfig,
} from '@sekisho/core'
import type { Decision } from '@sekisho/core'
import { installGate } from '@sekisho/gate'
import { buildNotice, mountNotice } from '@sekisho/notice'
import { buildReceipt, createReceiptClient } from '@sekisho/receipts'
import { config as site } from './config.ts'

const result = validateConfig(site, catalog)
if (!result.ok) throw new Error('[sekisho] config errors; every tag stays held:\n' + formatConfigErrors(result.errors))
const config = result.config
const consent = createConsent(config)

// Before any tag can run: Consent Mode defaults, then the gate.
pushConsentDefault(config, consent.getConsent())
const gate = installGate({
  services: config.services,
  isGranted: (target) => consent.isGranted(target),
  reloadOnWithdraw: config.reloadOnWithdraw,
})

const receipts = createReceiptClient({ endpoint: config.receipts?.endpoint, headers: config.receipts?.headers })
const lang = pickLanguage(config)
// What the visitor saw when deciding, for the receipt's ui.textHash ('' for decisions made by code: ui.noText).
let shown = { text: '', lang }

async function record(decision: Decision) {
  const receipt = await buildReceipt({
    decision,
    config,
    site: location.origin,
    ...shown,
    gpc: (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    consentMode: consentModeState(config, decision),
  })
  shown = { text: '', lang }
  await receipts.record(receipt)
  consent.noteReceipt(receipt.id)
}

consent.onChange((decision) => {
  pushConsentUpdate(config, decision)
  gate.refresh()
  if (decision) void record(decision)
  showReopen()
})

let banner: ReturnType<typeof mountBanner> | undefined
function open(view: 'first' | 'preferences') {
  if (banner) return banner.show(view, consent.getConsent())
  banner = mountBanner({
    config,
    decision: consent.getConsent(),
    view,
    notice: (l) => buildNotice(config, l),
    receipts: () => receipts.history(),
    onDecision(choice) {
      shown = { text: choice.text, lang: choice.lang }
      if (choice.method == 'accept-all') consent.acceptAll()
      else if (choice.method == 'reject-all') consent.rejectAll()
      else consent.setConsent(choice.purposes, { services: choice.services, method: 'custom' })
    },
  })
}

// [data-sekisho-open] elements open the dialog from the start; the corner button joins them once
// there is a decision to change (before that it would sit on the banner's own buttons).
let reopen: { unmount(): void } | undefined
let corner = false
function showReopen() {
  if (corner || !document.body) return
  corner = !!consent.getConsent()
  reopen?.unmount()
  reopen = mountReopen({ lang, button: corner, onOpen: () => open('preferences') })
}

function onBody() {
  showReopen()
  for (const element of document.querySelectorAll('[data-sekisho-notice]'))
    mountNotice(element, buildNotice(config, lang))
  if (consent.needsDecision()) open('first')
}
if (document.body) onBody()
else document.addEventListener('DOMContentLoaded', onBody)
