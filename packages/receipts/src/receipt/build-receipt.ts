// Builds the `sekisho-receipt/1` record of one decision (accept-all, reject-all, custom, withdraw, gpc, api).
import {
  receiptId,
  type ConsentModeType,
  type Decision,
  type ResolvedConfig,
  type ServiceDefinition,
} from '@sekisho/core'
import { RECEIPT_SCHEMA, type Receipt } from '../schema/receipt.ts'
import { textHash } from './text-hash.ts'

export interface BuildReceiptInput {
  decision: Decision
  /** `services`, when given, lists every service with its effective state (not only overrides). */
  config: Pick<ResolvedConfig, 'revision' | 'jurisdiction'> & {
    controller: { policyUrl?: string }
    services?: ServiceDefinition[]
  }
  /** The site's origin (`location.origin`). */
  site: string
  /** Language of the wording shown. */
  lang: string
  /** The exact wording shown; only its SHA-256 is kept (`ui.textHash`). Undefined when none was
   * shown or it is no longer known: the receipt then says so in `ui.noText`, never a hash of ''. */
  text?: string
  gpc: boolean
  /** Purposes GPC kept off in this decision (consent.gpcWithheld), when it changed what was granted. */
  gpcWithheld?: string[]
  consentMode?: Partial<Record<ConsentModeType, 'granted' | 'denied'>>
  /** @default the decision's own receipt id (`decision.receipt`), else a new {@link receiptId} */
  id?: string
  /** Clock for the id's time prefix. @default Date.now */
  now?: () => number
  /** Record `navigator.userAgent` in `context.userAgent`: only when the operator opts in (it can be
   * personal data in combination). @default false */
  userAgent?: boolean
}

const grants = (states: Record<string, boolean>) => Object.entries(states).map(([id, granted]) => ({ id, granted }))

/** The receipt of `decision`; `previous` chains it to the subject's last receipt. */
export async function buildReceipt(input: BuildReceiptInput): Promise<Receipt> {
  const { decision, config } = input
  let url: string | undefined
  try {
    if (config.controller.policyUrl) url = new URL(config.controller.policyUrl, input.site).href
  } catch {}
  const services: Record<string, boolean> = {}
  for (const s of config.services ?? []) services[s.id] = s.purposes.every((p) => decision.purposes[p])
  Object.assign(services, decision.services)
  const receipt: Receipt = {
    id: input.id ?? decision.receipt ?? receiptId((input.now ?? Date.now)()),
    schema: RECEIPT_SCHEMA,
    timestamp: new Date(decision.time).toISOString(),
    site: input.site,
    subject: decision.subject,
    policy: url
      ? { revision: decision.revision, url, language: input.lang }
      : { revision: decision.revision, language: input.lang },
    jurisdiction: config.jurisdiction,
    method: decision.method,
    purposes: grants(decision.purposes),
    services: grants(services),
    signals: {
      gpc: input.gpc,
      ...(input.gpcWithheld?.length && { gpcWithheld: input.gpcWithheld }),
      ...(input.consentMode && { consentMode: input.consentMode }),
    },
    ui: input.text
      ? { textHash: await textHash(input.text) }
      : { noText: decision.method == 'api' || decision.method == 'gpc' ? 'none-shown' : 'unknown' },
    previous: decision.previous ?? null,
  }
  if (input.userAgent) receipt.context = { userAgent: navigator.userAgent }
  return receipt
}
