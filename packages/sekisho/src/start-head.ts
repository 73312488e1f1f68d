// The script tag's head logic, shared by both head entries: head.ts (any config, with the compact
// catalog of built-in services) and head-baked.ts (a config `sekisho bundle` already resolved).
// Reads the config synchronously, pushes Consent Mode defaults, installs the gate, and loads the
// banner chunk only when the visitor must be asked. The consent cookie alone decides what it does:
// no storage is read before the page has loaded. Returning visitors download no UI code.
import type { GateEntry } from '@sekisho/catalog'
import { createConsent, pushConsentDefault, pushConsentUpdate, resolveConfig } from '@sekisho/core'
import type { Consent, Decision, ResolvedConfig, SekishoConfig, ServiceDefinition } from '@sekisho/core'
import { installGate, type Gate } from '@sekisho/gate'
import { offeredLanguage } from './language.ts'
import { mountCornerButton } from './reopen/corner-button.ts'
import { SHOWN, UNSENT } from './storage-keys.ts'

/** `window.sekisho`: the script tag's public API. */
export interface SekishoApi {
  version: string
  /** The config as resolved (defaults filled, catalog ids resolved), or undefined when unusable. */
  config: ResolvedConfig | undefined
  /** The valid decision, or undefined when the visitor has not decided (or must be asked again). */
  getConsent(): Decision | undefined
  acceptAll(): Decision | undefined
  rejectAll(): Decision | undefined
  /** Purposes (and optionally services) by id; required purposes are always granted. */
  setConsent(purposes: Record<string, boolean>, services?: Record<string, boolean>): Decision | undefined
  /** Everything not required off; revoked services' cookies and storage are deleted. */
  withdraw(): Decision | undefined
  /** Opens the banner (`first`) or the preferences dialog (default). */
  show(view?: 'first' | 'preferences'): void
  /** `consent`: a decision was made; `change`: the decision changed. Returns the unsubscribe. */
  on(
    event: 'consent' | 'change',
    listener: (decision: Decision | undefined, previous: Decision | undefined) => void,
  ): () => void
  /** For the lazy chunks only: not a public API, may change in any release. */
  _: HeadInternals
}

/** What the head hands its lazy chunks. */
export interface HeadInternals {
  /** The config's JSON text, for the chunk's full validation. */
  text: string
  /** Whether the config may be acted on: baked by `sekisho bundle`, or past the head's structural
   * check in production, or past the check chunk's full validation on a development host. */
  readonly checked: boolean
  /** The compact catalog the head resolved services with (ids, purposes, hosts, cookies); empty in
   * the baked head, whose config names its services' gating fields itself. */
  catalog: GateCatalog
  consent: Consent | undefined
  gate: Gate
  /** The check chunk passed the config: let the gate apply the decision, ask if needed. */
  verified(): void
  /** Views asked for before the chunk arrived (`sekisho.show()`), taken by the chunk. */
  pending: Array<'first' | 'preferences'>
  /** Set by the notice chunk once it has run. */
  notice?: import('./notice-chunk.ts').NoticeChunk
  /** Set by the receipts chunk once it has run. */
  receipts?: import('./receipts-chunk.ts').ReceiptsChunk
  /** Decisions still without a receipt, oldest first, each with the wording it was made in. */
  unrecorded: Array<[Decision, import('./receipts-chunk.ts').Shown | undefined]>
  /** Set by the banner chunk just before a decision made in its views: the wording shown. */
  shown?: import('./receipts-chunk.ts').Shown
  /** Base URL of the script tag, for the other chunks. */
  base: string
  load(name: string): void
}

/** Built-in services' gating fields by id, as `catalogGate`. */
export type GateCatalog = Readonly<Record<string, GateEntry>>

declare global {
  interface Window {
    sekisho: SekishoApi
  }
}

const VERSION = '0.1.0'

/** Hosts where a site is developed: there the full validator (the check chunk) runs before anything is released. */
const DEV_HOST = /^(localhost|127\.0\.0\.1|\[::1\])$|\.(localhost|local|test)$/

/** The shape the head relies on; the full rules are `sekisho validate`'s (and the check chunk's). */
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

