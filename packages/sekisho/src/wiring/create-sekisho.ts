// The one wiring of Sekisho on a page, for the script tag and for npm users alike: reads the config,
// pushes Consent Mode defaults, installs the gate, then brings the banner, receipts and notice in that
// order, each as a lazily loaded part that receives what it needs as arguments. The script tag loads
// the parts as chunk files, npm users' bundlers as dynamic imports: same code, same receipts.
import type { GateEntry } from '@sekisho/catalog'
import {
  createConsent,
  mountReopenButton,
  openOnClick,
  pickLanguage,
  pushConsentDefault,
  pushConsentUpdate,
  resolveConfig,
  whenIdle,
  type Consent,
  type Decision,
  type ResolvedConfig,
  type SekishoConfig,
  type ServiceDefinition,
} from '@sekisho/core'
import { installGate } from '@sekisho/gate'
import type { Receipt } from '@sekisho/receipts'
import { atom, type ReadableAtom } from 'nanostores'
import { SHOWN, UNSENT } from '../storage-keys.ts'
import type { BannerPart, BannerView } from './banner.ts'
import type { NoticePart } from './notice.ts'
import type { ReceiptsPart, Shown } from './receipts.ts'

/** The lazily loaded parts, by name: what `options.load` resolves to. */
export interface Parts {
  banner: typeof import('./banner.ts')
  dialog: typeof import('./dialog.ts')
  receipts: typeof import('./receipts.ts')
  notice: typeof import('./notice.ts')
  check: typeof import('./check.ts')
}
export type PartName = keyof Parts

export interface SekishoOptions {
  /** Loads a part (`banner`, `dialog`, `receipts`, `notice`, `check`); resolves undefined when it cannot be loaded. */
  load<K extends PartName>(name: K): Promise<Parts[K] | undefined>
  /** Built-in services' gating fields by id, to resolve catalog ids in `services`. @default {} */
  catalog?: GateCatalog
  /** The config was already validated (`sekisho bundle` baked it): no check, even on a development host. @default false */
  checked?: boolean
  /** CSP nonce for the scripts the gate releases. @default undefined */
  nonce?: string
  /** The page is served with @sekisho/server's consent-aware CSP (the script tag's `data-sekisho-csp`):
   * a decision that grants a service the served policy left out reloads the page once its receipt is
   * queued. @default false */
  csp?: boolean
}

/** The public API (`window.sekisho` for the script tag; `createSekisho()`'s value for npm users). */
export interface SekishoApi {
  version: string
  /** The config as resolved (defaults filled, catalog ids resolved), or undefined when unusable. */
  config: ResolvedConfig | undefined
  /** The valid decision as a nanostores atom (undefined: not decided, or must be asked again). */
  $decision: ReadableAtom<Decision | undefined>
  /** The valid decision, or undefined when the visitor has not decided (or must be asked again). */
  getConsent(): Decision | undefined
  /** Whether the decision grants a purpose or a service, by id (required purposes always are;
   * undecided grants nothing else). Reads `$decision`, so a subscriber to it may call this. */
  isGranted(id: string): boolean
  /** Every purpose granted (method `api`). */
  accept(): Decision | undefined
  /** Everything not required refused (method `api`). */
  reject(): Decision | undefined
  /** Same as accept(), the name of 0.1. */
  acceptAll(): Decision | undefined
  /** Same as reject(), the name of 0.1. */
  rejectAll(): Decision | undefined
  /** Purposes (and optionally services) by id; required purposes are always granted. */
  setConsent(purposes: Record<string, boolean>, services?: Record<string, boolean>): Decision | undefined
  /** Everything not required off; revoked services' cookies and storage are deleted. */
  withdraw(): Decision | undefined
  /** Opens the banner (`first`) or the preferences dialog (default). */
  show(view?: BannerView): void
  /** Opens the preferences dialog. */
  showSettings(): void
  /** This browser's own receipts, newest first (loads the receipts part). */
  history(): Promise<Receipt[]>
  /** `consent`: a decision was made; `change`: the decision changed. Returns the unsubscribe. */
  on(
    event: 'consent' | 'change',
    listener: (decision: Decision | undefined, previous: Decision | undefined) => void,
  ): () => void
}

