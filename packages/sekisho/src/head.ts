// The script-tag entry, first in <head>: reads the inline config synchronously, installs the gate
// and loads the banner chunk only when the visitor has to be asked.
// The consent holder below is deliberately small and temporary: @sekisho/core's createConsent
// (with Consent Mode) replaces it; window.sekisho's methods and events stay as they are.
import { catalog } from '@sekisho/catalog'
import { isGranted } from '@sekisho/core'
import type { Decision, DecisionMethod, SekishoConfig, ServiceDefinition } from '@sekisho/core'
import { installGate } from '@sekisho/gate'

declare global {
  interface Window {
    sekisho: SekishoApi
  }
}

export interface SekishoApi {
  version: string
  config: SekishoConfig | undefined
  /** The valid decision, or undefined when the visitor has to be asked. */
  getConsent(): Decision | undefined
  acceptAll(): Decision
  rejectAll(): Decision
  /** Purposes by id; required purposes are always granted. */
  setConsent(purposes: Record<string, boolean>): Decision
  /** Everything not required off. */
  withdraw(): Decision
  /** Listens to `consent` (a decision was made) or `change` (the decision changed). */
  on(event: 'consent' | 'change', listener: (decision: Decision | undefined) => void): () => void
  /** The banner chunk's entry point. */
  decide(method: 'accept-all' | 'reject-all'): void
}

const script = document.currentScript as HTMLScriptElement | null

function readConfig(): SekishoConfig | undefined {
  const el = document.getElementById('sekisho-config')
  try {
    const config = el ? (JSON.parse(el.textContent ?? '') as SekishoConfig) : undefined
    if (config && (typeof config.revision !== 'string' || !Array.isArray(config.purposes) || !Array.isArray(config.services)))
      throw new Error('revision, purposes and services are required')
    return config
  } catch (err) {
    console.error('[sekisho] #sekisho-config is invalid; every marked-up tag stays held', err)
    return undefined
  }
}

/** Catalog ids and full definitions alike become definitions; unknown ids are reported.
 * Without a usable config every third-party host is held (`*`), since none is known. */
function resolveServices(config: SekishoConfig | undefined): ServiceDefinition[] {
  if (!config) return [{ id: 'unconfigured', purposes: ['unconfigured'], hosts: ['*'] } as ServiceDefinition]
  const services: ServiceDefinition[] = []
  for (const entry of config.services) {
    const id = typeof entry === 'string' ? entry : entry.id
    const service = { ...catalog[id], ...(typeof entry === 'string' ? {} : entry) } as ServiceDefinition
    if (Array.isArray(service.hosts) && Array.isArray(service.purposes)) services.push(service)
    else console.error(`[sekisho] service "${id}" is neither in the catalog nor a full definition`)
  }
  return services
}

const config = readConfig()
const services = resolveServices(config)
const cookieName = config?.cookie?.name ?? 'sekisho'
const maxAge = (config?.consentMaxAgeDays ?? 180) * 86400
// GPC opts out of sale/sharing: advertising, where it binds (US states) or where the site says so.
const gpc =
  (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true &&
  (config?.gpc === 'always' || (config?.gpc !== 'never' && /^US/.test(config?.jurisdiction ?? '')))

/** Cookie value: `1~revision~time~granted purposes~method~subject`, URI-encoded. */
function readDecision(): Decision | undefined {
  const pair = document.cookie.split('; ').find((c) => c.startsWith(cookieName + '='))
  try {
    const [format, revision, time, granted, method, subject] = decodeURIComponent(pair!.slice(cookieName.length + 1)).split('~')
    const decided = Number(time)
    if (!config || format !== '1' || revision !== config.revision || !(decided > Date.now() - maxAge * 1000) || !subject) return undefined
    const purposes: Record<string, boolean> = {}
    for (const p of config.purposes) purposes[p.id] = !!p.required || granted!.split(',').includes(p.id)
    return { revision, time: decided, purposes, services: {}, subject, method: method as DecisionMethod }
  } catch {
    return undefined
  }
}

let decision = readDecision()
const gate = installGate({
  services,
  isGranted: (target) => isGranted(decision, target),
  reloadOnWithdraw: config?.reloadOnWithdraw,
  nonce: script?.nonce || undefined,
  onUndeclared(url) {
    console.warn('[sekisho] request to a host no service declares:', url)
    document.dispatchEvent(new CustomEvent('sekisho:undeclared', { detail: { url } }))
  },
  requestConsent(target) {
    const service = services.find((s) => s.id === target)
    const purposes: Record<string, boolean> = { ...decision?.purposes }
    for (const p of service ? service.purposes : [target]) purposes[p] = true
    decide(purposes, 'custom')
  },
})

function decide(choices: Record<string, boolean>, method: DecisionMethod): Decision {
  const previous = decision
  const purposes: Record<string, boolean> = {}
  for (const p of config?.purposes ?? [])
    purposes[p.id] = !!p.required || (choices[p.id] === true && !(gpc && p.id === 'advertising'))
  const subject = previous?.subject ?? Math.random().toString(36).slice(2, 12) + Date.now().toString(36)
  decision = { revision: config?.revision ?? '', time: Date.now(), purposes, services: {}, subject, method }
  const granted = Object.keys(purposes).filter((p) => purposes[p])
  const value = ['1', decision.revision, decision.time, granted.join(','), method, subject].join('~')
  document.cookie = `${cookieName}=${encodeURIComponent(value)}; Path=/; SameSite=Lax; Max-Age=${maxAge}${
    config?.cookie?.domain ? '; Domain=' + config.cookie.domain : ''
  }${location.protocol === 'https:' ? '; Secure' : ''}`
  gate.refresh()
  document.dispatchEvent(new CustomEvent('sekisho:consent', { detail: decision }))
  document.dispatchEvent(new CustomEvent('sekisho:change', { detail: { decision, previous } }))
  return decision
}

const every = (value: boolean) => Object.fromEntries((config?.purposes ?? []).map((p) => [p.id, value]))

window.sekisho = {
  version: '0.1.0',
  config,
  getConsent: () => decision,
  acceptAll: () => decide(every(true), 'accept-all'),
  rejectAll: () => decide(every(false), 'reject-all'),
  setConsent: (purposes) => decide(purposes, 'custom'),
  withdraw: () => decide(every(false), 'withdraw'),
  on(event, listener) {
    const handler = (e: Event) => listener((e as CustomEvent).detail.decision ?? (e as CustomEvent).detail)
    document.addEventListener('sekisho:' + event, handler)
    return () => document.removeEventListener('sekisho:' + event, handler)
  },
  decide: (method) => void decide(every(method === 'accept-all'), method),
}

if (!decision && script?.src) {
  const chunk = document.createElement('script')
  chunk.src = new URL('sekisho-banner.js', script.src).href
  chunk.async = true
  document.head.appendChild(chunk)
}
