// The lazy receipts chunk: builds, queues and delivers the receipt of each decision. The banner
// chunk loads it on the first decision (or to show the visitor's receipt history), so a first visit
// downloads the receipts client and IndexedDB code only once there is something to record.
import { consentModeState, type Decision } from '@sekisho/core'
import { buildReceipt, createReceiptClient, type Receipt } from '@sekisho/receipts'

/** The wording and language of the view a decision was made in ('' text for API decisions). */
export interface Shown {
  text: string
  lang: string
}

/** What this chunk hands the banner chunk (`window.sekisho._.receipts`). */
export interface ReceiptsChunk {
  /** Builds the receipt of `decision`, queues it durably, notes its id on the stored decision. */
  record(decision: Decision, shown: Shown): Promise<void>
  /** This browser's own receipts, newest first. */
  history(): Promise<Receipt[]>
}

const api = window.sekisho
const head = api._
// Loaded by the banner chunk only after it verified the config, so both are set.
const config = api.config!
const consent = head.consent!

const client = createReceiptClient({
  endpoint: config.receipts?.endpoint,
  headers: config.receipts?.headers,
  onEvent: (event) => document.dispatchEvent(new CustomEvent('sekisho:receipt', { detail: event })),
})

head.receipts = {
  async record(decision, shown) {
    const receipt = await buildReceipt({
      decision,
      config,
      site: location.origin,
      lang: shown.lang,
      text: shown.text,
      gpc: (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
      consentMode: consentModeState(config, decision),
    })
    await client.record(receipt)
    consent.noteReceipt(receipt.id)
  },
  history: () => client.history(),
}
document.dispatchEvent(new CustomEvent('sekisho:receipts'))