/** Built-in services' gating fields by id, as `catalogGate`. */
export type GateCatalog = Readonly<Record<string, GateEntry>>

declare global {
  interface Window {
    sekisho: SekishoApi
  }
}

const VERSION = '0.1.0'

/** Host names reserved for development (localhost, RFC 6761 .localhost/.test, mDNS .local): there the
 * full validator (the check part) runs before anything is released. IP literals are not among them:
 * a production build previewed or tested on 127.0.0.1 behaves as it will in production. */
const DEV_HOST = /^localhost$|\.(localhost|local|test)$/

/** The shape the head relies on; the full rules are `sekisho validate`'s (and the check part's). */
function structure(c: SekishoConfig): SekishoConfig {
  const need = (ok: unknown, path: string, what: string) => {
    if (!ok) throw new Error(`${path}: ${what} is required`)
  }
  need(typeof c?.revision == 'string', 'revision', 'a string')
  need(c.controller, 'controller', 'an object')
  need(Array.isArray(c.purposes), 'purposes', 'an array')
  need(Array.isArray(c.services), 'services', 'an array')
  c.purposes.forEach((p, i) => need(typeof p?.id == 'string', `purposes[${i}].id`, 'a string'))
  return c
}

/**
 * Wires Sekisho on this page: call it once, first, before any tag can run. `config` is the site's
 * config or its JSON text. Browser only: on a server, call it nowhere (it reads `document`).
 */
