// The receipts part: builds, queues and delivers the receipt of each decision. createSekisho loads it
// on a decision (or for a stored decision a previous page could not record), and the banner part to
// show the visitor's receipt history, so a first visit downloads the receipts client and its
// IndexedDB code only once there is something to record.
import { consentModeState, pickLanguage, type Consent, type Decision, type ResolvedConfig } from '@sekisho/core'
import { buildReceipt, createReceiptClient, type Receipt } from '@sekisho/receipts'
import { SHOWN, UNSENT } from '../storage-keys.ts'

/** The wording and language of the view a decision was made in. */
export interface Shown {
  text: string
  lang: string
}

/** What this part hands createSekisho and the banner part. */
export interface ReceiptsPart {
  /** Records a decision (after every one recorded before it); `shown` is its wording, if any. */
  record(decision: Decision, shown?: Shown): void
  /** This browser's own receipts, newest first. */
  history(): Promise<Receipt[]>
}

/** Starts the receipts client of a checked config. */
export function startReceipts({ config, consent }: { config: ResolvedConfig; consent: Consent }): ReceiptsPart {
  const client = createReceiptClient({
    endpoint: config.receipts?.endpoint,
    headers: config.receipts?.headers,
    onEvent(event) {
      // A mark the head reads on every page: while receipts wait for delivery (collector down, offline),
      // later pages load this part to keep trying, even when no new decision would bring it.
      try {
        // (Without an endpoint receipts stay in this browser only: nothing to come back for.)
        if ((event.type == 'queued' || event.type == 'retry') && config.receipts?.endpoint)
          localStorage.setItem(UNSENT, '1')
        // A receipt delivered (with its wording, sent first where the collector lacked it) or
        // refused for good no longer needs the wording kept for it.
        if (event.type == 'delivered') for (const id of event.ids) localStorage.removeItem(SHOWN + id)
        if (event.type == 'rejected') localStorage.removeItem(SHOWN + event.id)
        if (event.type == 'drained') localStorage.removeItem(UNSENT), void sweep().catch(() => {})
      } catch {
        // Storage blocked: the queue is drained when the next decision loads this part.
      }
      document.dispatchEvent(new CustomEvent('sekisho:receipt', { detail: event }))
    },
  })

  /** Nothing is queued: a kept wording is left over (from a decision another replaced before its
   * receipt was made, a delivery another tab saw through, or a page that went away between storing a
   * delivery and removing its copy) unless the stored decision still needs it. A receipt this browser
   * holds (queued with its wording, or delivered) no longer needs its copy; any other is kept for an
   * hour (receipt ids start with their time: another tab's decision may still need it). */
  async function sweep() {
    const held = new Set((await client.history()).map((r) => r.id))
    const current = consent.getConsent()
    const needed = current && !current.recorded ? SHOWN + current.receipt : ''
    for (let i = localStorage.length; i--; ) {
      const key = localStorage.key(i)
      if (!key?.startsWith(SHOWN) || key == needed) continue
      const age = Date.now() - parseInt(key.slice(SHOWN.length, SHOWN.length + 9), 36)
      if (held.has(key.slice(SHOWN.length)) || !(age < 3_600_000)) localStorage.removeItem(key)
    }
  }

  /** The wording `decision` was made in: handed over by this page, else kept by the page that made
   * it (a withdrawal reloads before its receipt is recorded); none for decisions made by code. */
  function wording(decision: Decision, shown: Shown | undefined): Partial<Shown> {
    try {
      shown ??= JSON.parse(localStorage.getItem(SHOWN + decision.receipt) ?? 'null') ?? undefined
    } catch {
      // Unreadable: the receipt says the wording is unknown.
    }
    return shown ?? {}
  }

  /** Builds the receipt of `decision`, queues it durably (idempotent by the decision's receipt id)
   * and marks the stored decision recorded. */
  async function record(decision: Decision, handed: Shown | undefined) {
    const shown = wording(decision, handed)
    const receipt = await buildReceipt({
      decision,
      config,
      site: location.origin,
      // API decisions and stored ones without their wording: the page's language if offered.
      lang: shown.lang ?? pickLanguage(config.languages, [document.documentElement.lang])!,
      // No wording: the receipt says so (ui.noText), never a hash of ''.
      text: shown.text || undefined,
      gpc: (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
      // What the decision asked for but GPC kept off: the receipt says which and why. A decision
      // read back from the cookie (a withdrawal's reload) no longer carries it; "accept all" asked for all.
      gpcWithheld: decision.gpcWithheld ?? (decision.method == 'accept-all' ? consent.gpcWithheld : []),
      consentMode: consentModeState(config, decision),
    })
    // The wording travels with the receipt in the durable queue; the copy in localStorage is removed
    // once the receipt is delivered.
    await client.record(receipt, shown.text)
    consent.noteReceipt(receipt.id)
  }
  // One after another, so receipts queue in decision order and the newest decision's id is noted
  // last; `finally` goes on past one that failed (its error still surfaces at the end).
  let recording: Promise<void> = Promise.resolve()
  return {
    record(decision, shown) {
      recording = recording.finally(() => record(decision, shown))
    },
    history: () => client.history(),
  }
}
