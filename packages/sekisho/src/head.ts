// The script-tag entry, first in <head>: reads the inline config synchronously and loads the
// banner chunk only when the visitor has not decided yet.
import type { SekishoConfig } from '@sekisho/core'

declare global {
  interface Window {
    sekisho: SekishoApi
  }
}

export interface SekishoApi {
  version: string
  config: SekishoConfig | undefined
  /** Decision as stored, or undefined. */
  getConsent(): string | undefined
  /** Records the visitor's choice (set by the gate; the banner chunk calls it). */
  decide(method: 'accept-all' | 'reject-all'): void
}

const COOKIE = 'sekisho'
const script = document.currentScript as HTMLScriptElement | null

function readConfig(): SekishoConfig | undefined {
  const el = document.getElementById('sekisho-config')
  try {
    return el ? (JSON.parse(el.textContent ?? '') as SekishoConfig) : undefined
  } catch (err) {
    console.error('[sekisho] #sekisho-config is not valid JSON; everything stays blocked', err)
    return undefined
  }
}

const readCookie = () => document.cookie.split('; ').find((c) => c.startsWith(COOKIE + '='))?.slice(COOKIE.length + 1)

window.sekisho = {
  version: '0.1.0',
  config: readConfig(),
  getConsent: readCookie,
  decide(method) {
    document.cookie = `${COOKIE}=${method}; Path=/; SameSite=Lax; Max-Age=${180 * 86400}`
    document.dispatchEvent(new CustomEvent('sekisho:consent', { detail: { method } }))
  },
}

if (!readCookie() && script?.src) {
  const chunk = document.createElement('script')
  chunk.src = new URL('sekisho-banner.js', script.src).href
  chunk.async = true
  document.head.appendChild(chunk)
}