export function createSekisho(config: SekishoConfig | string, options: SekishoOptions): SekishoApi {
  const { catalog = {} } = options
  const text = typeof config == 'string' ? config : JSON.stringify(config)
  // The consent cookie alone decides what happens now: no storage is read before the page has loaded.
  let checked = !!options.checked || !DEV_HOST.test(location.hostname)

  let resolved: ResolvedConfig | undefined
  let consent: Consent | undefined
  try {
    resolved = resolveConfig(structure(JSON.parse(text)), catalog)
    // An id the catalog lacks (any id, in the baked head) leaves nothing to gate it by.
    resolved.services.forEach((s, i) => {
      if (!s?.purposes) throw new Error(`services[${i}]: unknown service ${s?.id}`)
    })
    consent = createConsent(resolved)
  } catch (err) {
    // Unusable config: everything stays held.
    resolved = undefined
    console.error('[sekisho] the config is not usable; every tag stays held', err)
  }

  // Consent Mode defaults go into dataLayer before any tag can run.
  if (resolved) pushConsentDefault(resolved, consent!.getConsent())

  /** Without a usable config every third-party host is held, since no service is known. */
  const services: ServiceDefinition[] = resolved
    ? resolved.services
    : [{ id: '*', purposes: ['*'], hosts: ['*'] } as ServiceDefinition]

  const gate = installGate({
    services,
    isGranted: (target, use) => checked && !!consent?.isGranted(target, use),
    reloadOnWithdraw: resolved?.reloadOnWithdraw,
    nonce: options.nonce,
    // A placeholder's "load" button (e.g. over a YouTube embed) consents in place to that one service
    // alone, recorded as a per-service choice: its purposes (and the other services) stay as they were.
    // A placeholder on a purpose (`data-sekisho="functional"`) grants that purpose. The receipt
    // records the placeholder's wording: that is what the visitor agreed to, not the banner's.
    requestConsent(target, text) {
      if (!consent) return
      shown = { text, lang: document.documentElement.lang || resolved!.languages[0]! }
      const d = consent.getConsent()
      const purposes = { ...d?.purposes }
      const chosen = { ...d?.services }
      ;(services.some((s) => s.id == target) ? chosen : purposes)[target] = true
      consent.setConsent(purposes, { services: chosen, method: 'custom' })
    },
    onUndeclared(url) {
      console.warn('[sekisho] a request to a host no service declares:', url)
      document.dispatchEvent(new CustomEvent('sekisho:undeclared', { detail: { url } }))
    },
  })

  const loading: { [K in PartName]?: Promise<Parts[K] | undefined> } = {}
  const load = <K extends PartName>(name: K) =>
    (loading[name] ??= options.load(name) as never) as Promise<Parts[K] | undefined>

  /** Decisions still without a receipt, oldest first, each with the wording it was made in. */
  const unrecorded: Array<[Decision, Shown | undefined]> = []
  /** The wording of the view the next decision is made in (set by the banner part). */
  let shown: Shown | undefined
  let receipts: Promise<ReceiptsPart | undefined> | undefined
  const receiptsPart = () =>
    (receipts ??= load('receipts').then((m) => m?.startReceipts({ config: resolved!, consent: consent! })))
  /** Receipts are made by their own part (a returning visitor's API decision needs no UI code), once
   * the config is checked; until then the check part checks it and verified() comes back here. */
  function recordReceipts() {
    if (!checked) return void check()
    void receiptsPart().then((r) => {
      for (const [d, s] of unrecorded.splice(0)) r?.record(d, s)
    })
  }

  let banner: Promise<BannerPart | undefined> | undefined
  let started: BannerPart | undefined
  const pending: BannerView[] = []
  /** Loads and starts the banner part (after the check, where one is due) and opens `view`, or the
   * first layer when the visitor must be asked. */
  function openBanner(view?: BannerView) {
    if (view) pending.push(view)
    if (!checked) return void check()
    banner ??= load('banner').then(
      (m) =>
        (started = m?.startBanner({
          config: resolved!,
          consent: consent!,
          receipts: () => receiptsPart().then((r) => r!),
          notice,
          dialog: () => load('dialog'),
          shown: (s) => void (shown = s),
        })),
    )
    void banner.then((b) => {
      const asked = pending.splice(0)
      if (asked.length) b?.open(asked[asked.length - 1]!)
      else if (!view && consent?.needsDecision()) b?.open('first')
    })
  }

  let noticeStarted: Promise<NoticePart | undefined> | undefined
  const notice = () => (noticeStarted ??= load('notice').then((m) => m?.startNotice(text)))

  let checking: Promise<void> | undefined
  /** On a development host: the full validation, then what was waiting for it. */
  const check = () =>
    (checking ??= load('check').then((m) => {
      if (!m?.checkConfig(text, catalog)) return
      checked = true
      gate.refresh()
      if (pending.length || consent?.needsDecision()) openBanner()
      if (unrecorded.length) recordReceipts()
    }))

  const listeners: Record<string, Array<(d: Decision | undefined, p: Decision | undefined) => void>> = {
    consent: [],
    change: [],
  }
  const emit = (name: 'consent' | 'change', d: Decision | undefined, previous: Decision | undefined) => {
    for (const fn of listeners[name]!.slice()) fn(d, previous)
    document.dispatchEvent(new CustomEvent('sekisho:' + name, { detail: { decision: d, previous } }))
  }

  consent?.onChange((d, previous) => {
    // Consent Mode's update goes into the dataLayer before the tags it concerns run.
    pushConsentUpdate(resolved!, d)
    // A tag manager trigger, as `dataLayer.push({event})` is how GTM listens.
    ;((window as { dataLayer?: unknown[] }).dataLayer ??= []).push({
      event: 'sekisho_consent',
      sekisho: { method: d?.method, purposes: d?.purposes },
    })
    // The held tags go out before the storage write below: on a first decision that write opens the
    // storage area (the gate sweeps it then), ~15 ms of a throttled phone between "accept all"
    // and the first released request.
    gate.refresh()
    // Still in this task when the gate reloads the page (a withdrawal): a reload navigates only
    // after it, and the next page records this receipt with its wording.
    try {
      if (d && shown) localStorage.setItem(SHOWN + d.receipt, JSON.stringify(shown))
    } catch {
      // Storage blocked: a receipt the next page records says its wording is unknown (ui.noText).
    }
    if (document.body) mountCorner()
    emit('consent', d, previous)
    if (
      JSON.stringify(d?.purposes) != JSON.stringify(previous?.purposes) ||
      JSON.stringify(d?.services) != JSON.stringify(previous?.services)
    )
      emit('change', d, previous)
    // Every decision gets a receipt: it waits here, in order, until the receipts part takes it.
    if (d) unrecorded.push([d, shown])
    shown = undefined
    recordReceipts()
  })

  const decide =
    <A extends unknown[]>(fn: (c: Consent, ...args: A) => Decision) =>
    (...args: A) => {
      // A banner click's decision waits for its paint; this one, made after it, must not overtake it.
      started?.flush()
      return consent && fn(consent, ...args)
    }
  const accept = decide((c) => c.acceptAll('api'))
  const reject = decide((c) => c.rejectAll('api'))
  const show = (view: BannerView = 'preferences') => {
    openBanner(view)
    document.dispatchEvent(new CustomEvent('sekisho:show', { detail: view }))
  }

  const api: SekishoApi = {
    version: VERSION,
    config: resolved,
    $decision: consent ? consent.$decision : atom(undefined),
    getConsent: () => consent?.getConsent(),
    isGranted: (id) => !!consent?.isGranted(id),
    accept,
    reject,
    acceptAll: accept,
    rejectAll: reject,
    setConsent: decide((c, purposes: Record<string, boolean>, services?: Record<string, boolean>) =>
      c.setConsent(purposes, { services, method: 'api' }),
    ),
    withdraw: decide((c) => c.withdraw()),
    show,
    showSettings: () => show(),
    history: () => (consent ? receiptsPart().then((r) => r?.history() ?? []) : Promise.resolve([])),
    on(event, listener) {
      const list = listeners[event]!
      list.push(listener)
      return () => void list.splice(list.indexOf(listener) >>> 0, 1)
    },
  }

  // Any element with data-sekisho-open re-opens the preferences, even before the banner part is loaded.
  openOnClick(show)
  // The corner button appears once there is a decision to change (tried again on each one):
  // before that the banner asks, and the button would sit on top of the banner's own choices.
  let corner: unknown
  function mountCorner() {
    if (!corner && resolved?.ui?.reopen !== false && consent?.getConsent()) {
      const lang = pickLanguage(resolved!.languages, [document.documentElement.lang])!
      corner = mountReopenButton({
        lang,
        text: resolved!.ui?.text?.[lang]?.reopen,
        theme: resolved!.ui?.theme,
        onOpen: show,
      })
    }
  }
  function onBody() {
    mountCorner()
    // The published notice (`<div data-sekisho-notice>`) needs the catalog's prose: its own part.
    if (document.querySelector('[data-sekisho-notice]')) void notice()
  }
  if (document.body) onBody()
  else document.addEventListener('DOMContentLoaded', onBody)

  // The banner part is needed to ask or to check a config not yet checked here; the receipts part to
  // record a receipt a previous page could not (the decision is stored, not marked recorded).
  const decision = consent?.getConsent()
  if (!checked) void check()
  else if (consent?.needsDecision()) openBanner()
  if (decision && !decision.recorded) unrecorded.push([decision, undefined]), recordReceipts()
  // Receipts an earlier page queued but could not deliver (collector down, offline): keep trying,
  // once the page has loaded and gone idle, so that no storage read sits on the critical path (the
  // first read opens the storage area: ~20 ms of a throttled first visit, before the banner painted).
  // Not while the banner asks: the decision starts the receipts part, which delivers the queue too,
  // and the storage read would land on the banner's first paint or the click that follows it.
  else if (consent && !consent.needsDecision()) {
    const retry = () => {
      try {
        if (checked && localStorage.getItem(UNSENT)) void receiptsPart()
      } catch {
        // Storage blocked: nothing could have been queued.
      }
    }
    // On a page never idle, the next page view tries again.
    if (document.readyState == 'complete') whenIdle(retry)
    else addEventListener('load', () => whenIdle(retry))
  }
  // CSP mode (@sekisho/server serves a policy that leaves out the services not granted when the page
  // was served): once a decision granting one of them has its receipt queued (and its id noted, a
  // task later), a reload brings the policy that lets it in.
  if (options.csp && consent) {
    const granted = () => services.filter((s) => consent!.isGranted(s))
    const served = granted()
    document.addEventListener('sekisho:receipt', (e) => {
      if (/queued|error/.test((e as CustomEvent).detail.type) && granted().some((s) => !served.includes(s)))
        setTimeout(() => location.reload())
    })
  }
  return api
}