/** Runs the head: once, synchronously, from a script-tag entry (document.currentScript is read here). */
export function startHead(catalog: GateCatalog): void {
  const script = document.currentScript as HTMLScriptElement | null
  const base = script?.src || location.href
  // `sekisho bundle` bakes a config it has already validated into this file, as a prefix
  // `window.__sekishoConfig = {...};`: it wins over the inline element and counts as checked, so the
  // banner chunk skips its validation round-trip. For head-baked.ts its services already carry their
  // gating fields (`catalog` is empty there).
  // It also pins the chunks this script loads, `window.__sekishoSri = {banner: 'sha384-…', …}`, as
  // the page's integrity attribute pins this script.
  const baked = (window as { __sekishoConfig?: SekishoConfig }).__sekishoConfig
  const sri = (window as { __sekishoSri?: Record<string, string> }).__sekishoSri
  const text = baked ? JSON.stringify(baked) : (document.getElementById('sekisho-config')?.textContent ?? '')

  let checked = !!baked || !DEV_HOST.test(location.hostname)

  let config: ResolvedConfig | undefined
  let consent: Consent | undefined
  try {
    config = resolveConfig(structure(JSON.parse(text)), catalog)
    // An id this head's catalog lacks (any id, in the baked head) leaves nothing to gate it by.
    config.services.forEach((s, i) => {
      if (!s?.purposes) throw new Error(`services[${i}]: unknown service ${s?.id}`)
    })
    consent = createConsent(config)
  } catch (err) {
    // Unusable config: everything stays held; the chunk names what is wrong.
    config = undefined
    console.error('[sekisho] #sekisho-config is not usable; every tag stays held', err)
  }

  // Consent Mode defaults go into dataLayer before any tag can run.
  if (config) pushConsentDefault(config, consent!.getConsent())

  /** Without a usable config every third-party host is held, since no service is known. */
  const services: ServiceDefinition[] = config
    ? config.services
    : [{ id: '*', purposes: ['*'], hosts: ['*'] } as ServiceDefinition]

  const gate = installGate({
    services,
    isGranted: (target, use) => checked && !!consent?.isGranted(target, use),
    reloadOnWithdraw: config?.reloadOnWithdraw,
    nonce: script?.nonce || undefined,
    // A placeholder's "load" button (e.g. over a YouTube embed) consents in place to that service's purposes.
    requestConsent(target) {
      const d = consent?.getConsent()
      const service = services.find((s) => s.id == target)
      const purposes: Record<string, boolean> = { ...d?.purposes }
      for (const p of service ? service.purposes : [target]) purposes[p] = true
      consent?.setConsent(purposes, { services: d?.services, method: 'custom' })
    },
    onUndeclared(url) {
      console.warn('[sekisho] a request to a host no service declares:', url)
      document.dispatchEvent(new CustomEvent('sekisho:undeclared', { detail: { url } }))
    },
  })

  const loaded: Record<string, boolean> = {}
  function load(name: string) {
    if (loaded[name]) return
    loaded[name] = true
    const chunk = document.createElement('script')
    chunk.src = new URL(`sekisho-${name}.js`, base).href
    if (sri) chunk.integrity = sri[name]!
    if (script?.nonce) chunk.nonce = script.nonce
    if (script?.crossOrigin) chunk.crossOrigin = script.crossOrigin
    document.head.appendChild(chunk)
  }

  const pending: HeadInternals['pending'] = []
  const unrecorded: HeadInternals['unrecorded'] = []
  /** Receipts are made by their own chunk (a returning visitor's API decision needs no UI code), once
   * the config is checked here; until then the banner chunk checks it and calls verified(). */
  function recordReceipts() {
    if (!checked) return load('check')
    load('receipts')
    window.sekisho._.receipts?.drain()
  }
  const listeners: Record<string, Array<(d: Decision | undefined, p: Decision | undefined) => void>> = {
    consent: [],
    change: [],
  }
  const emit = (name: 'consent' | 'change', d: Decision | undefined, previous: Decision | undefined) => {
    for (const fn of listeners[name]!.slice()) fn(d, previous)
    document.dispatchEvent(new CustomEvent('sekisho:' + name, { detail: { decision: d, previous } }))
  }

  consent?.onChange((d, previous) => {
    const shown = window.sekisho._.shown
    // Kept before the gate can reload the page (a withdrawal): the next page records this receipt.
    try {
      if (d && shown) localStorage.setItem(SHOWN + d.receipt, JSON.stringify(shown))
    } catch {
      // Storage blocked: a receipt the next page records says its wording is unknown (ui.noText).
    }
    pushConsentUpdate(config!, d)
    // A tag manager trigger, as `dataLayer.push({event})` is how GTM listens.
    ;((window as { dataLayer?: unknown[] }).dataLayer ??= []).push({
      event: 'sekisho_consent',
      sekisho: { method: d?.method, purposes: d?.purposes },
    })
    gate.refresh()
    if (document.body) mountCorner()
    emit('consent', d, previous)
    if (
      JSON.stringify(d?.purposes) != JSON.stringify(previous?.purposes) ||
      JSON.stringify(d?.services) != JSON.stringify(previous?.services)
    )
      emit('change', d, previous)
    // Every decision gets a receipt: it waits here, in order, until the receipts chunk takes it.
    if (d) unrecorded.push([d, shown])
    window.sekisho._.shown = undefined
    recordReceipts()
  })

  const decide =
    <A extends unknown[]>(fn: (c: Consent, ...args: A) => Decision) =>
    (...args: A) =>
      consent && fn(consent, ...args)

  window.sekisho = {
    version: VERSION,
    config,
    getConsent: () => consent?.getConsent(),
    acceptAll: decide((c) => c.acceptAll('api')),
    rejectAll: decide((c) => c.rejectAll('api')),
    setConsent: decide((c, purposes: Record<string, boolean>, services?: Record<string, boolean>) =>
      c.setConsent(purposes, { services, method: 'api' }),
    ),
    withdraw: decide((c) => c.withdraw()),
    show(view = 'preferences') {
      pending.push(view)
      load(checked ? 'banner' : 'check')
      document.dispatchEvent(new CustomEvent('sekisho:show', { detail: view }))
    },
    on(event, listener) {
      const list = listeners[event]!
      list.push(listener)
      return () => void list.splice(list.indexOf(listener) >>> 0, 1)
    },
    _: {
      text,
      get checked() {
        return checked
      },
      catalog,
      consent,
      gate,
      pending,
      unrecorded,
      base,
      load,
      verified() {
        checked = true
        gate.refresh()
        if (pending.length || consent?.needsDecision()) load('banner')
        if (unrecorded.length) recordReceipts()
      },
    },
  }

  // CSP mode (@sekisho/server marks this tag data-sekisho-csp): the page's policy leaves out the
  // services not granted when it was served. Once a decision granting one of them has its receipt
  // queued (and its id noted, a task later), a reload brings the policy that lets it in.
  if (script?.hasAttribute('data-sekisho-csp')) {
    const granted = () => services.filter((s) => consent?.isGranted(s))
    const served = granted()
    document.addEventListener('sekisho:receipt', (e) => {
      if (/queued|error/.test((e as CustomEvent).detail.type) && granted().some((s) => !served.includes(s)))
        setTimeout(() => location.reload())
    })
  }

  // Any element with data-sekisho-open re-opens the preferences, even before the chunk is loaded.
  document.addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest?.('[data-sekisho-open]')) {
      e.preventDefault()
      window.sekisho.show()
    }
  })

  // The corner button appears once there is a decision to change (tried again on each one):
  // before that the banner asks, and the button would sit on top of the banner's own choices.
  let corner: unknown
  function mountCorner() {
    if (!corner && config?.ui?.reopen !== false && consent?.getConsent()) {
      corner = mountCornerButton(offeredLanguage(config!, document.documentElement.lang), config!.ui?.theme, () =>
        window.sekisho.show(),
      )
    }
  }
  function onBody() {
    mountCorner()
    // The published notice (`<div data-sekisho-notice>`) needs the catalog's prose: its own chunk.
    if (document.querySelector('[data-sekisho-notice]')) load('notice')
  }
  if (document.body) onBody()
  else document.addEventListener('DOMContentLoaded', onBody)

  // The banner chunk is needed to ask (the check chunk first, on a development host); the receipts
  // chunk to record a receipt a previous page could not (the decision is stored, not marked recorded).
  const decision = consent?.getConsent()
  if (!checked) load('check')
  else if (consent?.needsDecision()) load('banner')
  if (decision && !decision.recorded) unrecorded.push([decision, undefined]), recordReceipts()
  // Receipts an earlier page queued but could not deliver (collector down, offline): keep trying,
  // once the page has loaded, so that no storage read sits on the critical path.
  else if (consent) {
    const retry = () => {
      try {
        if (checked && localStorage.getItem(UNSENT)) load('receipts')
      } catch {
        // Storage blocked: nothing could have been queued.
      }
    }
    if (document.readyState == 'complete') retry()
    else addEventListener('load', retry)
  }
}
